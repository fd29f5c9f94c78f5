# format-list-two-objects: labels are padded per object; one empty line after each (§1.5)
[pscustomobject]@{Name='a'; Value=1}, [pscustomobject]@{Name='bb'; LongerLabel=22} | Format-List
