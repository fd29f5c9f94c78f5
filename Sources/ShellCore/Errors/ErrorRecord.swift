import ShellSyntax

/// A PowerShell error record: what went wrong, where, and how it is identified.
///
/// It is what `$Error[0]` and `$_` in `catch` hold; `ErrorView` renders it as ConciseView.
public final class ErrorRecord {
  /// The exception's message.
  public let message: String
  /// The .NET exception type name, for example `System.Management.Automation.RuntimeException`.
  public let exceptionType: String
  /// for example `CommandNotFoundException` or `NamedParameterNotFound,Get-Thing`.
  public let fullyQualifiedErrorId: String
  public let category: ErrorCategory
  public let targetObject: Value
  /// The command that failed, used as the ConciseView's reason (`Get-Item: ...`).
  public var commandName: String?
  /// Where the error happened; nil only for errors raised outside any script text.
  public var range: SourceRange?
  /// True for errors raised by `throw`, whose reason is shown as `Exception`.
  public var isThrown: Bool
  /// The object thrown by `throw <object>`, when it was not a string.
  public var thrownValue: Value?
  /// Text for `CategoryInfo.Activity`, for example the unknown command name for command-not-found.
  public var activity: String?
  /// The error this one wraps (`Exception.InnerException.ErrorRecord`), as a method call's
  /// MethodInvocationException wraps the error raised inside it.
  public var innerError: ErrorRecord?
  /// CategoryInfo's Reason, TargetName and TargetType when Write-Error was told them (nil: the
  /// exception's short name, the target's text, the target's type).
  public var categoryReason: String?
  public var categoryTargetName: String?
  public var categoryTargetType: String?
  /// `ErrorDetails.RecommendedAction`, when Write-Error was given one.
  public var recommendedAction: String?
  /// Properties of the exception beyond Message, by name (NativeCommandExitException's
  /// ExitCode, Path and ProcessId).
  public var exceptionProperties: [(name: String, value: Value)] = []

  public init(
    message: String, exceptionType: String = "System.Management.Automation.RuntimeException",
    errorId: String, category: ErrorCategory = .notSpecified, targetObject: Value = .null,
    commandName: String? = nil, range: SourceRange? = nil, isThrown: Bool = false
  ) {
    self.message = message
    self.exceptionType = exceptionType
    self.fullyQualifiedErrorId = errorId
    self.category = category
    self.targetObject = targetObject
    self.commandName = commandName
    self.range = range
    self.isThrown = isThrown
  }

  /// The short exception type name, for example `RuntimeException`.
  public var exceptionShortName: String {
    exceptionType.split(separator: ".").last.map(String.init) ?? exceptionType
  }
}

/// PowerShell's ErrorCategory values that the shell uses.
public enum ErrorCategory: String {
  case notSpecified = "NotSpecified"
  case invalidArgument = "InvalidArgument"
  case invalidData = "InvalidData"
  case invalidOperation = "InvalidOperation"
  case invalidType = "InvalidType"
  case objectNotFound = "ObjectNotFound"
  case parserError = "ParserError"
  case resourceExists = "ResourceExists"
  case permissionDenied = "PermissionDenied"
  case operationStopped = "OperationStopped"
  case writeError = "WriteError"
  case closeError = "CloseError"
  case openError = "OpenError"
  case readError = "ReadError"
  case limitsExceeded = "LimitsExceeded"
  case resourceUnavailable = "ResourceUnavailable"
  case deadlockDetected = "DeadlockDetected"
  case syntaxError = "SyntaxError"
  case securityError = "SecurityError"
  case connectionError = "ConnectionError"
  case authenticationError = "AuthenticationError"
  case fromStdErr = "FromStdErr"
  case metadataError = "MetadataError"
}
