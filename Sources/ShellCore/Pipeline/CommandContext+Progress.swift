import Foundation

/// The progress stream: drawn by the console host while its output is a terminal.
///
/// PowerShell draws progress on the console host only, never into redirected output, and
/// `$ProgressPreference = 'SilentlyContinue'` hides it; so does this.
extension CommandContext {
  /// True when progress would be shown: the standard host writing to a terminal, and
  /// -ProgressAction (else `$ProgressPreference`) not SilentlyContinue or Ignore.
  public var showsProgress: Bool {
    guard let host = interpreter.host as? StandardHost, host.isTerminal else { return false }
    let chosen = parameters["ProgressAction"] ?? scope.lookup("progresspreference")?.value
    let preference = chosen?.toText().lowercased() ?? ""
    return preference != "silentlycontinue" && preference != "ignore"
  }

  /// Draws the record's activity (or with `isCompleted`, removes it); does nothing when
  /// progress is not shown (Write-Progress and long-running cmdlets share it).
  public func writeProgress(_ record: ProgressRecord) {
    guard showsProgress, let host = interpreter.host as? StandardHost else { return }
    host.writeProgress(record, style: progressStyle)
  }

  /// `$PSStyle.Progress`'s style and maximum width, and no escapes when
  /// `$PSStyle.OutputRendering` is PlainText.
  private var progressStyle: ProgressStyle {
    guard case .object(let psStyle)? = scope.lookup("psstyle")?.value.unwrapped else {
      return .standard
    }
    var style = ProgressStyle.standard
    if case .object(let progress)? = psStyle.value(of: "Progress")?.unwrapped {
      if let text = progress.value(of: "Style")?.toText() { style.style = text }
      if let width = progress.value(of: "MaxWidth")?.intValue { style.maxWidth = width }
    }
    if let text = psStyle.value(of: "Reverse")?.toText() { style.reverse = text }
    if let text = psStyle.value(of: "ReverseOff")?.toText() { style.reverseOff = text }
    if let text = psStyle.value(of: "Reset")?.toText() { style.reset = text }
    if psStyle.value(of: "OutputRendering")?.toText().lowercased() == "plaintext" {
      return .plain(maxWidth: style.maxWidth)
    }
    return style
  }
}
