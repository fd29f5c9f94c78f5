# format-redirect-objects: objects redirected with > share one table, as Out-File draws them
$path = "$env:HOME/objects.txt"
[pscustomobject]@{ Name = 'a'; Size = 1 }, [pscustomobject]@{ Name = 'b'; Size = 22 } > $path
Get-Content $path
