# data-clixml: Export-Clixml writes pwsh's CLIXML (type names, RefIds, `_xHHHH_` escapes, known-type elements) and Import-Clixml reads it back as deserialized objects
$file = Join-Path $env:HOME 'objects.xml'
$data = [pscustomobject]@{
  Name = "line1`nline2 _x_ <&>"
  Count = 42
  Big = 5000000000
  Ratio = 0.5
  On = $true
  When = [datetime]::new(2024, 5, 6, 7, 8, 9, [System.DateTimeKind]::Utc)
  Span = New-TimeSpan -Hours 1 -Minutes 2 -Seconds 3
  Id = [guid]::Parse('0f8fad5b-d9cb-469f-a165-70867728950e')
  Tags = 'a', 'b'
  Map = @{ k = 1 }
  Color = [System.ConsoleColor]::Red
  Nothing = $null
  Child = [pscustomobject]@{ X = 1 }
}
$data | Export-Clixml $file
Get-Content $file
$back = Import-Clixml $file
$back.pstypenames -join ', '
$back.Name -eq $data.Name
'{0} {1} {2} {3}' -f $back.Count.GetType().Name, $back.Big.GetType().Name, $back.Ratio.GetType().Name, $back.On
$back.When.Kind
$back.When.ToString('o')
$back.Span.TotalMinutes
$back.Id.GetType().FullName
$back.Tags -join '+'
$back.Map.k
"$($back.Color)"
$back.Color.pstypenames[0]
$null -eq $back.Nothing
$back.Child.X
$back.Child.pstypenames[0]
'--'
$shared = [pscustomobject]@{ a = 1 }
$pair = Join-Path $env:HOME 'pair.xml'
$shared, $shared | Export-Clixml -LiteralPath $pair
Get-Content $pair
$two = Import-Clixml -Path $pair
$two[0].a = 5
$two[1].a
'--'
$empty = Join-Path $env:HOME 'empty.xml'
@() | Export-Clixml $empty
Get-Content $empty
@(Import-Clixml $empty).Count
'--'
try { 'x' | Export-Clixml $file -NoClobber } catch {
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.Category
  $_.Exception.Message.Replace($env:HOME, '~')
}
try { Import-Clixml (Join-Path $env:HOME 'missing.xml') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($env:HOME, '~') }
'not xml' | Set-Content (Join-Path $env:HOME 'bad.xml')
try { Import-Clixml (Join-Path $env:HOME 'bad.xml') } catch { $_.FullyQualifiedErrorId }
try { 'x' | Export-Clixml $file -Depth 0 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
'x' | Export-Clixml .\whatif.xml -WhatIf
Test-Path .\whatif.xml
'--'
$credFile = Join-Path $env:HOME 'cred.xml'
$cred = New-Object System.Management.Automation.PSCredential('contoso\admin', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force))
$cred | Export-Clixml $credFile
Get-Content $credFile
$saved = Import-Clixml $credFile
$saved.GetType().FullName
$saved.UserName
$saved.GetNetworkCredential().Password
