import Foundation
import ShellCore

/// The `$PSStyle` automatic variable and the styling the formatter takes from it.
///
/// `$PSStyle.OutputRendering` decides whether formatted output carries ANSI escapes: `Ansi`
/// always, `PlainText` never, `Host` (the default) only when writing to a terminal that
/// supports colour. It starts as `PlainText` when `NO_COLOR` is set or TERM is a mono
/// terminal, as PowerShell 7 does.
enum PSStyleVariable {
  static let escape = "\u{1B}["

  /// Builds the `$PSStyle` object.
  static func make(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> Value
  {
    let style = PSObject(typeNames: ["System.Management.Automation.PSStyle", "System.Object"])
    let term = environment["TERM"] ?? ""
    let plain = environment["NO_COLOR"] != nil || term == "xterm-mono" || term == "xtermm"
    style.set("Reset", .string(escape + "0m"))
    style.set("BlinkOff", .string(escape + "25m"))
    style.set("Blink", .string(escape + "5m"))
    style.set("BoldOff", .string(escape + "22m"))
    style.set("Bold", .string(escape + "1m"))
    style.set("DimOff", .string(escape + "22m"))
    style.set("Dim", .string(escape + "2m"))
    style.set("HiddenOff", .string(escape + "28m"))
    style.set("Hidden", .string(escape + "8m"))
    style.set("ReverseOff", .string(escape + "27m"))
    style.set("Reverse", .string(escape + "7m"))
    style.set("ItalicOff", .string(escape + "23m"))
    style.set("Italic", .string(escape + "3m"))
    style.set("UnderlineOff", .string(escape + "24m"))
    style.set("Underline", .string(escape + "4m"))
    style.set("StrikethroughOff", .string(escape + "29m"))
    style.set("Strikethrough", .string(escape + "9m"))
    style.set("OutputRendering", .string(plain ? "PlainText" : "Host"))
    style.set("Formatting", .object(formatting()))
    style.set("Foreground", .object(colors(base: 30, typeName: "ForegroundColor")))
    style.set("Background", .object(colors(base: 40, typeName: "BackgroundColor")))
    style.set("Progress", .object(progress()))
    return .object(style)
  }

  /// `$PSStyle.Progress`: the minimal view's colours and widest line, which the console host
  /// reads each time it draws progress.
  private static func progress() -> PSObject {
    let progress = PSObject(
      typeNames: ["System.Management.Automation.PSStyle+ProgressConfiguration", "System.Object"])
    progress.set("Style", .string(escape + "33;1m"))
    progress.set("MaxWidth", .int(120))
    progress.set("View", .string("Minimal"))
    return progress
  }

  private static func formatting() -> PSObject {
    let formatting = PSObject(
      typeNames: ["System.Management.Automation.PSStyle+FormattingData", "System.Object"])
    for (name, code) in [
      ("FormatAccent", "32;1"), ("ErrorAccent", "36;1"), ("Error", "31;1"), ("Warning", "33;1"),
      ("Verbose", "33;1"), ("Debug", "33;1"), ("TableHeader", "32;1"),
      ("CustomTableHeaderLabel", "32;1;3"), ("FeedbackName", "33"), ("FeedbackText", "96"),
    ] {
      formatting.set(name, .string(escape + code + "m"))
    }
    return formatting
  }

  private static func colors(base: Int, typeName: String) -> PSObject {
    let colors = PSObject(
      typeNames: ["System.Management.Automation.PSStyle+\(typeName)", "System.Object"])
    let names = ["Black", "Red", "Green", "Yellow", "Blue", "Magenta", "Cyan", "White"]
    for (index, name) in names.enumerated() {
      colors.set(name, .string(escape + "\(base + index)m"))
    }
    for (index, name) in names.enumerated() {
      colors.set("Bright" + name, .string(escape + "\(base + 60 + index)m"))
    }
    return colors
  }
}

/// Where formatted text goes, which decides whether `Host` rendering keeps colour.
public enum OutputDestination {
  /// The console (Out-Default, Out-Host).
  case host
  /// Captured inside the shell (Out-String, Out-File, `>`).
  case capture
}

/// The escape sequences the formatter writes, or none.
public struct OutputStyle {
  var isEnabled = false
  var tableHeader = PSStyleVariable.escape + "32;1m"
  var customTableHeaderLabel = PSStyleVariable.escape + "32;1;3m"
  var formatAccent = PSStyleVariable.escape + "32;1m"
  var reset = PSStyleVariable.escape + "0m"
  /// `$PSStyle.Reverse`, which Select-String's matches are drawn in.
  var reverse = PSStyleVariable.escape + "7m"

  static let plain = OutputStyle()

  /// Marks the start of emphasised text in a custom view's line; never shown.
  public static let emphasisStart: Character = "\u{E000}"
  /// Marks the end of emphasised text in a custom view's line; never shown.
  public static let emphasisEnd: Character = "\u{E001}"

  /// A custom view's line with its emphasis marks drawn in reverse video when styling is on,
  /// else removed (PowerShell highlights only when `$PSStyle.OutputRendering` allows).
  func emphasize(_ line: String) -> String {
    guard line.contains(where: { $0 == Self.emphasisStart || $0 == Self.emphasisEnd }) else {
      return line
    }
    var result = ""
    for character in line {
      switch character {
      case Self.emphasisStart: if isEnabled { result += reverse }
      case Self.emphasisEnd: if isEnabled { result += reset }
      default: result.append(character)
      }
    }
    return result
  }

  /// `style + text + reset` when styling is on, else the text.
  func apply(_ style: String, _ text: String) -> String {
    isEnabled ? style + text + reset : text
  }

  /// The style for a destination, from `$PSStyle` and the host.
  static func current(_ interpreter: Interpreter, destination: OutputDestination) -> OutputStyle {
    guard let object = interpreter.globalScope.lookup("psstyle")?.value.psObject else {
      return destination == .host && interpreter.host.supportsColor
        ? OutputStyle(isEnabled: true)
        : .plain
    }
    let rendering = object.value(of: "OutputRendering")?.toText().lowercased() ?? "host"
    var style = OutputStyle()
    switch rendering {
    case "ansi": style.isEnabled = true
    case "plaintext": style.isEnabled = false
    default: style.isEnabled = destination == .host && interpreter.host.supportsColor
    }
    if let formatting = object.value(of: "Formatting")?.psObject {
      if let value = formatting.value(of: "TableHeader") { style.tableHeader = value.toText() }
      if let value = formatting.value(of: "CustomTableHeaderLabel") {
        style.customTableHeaderLabel = value.toText()
      }
      if let value = formatting.value(of: "FormatAccent") { style.formatAccent = value.toText() }
    }
    if let reset = object.value(of: "Reset") { style.reset = reset.toText() }
    if let reverse = object.value(of: "Reverse") { style.reverse = reverse.toText() }
    return style
  }
}
