# obj-get-random-literals: string bounds are read as number literals (1kb, 10mb, 1tb), the type follows them, and the full double range works
$a = Get-Random -Maximum '1kb' -Minimum 0
($a -ge 0 -and $a -lt 1024), $a.GetType().Name -join ' '
$b = Get-Random -Maximum '1tb' -Minimum '10mb'
($b -ge 10mb -and $b -lt 1tb), $b.GetType().Name -join ' '
$c = Get-Random -Maximum ([double]::MaxValue) -Minimum ([double]::MinValue)
($c -gt [double]::MinValue -and $c -lt [double]::MaxValue), $c.GetType().Name -join ' '
