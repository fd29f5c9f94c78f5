import Testing

@Test func disableADAccountSetsTheDisableBitInOneWrite() {
  let result = runAD(
    """
    $before = (Get-ADUser bsmith -Properties uSNChanged).uSNChanged
    Disable-ADAccount bsmith
    $after = Get-ADUser bsmith -Properties userAccountControl, uSNChanged
    $after.userAccountControl
    $after.Enabled
    $after.uSNChanged -gt $before
    """)
  #expect(result.errors == "")
  #expect(result.output == "514\nFalse\nTrue\n")
}

@Test func enableADAccountClearsOnlyTheDisableBit() {
  let result = runAD(
    "Enable-ADAccount Guest; (Get-ADUser Guest -Properties userAccountControl).userAccountControl")
  #expect(result.errors == "")
  #expect(result.output == "66080\n")
}

@Test func accountCmdletsTakeUsersAndComputersFromThePipeline() {
  let result = runAD(
    """
    Get-ADUser -Filter 'Department -eq "Finance"' | Disable-ADAccount
    (Get-ADUser -Filter 'Enabled -eq $false' -SearchBase 'OU=Corp,DC=contoso,DC=com').Count
    Get-ADComputer WS001 | Disable-ADAccount -PassThru | ForEach-Object Enabled
    """)
  #expect(result.errors == "")
  #expect(result.output == "4\nFalse\n")
}

@Test func unknownAccountIsTheModulesIdentityError() {
  let result = runAD(
    """
    try { Disable-ADAccount nosuchuser } catch { $_.Exception.Message; $_.CategoryInfo.Category }
    try { Unlock-ADAccount 'CN=Sales,OU=Groups,OU=Corp,DC=contoso,DC=com' } catch { $_.Exception.Message }
    """)
  #expect(result.errors == "")
  #expect(
    result.output == """
      Cannot find an object with identity: 'nosuchuser' under: 'DC=contoso,DC=com'.
      ObjectNotFound
      Cannot find an object with identity: 'CN=Sales,OU=Groups,OU=Corp,DC=contoso,DC=com' \
      under: 'DC=contoso,DC=com'.

      """)
}

@Test func whatIfLeavesTheAccountAsItWas() {
  let result = runAD("Disable-ADAccount bsmith -WhatIf; (Get-ADUser bsmith).Enabled")
  #expect(result.output.hasSuffix("True\n"))
  #expect(result.output.contains("What if: Performing the operation \"Set\""))
}

@Test func unlockADAccountZeroesLockoutTime() {
  let result = runAD(
    """
    Set-ADUser cdavis -Replace @{lockoutTime = 133497828000000000}
    (Search-ADAccount -LockedOut).SamAccountName
    Unlock-ADAccount cdavis -PassThru | ForEach-Object SamAccountName
    (Get-ADUser cdavis -Properties lockoutTime).lockoutTime
    @(Search-ADAccount -LockedOut).Count
    """)
  #expect(result.errors == "")
  #expect(result.output == "cdavis\ncdavis\n0\n0\n")
}

@Test func searchADAccountNarrowsToOneClass() {
  let result = runAD(
    """
    Disable-ADAccount WS001
    Search-ADAccount -AccountDisabled -ComputersOnly | ForEach-Object { $_.Name; $_.pstypenames[0] }
    @(Search-ADAccount -AccountDisabled).Count
    Search-ADAccount -PasswordNeverExpires -UsersOnly | ForEach-Object SamAccountName
    """)
  #expect(result.errors == "")
  #expect(
    result.output
      == "WS001\nMicrosoft.ActiveDirectory.Management.ADComputer\n5\nGuest\nsvc-backup\n")
}

@Test func accountExpiredSkipsNeverAndFutureExpiry() {
  let result = runAD(
    """
    @(Search-ADAccount -AccountExpired).Count
    Set-ADUser ewilson -Replace @{accountExpires = 133497828000000000}
    Set-ADUser fmoore -Replace @{accountExpires = 9223372036854775807}
    Set-ADUser gtaylor -Replace @{accountExpires = 0}
    Set-ADUser slewis -Replace @{accountExpires = 441796896000000000}
    Search-ADAccount -AccountExpired | ForEach-Object SamAccountName
    @(Search-ADAccount -AccountExpired -ComputersOnly).Count
    """)
  #expect(result.errors == "")
  #expect(result.output == "0\newilson\n0\n")
}
