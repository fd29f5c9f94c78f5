import IdentityEngine
import ShellCore

/// Maps the engine's `DirectoryError`s, and the module's own checks, to the error records the
/// ActiveDirectory module writes (ad-module.md §7): message, category, exception and
/// FullyQualifiedErrorId ending in `Microsoft.ActiveDirectory.Management.Commands.<Class>`.
enum ADErrors {
  static let management = "Microsoft.ActiveDirectory.Management."

  /// `Microsoft.ActiveDirectory.Management.Commands.GetADUser` for `Get-ADUser`.
  static func commandClass(_ context: CommandContext) -> String {
    management + "Commands." + context.commandName.replacingOccurrences(of: "-", with: "")
  }

  /// A record attributed to the running cmdlet with the module's FQID shape.
  static func record(
    _ context: CommandContext, _ message: String, category: ErrorCategory, exception: String,
    qualifier: String, target: Value
  ) -> ErrorRecord {
    ErrorRecord(
      message: message, exceptionType: exception,
      errorId: "\(qualifier),\(commandClass(context))", category: category,
      targetObject: target, commandName: context.commandName, range: context.invocationRange)
  }

  /// "Cannot find an object with identity: 'x' under: 'DC=…'." (ADIdentityNotFoundException).
  static func identityNotFound(
    _ context: CommandContext, identity: String, partition: String, qualifier: String? = nil
  ) -> ErrorRecord {
    let exception = management + "ADIdentityNotFoundException"
    return record(
      context, "Cannot find an object with identity: '\(identity)' under: '\(partition)'.",
      category: .objectNotFound, exception: exception,
      qualifier: qualifier ?? "ActiveDirectoryCmdlet:\(exception)", target: .string(identity))
  }

  /// "One or more properties are invalid." for a bad `-Properties` name.
  static func invalidProperty(_ context: CommandContext, _ name: String, target: Value)
    -> ErrorRecord
  {
    argument(context, "One or more properties are invalid.\nParameter name: \(name)", target)
  }

  /// An ArgumentException record with the module's FQID.
  static func argument(_ context: CommandContext, _ message: String, _ target: Value = .null)
    -> ErrorRecord
  {
    record(
      context, message, category: .invalidArgument, exception: "System.ArgumentException",
      qualifier: "ActiveDirectoryCmdlet:System.ArgumentException", target: target)
  }

  /// A statement-terminating error for `error` (a DirectoryError or already a RuntimeError).
  static func terminating(_ context: CommandContext, _ error: Error, target: Value)
    -> RuntimeError
  {
    if let runtime = error as? RuntimeError { return runtime }
    if let lab = error as? LabError { return LabErrors.terminating(context, lab, target: target) }
    return RuntimeError(record(for: error, context, target: target))
  }

  /// The module's record for an engine error.
  static func record(for error: Error, _ context: CommandContext, target: Value) -> ErrorRecord {
    let adException = management + "ADException"
    func server(_ code: Int, _ message: String, _ category: ErrorCategory = .notSpecified)
      -> ErrorRecord
    {
      record(
        context, message, category: category, exception: adException,
        qualifier: "ActiveDirectoryServer:\(code)", target: target)
    }
    if let lab = error as? LabError { return LabErrors.record(context, lab, target: target) }
    guard let error = error as? DirectoryError else { return server(0, "\(error)") }
    let exists = management + "ADIdentityAlreadyExistsException"
    switch error {
    case .invalidDN:
      return server(8335, "The object name has bad syntax")
    case .noSuchObject:
      let exception = management + "ADIdentityNotFoundException"
      return record(
        context, "Directory object not found", category: .objectNotFound, exception: exception,
        qualifier: "ActiveDirectoryCmdlet:\(exception)", target: target)
    case .entryAlreadyExists:
      return record(
        context,
        "An attempt was made to add an object to the directory with a name that is already in use",
        category: .resourceExists, exception: exists, qualifier: "ActiveDirectoryServer:8305",
        target: target)
    case .samAccountNameInUse:
      let isGroup = context.commandName.lowercased().contains("group")
      return record(
        context,
        isGroup ? "The specified group already exists" : "The specified account already exists",
        category: .resourceExists, exception: exists,
        qualifier: isGroup ? "ActiveDirectoryServer:1318" : "ActiveDirectoryServer:1316",
        target: target)
    case .userPrincipalNameInUse:
      return server(
        8648,
        "The operation failed because UPN value provided for addition/modification is not "
          + "unique forest-wide", .resourceExists)
    case .invalidSamAccountName(let name, let reason):
      return server(
        1315, "The name provided is not a properly formed account name: '\(name)' (\(reason))",
        .invalidArgument)
    case .unknownAttribute(let name):
      return argument(
        context,
        "The specified directory service attribute or value does not exist\nParameter name: \(name)",
        target)
    case .invalidAttributeValue(let attribute, let value, let reason):
      return server(
        8322, "The value '\(value)' is not valid for the attribute '\(attribute)': \(reason)",
        .invalidArgument)
    case .valueOutOfRange:
      return server(
        8322, "A value for the attribute was not in the acceptable range of values",
        .invalidArgument)
    case .unwillingToPerform(let why):
      return server(8245, "The server is unwilling to process the request: \(why)")
    case .notAllowedOnNonLeaf:
      return server(
        8213, "The directory service can perform the requested operation only on a leaf object.")
    case .accessDenied:
      return record(
        context, "Access is denied", category: .permissionDenied,
        exception: "System.UnauthorizedAccessException",
        qualifier: "ActiveDirectoryCmdlet:System.UnauthorizedAccessException", target: target)
    case .alreadyMember:
      return server(1378, "The specified account name is already a member of the group")
    case .notMember:
      return server(1377, "The specified account name is not a member of the group")
    case .invalidFilter:
      return server(8254, "The search filter cannot be recognized")
    }
  }
}
