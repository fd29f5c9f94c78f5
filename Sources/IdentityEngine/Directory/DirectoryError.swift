/// What the directory refuses, as plain values that know nothing of the shell.
///
/// IdentityCmdlets maps each case to the error id and text the ActiveDirectory module prints.
public enum DirectoryError: Error, Equatable, Sendable {
  /// A DN that does not parse (LDAP invalidDNSyntax; the module's "bad syntax").
  case invalidDN(String)
  /// No object at that DN.
  case noSuchObject(String)
  /// An RDN already used in the same container (LDAP entryAlreadyExists).
  case entryAlreadyExists(String)
  /// A sAMAccountName already used by a user, group or computer.
  case samAccountNameInUse(String)
  /// A userPrincipalName already used in the forest.
  case userPrincipalNameInUse(String)
  /// A sAMAccountName with a forbidden character, a trailing dot or a bad length.
  case invalidSamAccountName(String, reason: String)
  /// An attribute the schema does not know.
  case unknownAttribute(String)
  /// A value the attribute's syntax or rules reject.
  case invalidAttributeValue(attribute: String, value: String, reason: String)
  /// A value longer than the attribute's rangeUpper (LDAP constraintViolation).
  case valueOutOfRange(attribute: String, length: Int, limit: Int)
  /// An operation the directory will not do (LDAP unwillingToPerform).
  case unwillingToPerform(String)
  /// Deleting a container that still has children (LDAP notAllowedOnNonLeaf).
  case notAllowedOnNonLeaf(String)
  /// A protected object (ProtectedFromAccidentalDeletion) was to be deleted or moved.
  case accessDenied(String)
  /// A member that is already in the group, with permissive modify off.
  case alreadyMember(member: String, group: String)
  /// A member that is not in the group, with permissive modify off.
  case notMember(member: String, group: String)
  /// A malformed LDAP filter (RFC 4515).
  case invalidFilter(String, reason: String)
}
