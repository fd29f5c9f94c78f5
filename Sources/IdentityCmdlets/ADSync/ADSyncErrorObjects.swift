import Foundation
import IdentityEngine
import ShellCore

/// Sync errors as the module's objects (adsync-and-writeback.md §1.7, §1.8): a CsObject's
/// ExportError and SynchronizationError, and a RunStepResult's SyncErrors with its
/// SyncErrorsList of RunStepErrorObject items and the run-history XML they come from.
enum ADSyncErrorObjects {
  /// A CsObject's ExportError.
  static func exportError(_ error: SyncObjectError) -> PSObject {
    let object = ADSync.object(
      "ExportError",
      [
        ("RetryCount", .int(Int32(clamping: error.retryCount))),
        ("InitialOccurrence", .date(error.firstOccurred)),
        ("LatestOccurrence", .date(error.lastOccurred)), ("ErrorType", .string(error.errorType)),
        ("ErrorName", .string(error.errorLiteral)), ("ErrorCode", .string(error.errorCode)),
        ("ErrorLiteral", .string(error.errorLiteral)),
        ("ErrorExtraDetails", .string(error.extraDetails)),
      ])
    // No ToString of its own is known: it prints as its type name, as .NET objects do.
    object.stringValue = { ADSync.model + "ExportError" }
    return object
  }

  /// A CsObject's SynchronizationError.
  static func syncError(_ error: SyncObjectError) -> PSObject {
    let object = ADSync.object(
      "SynchronizationError",
      [
        ("RetryCount", .int(Int32(clamping: error.retryCount))),
        ("InitialOccurrence", .date(error.firstOccurred)),
        ("LatestOccurrence", .date(error.lastOccurred)), ("ErrorType", .string(error.errorType)),
        ("ExportedChangedNotReimported", .bool(false)),
        ("SynchronizationStep", .string(error.step)),
        ("StackTrace", .string(error.extraDetails)),
      ])
    object.stringValue = { ADSync.model + "SynchronizationError" }
    return object
  }

  /// A RunStepResult's SyncErrors: null when the step met none.
  static func syncErrors(_ errors: [SyncObjectError]) -> Value {
    guard !errors.isEmpty else { return .null }
    let list = errors.map { error -> Value in
      .object(
        ADSync.object(
          "RunStepErrorObject",
          [
            ("ObjectDisplayName", .string(error.displayName)),
            ("ObjectDn", .string(error.distinguishedName)),
            ("CsGuid", ADSync.guid(error.csObjectId)),
            ("MvGuid", error.mvObjectId.map(ADSync.guid) ?? .null),
            ("FirstOccurred", .date(error.firstOccurred)),
            ("RetryCount", .int(Int32(clamping: error.retryCount))),
            ("DateOccurred", .date(error.lastOccurred)), ("ErrorType", .string(error.errorType)),
            ("AlgorithmStep", error.kind == .export ? .null : .string(error.step)),
            ("LineNumber", .null), ("ColumnNumber", .null), ("EntryNumber", .null),
            ("ExtensionErrorInfo", error.kind == .export ? .null : .string(error.extraDetails)),
            ("CdError", error.kind == .export ? .string(cdError(error)) : .null),
          ]))
    }
    let object = ADSync.object(
      "RunStepResultSyncErrors",
      [
        ("SyncErrorsCompressed", .null), ("SyncErrorsXml", .string(xml(errors))),
        ("SyncErrorsList", .array(list)), ("SyncErrorsSummaryXml", .null),
      ])
    object.stringValue = { ADSync.model + "RunStepResultSyncErrors" }
    return .object(object)
  }

  /// The `<cd-error>` text of an export error: code, literal and the server's detail.
  static func cdError(_ error: SyncObjectError) -> String {
    "<cd-error><error-code>\(escape(error.errorCode))</error-code><error-literal>"
      + "\(escape(error.errorLiteral))</error-literal><server-error-detail>"
      + "\(escape(error.extraDetails))</server-error-detail></cd-error>"
  }

  /// The step's `<synchronization-errors>` element as run history stores it.
  static func xml(_ errors: [SyncObjectError]) -> String {
    var text = "<synchronization-errors>"
    for error in errors {
      let element = error.kind == .export ? "export-error" : "import-error"
      text +=
        "<\(element) cs-guid=\"{\(error.csObjectId.uppercased())}\" dn=\"\(escape(error.distinguishedName))\">"
        + "<date-occurred>\(date(error.lastOccurred))</date-occurred>"
        + "<first-occurred>\(date(error.firstOccurred))</first-occurred>"
        + "<retry-count>\(error.retryCount)</retry-count>"
        + "<error-type>\(escape(error.errorType))</error-type>"
      if error.kind == .export {
        text += cdError(error)
      } else {
        text +=
          "<algorithm-step>\(escape(error.step))</algorithm-step><extension-error-info>"
          + "<extension-name></extension-name><call-stack>\(escape(error.extraDetails))"
          + "</call-stack></extension-error-info>"
      }
      text += "</\(element)>"
    }
    return text + "</synchronization-errors>"
  }

  /// Run-history dates: UTC, `yyyy-MM-dd HH:mm:ss.SSS`.
  static func date(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
    return formatter.string(from: date)
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
