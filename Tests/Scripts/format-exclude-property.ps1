# format-exclude-property: -ExcludeProperty of Format-Table and Format-List leaves out matching properties (wildcards allowed); alone it means every other property; with -View it is an error
$o = [pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle'; Prop1 = 1 }
$o | Format-Table -ExcludeProperty Age
$o | Format-Table -Property Name, Age, City -ExcludeProperty Age
$o | Format-List -ExcludeProperty Age, Prop*
$o | Format-Wide -ExcludeProperty Name
try { $o | Format-Table -View x -ExcludeProperty Age } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { $o | Format-Table -View nope } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
