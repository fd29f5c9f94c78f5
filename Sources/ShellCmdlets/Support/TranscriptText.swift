import Foundation
import ShellCore

/// The text pwsh puts around a transcript, and the file name it picks when given none.
///
/// The prologue, minimal prologue and epilogue are PSHostUserInterface's
/// (InternalHostUserInterfaceStrings): times as `yyyyMMddHHmmss` in local time, the user as
/// `DOMAIN\user` (the machine's name stands for the domain on Linux, as .NET's
/// UserDomainName does), and one `Key: value` line for each entry of `$PSVersionTable`.
enum TranscriptText {
  static let rule = "**********************"

  static func timestamp() -> String { Transcription.timestamp() }

  /// The header Start-Transcript writes; `minimal` (-UseMinimalHeader) keeps the start time only.
  static func prologue(_ context: CommandContext, minimal: Bool) -> String {
    if minimal {
      return [rule, "PowerShell transcript start", "Start time: \(timestamp())", rule]
        .joined(separator: "\n")
    }
    let machine = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init)
    let user = "\(machine ?? "localhost")\\\(NSUserName())"
    var lines = [
      rule, "PowerShell transcript start", "Start time: \(timestamp())", "Username: \(user)",
      "RunAs User: \(user)", "Configuration Name: ",
      "Machine: \(machine ?? "localhost") (\(operatingSystem))",
      "Host Application: \(CommandLine.arguments.joined(separator: " "))",
      "Process ID: \(ProcessInfo.processInfo.processIdentifier)",
    ]
    if case .hashtable(let table)? = context.scope.lookup("psversiontable")?.value {
      for (key, value) in table.entries where !value.isNull {
        let text =
          value.isEnumerable
          ? value.enumerated.map { $0.toText() }.joined(separator: ", ") : value.toText()
        lines.append("\(key.toText()): \(text)")
      }
    }
    lines.append(rule)
    return lines.joined(separator: "\n")
  }

  /// .NET's `Environment.OSVersion.VersionString` on Linux: `Unix` and the kernel's version.
  private static var operatingSystem: String {
    var name = utsname()
    uname(&name)
    let release = withUnsafeBytes(of: &name.release) { bytes in
      String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
    let numbers = release.prefix { $0.isNumber || $0 == "." }
    return "Unix \(numbers)"
  }

  /// `PowerShell_transcript.MACHINE.RANDOM.yyyyMMddHHmmss.txt` in `directory` (the home
  /// directory, which is "My Documents" on Linux, when nil); RANDOM is six random bytes in
  /// Base64 with `/` made `_`, so that names cannot be guessed.
  static func defaultPath(in directory: String) -> String {
    let machine = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init)
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<6).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let random = Data(bytes).base64EncodedString().replacingOccurrences(of: "/", with: "_")
    let name = "PowerShell_transcript.\(machine ?? "localhost").\(random).\(timestamp()).txt"
    return (directory as NSString).appendingPathComponent(name)
  }
}
