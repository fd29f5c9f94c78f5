import IdentityEngine
import ShellCore

/// A failed Graph request: the status, error code and message the service answered.
///
/// The SDK's cmdlets are generated wrappers whose inner command is named after the API
/// operation (`Get-MgGroup_Get`, `New-MgGroup_CreateExpanded`); errors come from inside the
/// module, so ConciseView shows `<operation>: <message>` without a position block, then the
/// `Status:` and `ErrorCode:` lines. The SDK also prints `Date:` and the response headers,
/// which vary per request; the lab leaves them out.
struct GraphFailure: Error {
  let status: Int
  let code: String
  let message: String

  init(status: Int = 400, code: String, message: String) {
    self.status = status
    self.code = code
    self.message = message
  }

  init(_ error: TenantError) {
    self.init(status: error.status, code: error.code, message: error.message)
  }

  init(_ error: ODataFilterError) {
    self.init(status: 400, code: error.code, message: error.message)
  }

  /// "Unable to update the specified properties for on-premises mastered Directory Sync
  /// objects …": Graph refuses to change what AD masters.
  static let onPremisesMastered = GraphFailure(
    code: "Request_BadRequest",
    message: "Unable to update the specified properties for on-premises mastered Directory Sync "
      + "objects or objects currently undergoing migration.")

  /// `$select` naming a property the type does not have.
  static func unknownSelect(_ name: String, _ kind: TenantObjectKind) -> GraphFailure {
    GraphFailure(
      code: "BadRequest",
      message: "Parsing OData Select and Expand failed: Could not find a property named "
        + "'\(name)' on type 'microsoft.graph.\(kind.rawValue)'.")
  }

  /// An `@odata.id` (or DELETE key) that names no directory object Graph can link: the
  /// answer Graph gives for a malformed reference on a group's `members` or `owners`.
  static func unsupportedReference(_ relation: String) -> GraphFailure {
    GraphFailure(
      code: "Request_UnsupportedQuery",
      message: "Unsupported referenced-object resource identifier for link property "
        + "'\(relation)'.")
  }

  /// Only users (and service principals, which the lab does not hold) can own a group.
  static func invalidOwnerType(_ object: TenantObject) -> GraphFailure {
    GraphFailure(
      code: "Request_BadRequest",
      message: "The reference target '\(object.kind.resourceName)_\(object.id)' of type "
        + "'\(object.kind.resourceName)' is invalid for the 'owners' reference.")
  }

  /// Once a group has owners, Graph refuses to remove the last one.
  static let lastOwner = GraphFailure(
    code: "Request_BadRequest",
    message: "The group must have at least one owner, hence this owner cannot be removed.")

  /// HTTP reason phrases for the statuses the lab answers with.
  var reason: String {
    switch status {
    case 404: return "NotFound"
    case 409: return "Conflict"
    default: return "BadRequest"
    }
  }

  /// The record the SDK writes for this failure, attributed to `operation`.
  func record(_ context: CommandContext, operation: String) -> ErrorRecord {
    let inner = operation.replacingOccurrences(of: "-", with: "")
    let isBeta = operation.contains("-MgBeta")
    let record = ErrorRecord(
      message: "\(message)\nStatus: \(status) (\(reason))\nErrorCode: \(code)",
      exceptionType: "System.Exception",
      errorId: "\(code),Microsoft.Graph.\(isBeta ? "Beta." : "")PowerShell.Cmdlets.\(inner)",
      category: status == 404 ? .objectNotFound : .invalidOperation, targetObject: .null,
      commandName: operation, range: nil)
    return record
  }
}
