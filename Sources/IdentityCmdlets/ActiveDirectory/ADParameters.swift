import IdentityEngine
import ShellCore

/// Parameter declarations shared by the AD cmdlets (ad-module.md §1.1).
enum ADParameters {
  static let searchSets = ["Filter", "LdapFilter"]

  static func identity(_ typeName: String, sets: [String] = ["Identity"], mandatory: Bool = true)
    -> ParameterDeclaration
  {
    ParameterDeclaration(
      "Identity", .any, position: 0, mandatory: mandatory, pipeline: .byValue, sets: sets,
      help: "The \(typeName): a distinguished name, GUID, SID or sAMAccountName, or an object.")
  }

  static let filter = ParameterDeclaration(
    "Filter", .any, mandatory: true, sets: ["Filter"],
    help: "A filter in the module's language, such as \"Name -like 'Sales*'\", or * for all.")
  static let ldapFilter = ParameterDeclaration(
    "LDAPFilter", .string, mandatory: true, sets: ["LdapFilter"],
    help: "An LDAP filter (RFC 4515), such as '(mail=*)'.")
  static let properties = ParameterDeclaration(
    "Properties", .stringArray, aliases: ["Property"],
    help: "Further properties to fetch: extended names, LDAP attribute names, or *.")
  static let searchBase = ParameterDeclaration(
    "SearchBase", .string, sets: searchSets, help: "The DN to search under.")
  static let searchScope = ParameterDeclaration(
    "SearchScope", .string, sets: searchSets,
    validValues: SearchScope.names,
    help: "Base, OneLevel or Subtree (the default).")
  static let resultSetSize = ParameterDeclaration(
    "ResultSetSize", .any, sets: searchSets, help: "The most objects to return.")
  static let resultPageSize = ParameterDeclaration(
    "ResultPageSize", .int, sets: searchSets, help: "Objects per page (accepted, not needed).")
  static let partition = ParameterDeclaration(
    "Partition", .string, help: "The naming context identities are resolved in.")
  static let passThru = ParameterDeclaration(
    "PassThru", .switchParameter, help: "Writes the changed object to the pipeline.")
  static let server = ParameterDeclaration(
    "Server", .string, help: "Accepted for compatibility; the lab has one domain controller.")
  static let credential = ParameterDeclaration(
    "Credential", .any, help: "Accepted for compatibility; the lab needs no credentials.")
  static let authType = ParameterDeclaration(
    "AuthType", .string, validValues: ["Negotiate", "Basic", "0", "1"],
    help: "Accepted for compatibility.")

  /// `-Current LocalComputer|LoggedOnUser` (or 0/1) of Get-ADForest and
  /// Get-ADDefaultDomainPasswordPolicy: which one to read, `what` naming it in the help.
  static func current(_ what: String) -> ParameterDeclaration {
    ParameterDeclaration(
      "Current", .string, position: 0, sets: ["Current"],
      validValues: ["LocalComputer", "LoggedOnUser", "0", "1"],
      help: "Which \(what); the lab has one.")
  }

  /// The parameters every AD cmdlet has.
  static let connection = [server, credential, authType]

  /// The three parameter sets of the Get-* search cmdlets.
  static func getParameters(_ typeName: String) -> [ParameterDeclaration] {
    [
      identity(typeName), filter, ldapFilter, properties, searchBase, searchScope,
      resultSetSize, resultPageSize, partition,
    ] + connection
  }
}
