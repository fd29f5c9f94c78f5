# history-errors: pwsh's messages and error ids for missing entries and arguments out of range
Get-History -Id 99
try { Get-History -Id 1, 2 -Count 1 } catch { "$($_.FullyQualifiedErrorId): $_" }
try { Get-History -Count -1 } catch { "$($_.FullyQualifiedErrorId): $_" }
try { Invoke-History } catch { "$($_.FullyQualifiedErrorId): $_" }
try { r 7 } catch { "$($_.FullyQualifiedErrorId): $_" }
try { r 'Get-AD' } catch { "$($_.FullyQualifiedErrorId): $_" }
try { r '0' } catch { "$($_.FullyQualifiedErrorId): $_" }
Add-History ([pscustomobject]@{ CommandLine = 'Get-ADUser' }) -ErrorAction SilentlyContinue
"$($Error[0].FullyQualifiedErrorId): $($Error[0])"
Clear-History -Id 5 -ErrorAction SilentlyContinue
"$($Error[0].FullyQualifiedErrorId): $($Error[0])"
try { Clear-History -CommandLine a, b -Count 1 } catch { "$($_.FullyQualifiedErrorId): $_" }
