# dotnet-encoding-convert: [Text.Encoding] turns text into bytes and back, [Convert] and [BitConverter] write them as Base64, hex and other bases
$bytes = [System.Text.Encoding]::UTF8.GetBytes("hé")
$bytes -join ','
$bytes[0].GetType().Name
[Text.Encoding]::UTF8.GetString($bytes)
[Text.Encoding]::Unicode.GetBytes('A') -join ','
[Text.Encoding]::BigEndianUnicode.GetBytes('A') -join ','
[Text.Encoding]::ASCII.GetString([byte[]](104, 233))
[Text.Encoding]::ASCII.GetBytes('é') -join ','
[Text.Encoding]::GetEncoding('utf-8').WebName
[Text.Encoding]::UTF8.CodePage
[Text.Encoding]::UTF8.GetPreamble() -join ','
[Text.Encoding]::Default.GetPreamble().Count
[Text.UTF8Encoding]::new($false).GetPreamble().Count
$b64 = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('hello'))
$b64
[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b64))
[Convert]::ToInt32('ff', 16)
[Convert]::ToInt32('-42', 10)
[Convert]::ToString(255, 2)
[Convert]::ToString(255, 16)
[Convert]::ToInt64('7fffffffffffffff', 16)
([Convert]::ToByte('200')).GetType().Name
[Convert]::ToBoolean('True')
[Convert]::ToDouble('1.5')
[BitConverter]::ToString([byte[]](1, 2, 255))
[BitConverter]::GetBytes(1) -join ','
try { [Convert]::ToByte(300) } catch { $_.Exception.Message }
try { [Convert]::FromBase64String("abc") } catch { $_.Exception.Message }
