import Testing

@Test func principalGroupMembershipChangesEveryGroupOrNone() {
  let result = runAD(
    """
    Add-ADPrincipalGroupMembership kwhite -MemberOf Sales, 'IT Admins'
    (Get-ADGroupMember Sales).Count; (Get-ADGroupMember 'IT Admins').Count
    try { Add-ADPrincipalGroupMembership lharris -MemberOf Sales, nosuchgroup } catch { $_.Exception.Message }
    (Get-ADGroupMember Sales).Count
    Remove-ADPrincipalGroupMembership kwhite -MemberOf Sales, 'IT Admins' -Confirm:$false
    (Get-ADGroupMember Sales).Count; (Get-ADGroupMember 'IT Admins').Count
    """)
  #expect(result.errors == "")
  #expect(
    result.output == """
      5
      3
      Cannot find an object with identity: 'nosuchgroup' under: 'DC=contoso,DC=com'.
      5
      4
      2

      """)
}
