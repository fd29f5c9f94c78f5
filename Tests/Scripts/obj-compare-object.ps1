# obj-compare-object: side indicators in pwsh's order (matches as found, then => then <=), -IncludeEqual, -Property, -PassThru, -SyncWindow
Compare-Object -ReferenceObject 'a', 'b', 'c' -DifferenceObject 'b', 'c', 'd'
(Compare-Object 1, 2, 3 3, 2, 1 -IncludeEqual).SideIndicator -join ' '
(Compare-Object 1, 2, 3, 4 4, 3, 2, 1 -SyncWindow 1 | ForEach-Object { "$($_.InputObject)$($_.SideIndicator)" }) -join ' '
(Compare-Object 'A' 'a' -CaseSensitive).SideIndicator -join ' '
(Compare-Object 'x', 'y' 'y', 'z' -ExcludeDifferent -IncludeEqual).InputObject
$old = [pscustomobject]@{ Name = 'web01'; Os = 'Linux' }, [pscustomobject]@{ Name = 'db01'; Os = 'Linux' }
$new = [pscustomobject]@{ Name = 'web01'; Os = 'Linux' }, [pscustomobject]@{ Name = 'db01'; Os = 'Windows' }
Compare-Object $old $new -Property Name, Os | Format-Table
Compare-Object $old $new -Property Os -PassThru | ForEach-Object { "$($_.Name) $($_.SideIndicator)" }
'b', 'q' | Compare-Object 'b' | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
