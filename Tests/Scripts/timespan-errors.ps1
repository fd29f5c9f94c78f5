# test: width=120 exit=0
# timespan-errors: bad TimeSpan text, formats and overflows fail with .NET's messages
'before'
try { [timespan]'abc' } catch { $_.Exception.Message }
try { [timespan]'0:60:0' } catch { $_.Exception.Message }
try { [timespan]1.5 } catch { $_.Exception.Message }
try { ([timespan]'1:00').ToString('x') } catch { $_.Exception.Message }
try { [timespan]::MaxValue.Add('0:00:01') } catch { $_.Exception.Message }
try { [timespan]'1:00' -lt 'soon' } catch { $_.Exception.Message }
'nope' -as [timespan]
[timespan]::Parse('nope')
'after'
