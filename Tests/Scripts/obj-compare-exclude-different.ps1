# obj-compare-exclude-different: -ExcludeDifferent alone implies -IncludeEqual (unless -IncludeEqual:$false); a null reference or difference set is a binding error, an empty one is allowed
(Compare-Object 'a', 'b', 'c' 'b', 'c', 'd' -ExcludeDifferent).InputObject -join ','
@(Compare-Object 'a', 'b' 'b' -ExcludeDifferent -IncludeEqual:$false).Count
try { Compare-Object -ReferenceObject $null -DifferenceObject 'a' } catch { $_.FullyQualifiedErrorId }
(Compare-Object -ReferenceObject @() -DifferenceObject 'a').SideIndicator
