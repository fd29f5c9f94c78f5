import IdentityEngine
import ShellCore

/// The error records for problems with the lab file itself (`LabError`), shared by the AD,
/// ADSync and Graph cmdlets: the lab is not part of the real modules, so its errors carry
/// ids of their own and the .NET exception type whose meaning fits.
enum LabErrors {
  /// A statement-terminating error: the cmdlet cannot go on without its lab, and try/catch,
  /// -ErrorAction and `$?` see it like any terminating error.
  static func terminating(_ context: CommandContext, _ error: LabError, target: Value)
    -> RuntimeError
  {
    RuntimeError(record(context, error, target: target))
  }

  static func record(_ context: CommandContext, _ error: LabError, target: Value) -> ErrorRecord {
    let (id, category, exception): (String, ErrorCategory, String)
    switch error {
    case .notALab:
      (id, category, exception) = ("LabFileNotALab", .invalidData, "System.IO.InvalidDataException")
    case .newerSchema:
      (id, category, exception) = (
        "LabSchemaNotSupported", .invalidData, "System.NotSupportedException"
      )
    case .readOnly:
      (id, category, exception) = (
        "LabReadOnly", .permissionDenied, "System.UnauthorizedAccessException"
      )
    case .busy:
      (id, category, exception) = ("LabBusy", .resourceUnavailable, "System.TimeoutException")
    case .noDomain:
      (id, category, exception) = (
        "LabHasNoDomain", .invalidData, "System.InvalidOperationException"
      )
    case .fileExists:
      (id, category, exception) = ("LabFileExists", .resourceExists, "System.IO.IOException")
    case .fileNotFound:
      (id, category, exception) = (
        "LabFileNotFound", .objectNotFound, "System.IO.FileNotFoundException"
      )
    case .storage:
      (id, category, exception) = (
        "LabStorageFailed", .resourceUnavailable, "System.IO.IOException"
      )
    case .unreadableValue:
      (id, category, exception) = (
        "LabValueUnreadable", .invalidData, "System.IO.InvalidDataException"
      )
    case .stopped:
      // Seen only where no Ctrl-C flag stops the pipeline first (a runspace's own stop).
      (id, category, exception) = (
        "LabOperationStopped", .operationStopped,
        "System.Management.Automation.PipelineStoppedException"
      )
    }
    return context.errorRecord(
      id, error.message, category: category, target: target, exceptionType: exception)
  }
}
