import Foundation

/// The records the warning, verbose, debug and information streams carry.
///
/// They are what `3>&1`, `4>&1`, `5>&1` and `6>&1` merge into the output, what
/// `-WarningVariable` and `-InformationVariable` collect and what a runspace's `Streams` hold:
/// WarningRecord, VerboseRecord and DebugRecord (InformationalRecord: `Message`,
/// `InvocationInfo`) and InformationRecord (`MessageData`, `Tags`, `Source`,
/// `TimeGenerated`…). Each converts to text as its message, as their ToString does.
public enum StreamRecord {
  /// A WarningRecord, VerboseRecord or DebugRecord holding `message`.
  public static func informational(_ stream: Interpreter.InformationStream, _ message: String)
    -> PSObject
  {
    let name: String
    switch stream {
    case .warning: name = "WarningRecord"
    case .verbose: name = "VerboseRecord"
    case .debug: name = "DebugRecord"
    case .information: return information(.string(message), tags: [], source: "")
    }
    let record = PSObject(typeNames: [
      "System.Management.Automation.\(name)", "System.Management.Automation.InformationalRecord",
      "System.Object",
    ])
    record.set("Message", .string(message))
    record.set("InvocationInfo", .null)
    record.set("PipelineIterationInfo", .array([]))
    record.stringValue = { message }
    return record
  }

  /// An InformationRecord, as Write-Information and Write-Host write it.
  public static func information(_ data: Value, tags: [String], source: String) -> PSObject {
    let record = PSObject(typeNames: [
      "System.Management.Automation.InformationRecord", "System.Object",
    ])
    let process = ProcessInfo.processInfo
    record.set("MessageData", data)
    record.set("Source", .string(source))
    record.set("TimeGenerated", .dateTime(.now))
    record.set("Tags", .array(tags.map { .string($0) }))
    record.set("User", .string(NSUserName()))
    record.set("Computer", .string(process.hostName))
    record.set("ProcessId", .int(process.processIdentifier))
    // The shell runs its pipelines on the process's main thread, whose id on Linux is the pid.
    record.set("NativeThreadId", .int(process.processIdentifier))
    record.set("ManagedThreadId", .int(1))
    record.stringValue = { data.toText() }
    return record
  }

  /// The message a record shows: `Message`, or an InformationRecord's `MessageData` as text.
  public static func text(of record: PSObject) -> String {
    record.stringValue?() ?? ""
  }
}
