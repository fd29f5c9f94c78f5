# dates-uformat: Get-Date -UFormat with PowerShell's own table (%c, %C, %U/%W as day-of-year/7, ISO weeks, unknown letters)
Get-Date -Date 1/1/0030 -UFormat "%a%A%b%B%c%C%d%D%e%h%H%I%k%l%j%m%M%p%r"
Get-Date -Date 1/1/0030 -UFormat %S%T%u%U%w%W%x%X%y%Y%%
Get-Date -Date 2005-01-01 -UFormat '%G-W%V-%u %g'
Get-Date -Date 2008-12-29 -UFormat '%G-W%V-%u'
Get-Date -Date 0777-01-01 -UFormat '%G %g'
Get-Date -Date '2030-4-5 1:2:3.09' -UFormat '+%F %T %j %e %k %l %q'
Get-Date -Date '2030-4-15 21:2:3' -UFormat '%r|%R|%I|%p'
Get-Date -Date '2020-01-01T00:00:00Z' -AsUTC -UFormat %s
try { Get-Date -Date 1/1/1970 -UFormat $null -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Get-Date -Date 1/1/1970 -UFormat '' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
