import Foundation

/// A failed export or synchronization of one connector-space object, as the engine keeps it
/// on the object (Get-ADSyncCSObject's ExportError / SynchronizationError) and lists it in
/// the run step that met it (Get-ADSyncRunStepResult's SyncErrors).
///
/// The error types are the sync engine's run-history names (adsync-and-writeback.md §1.7):
/// `object-already-exists`, `permission-issue`, `constraint-violation`, `cd-missing-object`,
/// `object-class-violation`, `cd-error` from the AD connector; `AttributeValueMustBeUnique`,
/// `DataValidationFailed` and `dn-attributes-failure` from the Entra connector;
/// `sync-rule-error-function-triggered` from a rule's `Error()` function.
public struct SyncObjectError: Sendable, Equatable, Codable {
  /// Which half of the engine failed.
  public enum Kind: String, Sendable, Equatable, Codable {
    case export
    case synchronization
  }

  public var kind: Kind
  public var csObjectId: String
  public var connectorId: String
  public var distinguishedName: String
  public var displayName: String
  public var mvObjectId: String?
  public var errorType: String
  /// The directory's error code as the connector reports it, such as `0x80071392`.
  public var errorCode: String
  /// The directory's one-line text for the code.
  public var errorLiteral: String
  /// The server's detail (the LDAP diagnostic, the tenant's message, the rule's text).
  public var extraDetails: String
  /// The algorithm step that failed (`Export`, `Inbound flow`, `Outbound flow`).
  public var step: String
  public var firstOccurred: Date
  public var lastOccurred: Date
  /// How many runs met the error again after the first one.
  public var retryCount: Int
}

/// The type, code, literal and detail of a failure, before it is tied to an object.
struct SyncFailure: Sendable, Equatable {
  var errorType: String
  var errorCode: String
  var errorLiteral: String
  var extraDetails: String

  /// The failure an export's thrown error stands for.
  static func export(_ error: Error, connector: SyncConnector) -> SyncFailure {
    if let error = error as? DirectoryError { return directory(error) }
    if let error = error as? TenantError { return tenant(error) }
    if let failure = error as? SyncFailure { return failure }
    return SyncFailure(
      errorType: "cd-error", errorCode: "0x80004005", errorLiteral: "Unspecified error",
      extraDetails: String(describing: error))
  }

  /// AD's answer, by the LDAP result the directory's refusal stands for.
  static func directory(_ error: DirectoryError) -> SyncFailure {
    switch error {
    case .entryAlreadyExists(let dn):
      return SyncFailure(
        errorType: "object-already-exists", errorCode: "0x80071392",
        errorLiteral: "The object already exists.",
        extraDetails: "00000524: UpdErr: DSID-031A11E2, problem 6005 (ENTRY_EXISTS), data 0 "
          + "(\(dn))")
    case .accessDenied(let dn):
      return SyncFailure(
        errorType: "permission-issue", errorCode: "0x80070005", errorLiteral: "Access is denied.",
        extraDetails: "00000005: SecErr: DSID-03152857, problem 4003 (INSUFF_ACCESS_RIGHTS), "
          + "data 0 (\(dn))")
    case .samAccountNameInUse(let name), .userPrincipalNameInUse(let name):
      return constraint("the value '\(name)' is already used by another object")
    case .invalidSamAccountName(let name, let reason):
      return constraint("sAMAccountName '\(name)': \(reason)")
    case .invalidAttributeValue(let attribute, let value, let reason):
      return constraint("\(attribute) '\(value)': \(reason)")
    case .valueOutOfRange(let attribute, let length, let limit):
      return constraint("\(attribute): \(length) characters, more than its limit of \(limit)")
    case .noSuchObject(let dn):
      return SyncFailure(
        errorType: "cd-missing-object", errorCode: "0x80072030",
        errorLiteral: "There is no such object on the server.",
        extraDetails: "0000208D: NameErr: DSID-03100241, problem 2001 (NO_OBJECT), data 0 (\(dn))")
    case .unknownAttribute(let name):
      return SyncFailure(
        errorType: "object-class-violation", errorCode: "0x80072014",
        errorLiteral: "The requested operation did not satisfy one or more constraints "
          + "associated with the class of the object.",
        extraDetails: "attribute '\(name)' is not allowed on this object")
    case .invalidDN(let text):
      return SyncFailure(
        errorType: "cd-error", errorCode: "0x80072032",
        errorLiteral: "An invalid dn syntax has been specified.",
        extraDetails: text)
    case .unwillingToPerform(let text), .notAllowedOnNonLeaf(let text):
      return SyncFailure(
        errorType: "cd-error", errorCode: "0x80072035",
        errorLiteral: "The server is unwilling to process the request.", extraDetails: text)
    case .alreadyMember(let member, let group), .notMember(let member, let group):
      return constraint("member '\(member)' of '\(group)'")
    case .invalidFilter(let text, let reason):
      return SyncFailure(
        errorType: "cd-error", errorCode: "0x80072035",
        errorLiteral: "The server is unwilling to process the request.",
        extraDetails: "\(text): \(reason)")
    }
  }

  static func constraint(_ detail: String) -> SyncFailure {
    SyncFailure(
      errorType: "constraint-violation", errorCode: "0x8007202f",
      errorLiteral: "A constraint violation occurred.",
      extraDetails: "0000202F: ConstraintErr: \(detail)")
  }

  /// The tenant's answer: a value another object holds, or one the tenant does not take.
  static func tenant(_ error: TenantError) -> SyncFailure {
    switch error {
    case .alreadyExists(let property):
      return SyncFailure(
        errorType: "AttributeValueMustBeUnique", errorCode: "0x8023134a",
        errorLiteral: "AttributeValueMustBeUnique",
        extraDetails: "Unable to update this object because the following attributes "
          + "associated with this object have values that may already be associated with "
          + "another object in your local directory services: [\(property)]. Correct or "
          + "remove the duplicate values in your local directory.")
    default:
      return SyncFailure(
        errorType: "DataValidationFailed", errorCode: "0x8023134a",
        errorLiteral: "DataValidationFailed", extraDetails: error.message)
    }
  }

  /// Members the tenant did not take: each named with the tenant's reason.
  static func members(_ refused: [(member: String, reason: String)]) -> SyncFailure {
    SyncFailure(
      errorType: "dn-attributes-failure", errorCode: "0x80230712",
      errorLiteral: "A reference attribute could not be exported: the referenced object is not "
        + "in Microsoft Entra ID.",
      extraDetails: refused.map { "member \($0.member): \($0.reason)" }.joined(separator: "; "))
  }
}

extension SyncFailure: Error {}
