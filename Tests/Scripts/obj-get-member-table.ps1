# Get-Member's grouped table (needs the MemberDefinition view of the formatter; reference §7)
[pscustomobject]@{Name='x'; Size=3} | Get-Member
