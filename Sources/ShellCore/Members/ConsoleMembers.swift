import Foundation

/// `[Console]`: the terminal's size, colours and cursor, keys, and writes that bypass the host.
///
/// As .NET's console on Unix: sizes are the terminal's (TIOCGWINSZ, read on every access),
/// the buffer is as big as the window, a colour reads as -1 until one is set (the terminal
/// cannot be asked), setting one writes the ANSI sequence, and the cursor's visibility can be
/// set but not read. `Write` and `WriteLine` go straight to standard output, so a transcript
/// does not see them (pwsh's transcripts hold what goes through the host).
public enum ConsoleMembers {
  static let typeName = "System.Console"
  /// The colours set through `[Console]` or `$Host.UI.RawUI`; -1 until set, as on .NET.
  nonisolated(unsafe) static var foreground: Int32 = -1
  nonisolated(unsafe) static var background: Int32 = -1
  nonisolated(unsafe) static var title = ""

  /// ANSI foreground codes of the ConsoleColor values 0-15; backgrounds are 10 more.
  static let foregroundCodes = [30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97]

  static func property(_ key: String, host: ShellHost) throws -> Value? {
    switch key {
    case "windowwidth", "bufferwidth", "largestwindowwidth": return .int(Int32(width(host)))
    case "windowheight", "bufferheight", "largestwindowheight":
      return .int(Int32(height(host)))
    case "foregroundcolor": return DotNetEnum.consoleColor.value(number: foreground)
    case "backgroundcolor": return DotNetEnum.consoleColor.value(number: background)
    case "keyavailable": return .bool(try ConsoleKeys.keyAvailable())
    case "cursorleft": return .int(Int32(clamping: ConsoleCursor.position(host).x))
    case "cursortop": return .int(Int32(clamping: ConsoleCursor.position(host).y))
    case "isoutputredirected": return .bool(isatty(STDOUT_FILENO) == 0)
    case "isinputredirected": return .bool(isatty(STDIN_FILENO) == 0)
    case "iserrorredirected": return .bool(isatty(STDERR_FILENO) == 0)
    case "cursorvisible", "title", "cursorsize":
      throw gettingFailed(key, "Operation is not supported on this platform.")
    default: return nil
    }
  }

  /// Sets a property; false when `[Console]` has no settable property of that name.
  static func setProperty(_ key: String, _ value: Value, host: ShellHost) throws -> Bool {
    switch key {
    case "foregroundcolor", "backgroundcolor":
      let color = try consoleColor(value, property: key)
      if key == "foregroundcolor" { foreground = color } else { background = color }
      write(sequence(foreground: key == "foregroundcolor", color), host: host, onlyTerminal: true)
    case "cursorleft", "cursortop":
      let number = try cursorNumber(value, key)
      let current = ConsoleCursor.position(host)
      ConsoleCursor.move(
        x: key == "cursorleft" ? number : current.x, y: key == "cursortop" ? number : current.y,
        host: host)
    case "cursorvisible":
      write(value.isTruthy ? "\u{1B}[?25h" : "\u{1B}[?25l", host: host, onlyTerminal: true)
    case "title":
      title = value.toText()
      write("\u{1B}]0;\(title)\u{07}", host: host, onlyTerminal: true)
    case "windowwidth", "windowheight", "bufferwidth", "bufferheight", "cursorsize":
      throw RuntimeError.make(
        "ExceptionWhenSetting",
        "Exception setting \"\(propertyName(key))\": \"Operation is not supported on this "
          + "platform.\"", category: .notSpecified,
        exceptionType: "System.Management.Automation.SetValueInvocationException")
    default: return false
    }
    return true
  }

  static func invoke(_ call: MethodCall, host: ShellHost) throws -> Value? {
    switch call.key {
    case "write", "writeline":
      var text = ""
      if call.arguments.count > 1 {
        text = try Operators.format(call.string(0), Array(call.arguments.dropFirst()))
      } else if let first = call.arguments.first {
        text = first.toText()
      }
      write(call.key == "writeline" ? text + "\n" : text, host: host, onlyTerminal: false)
      return .null
    case "resetcolor":
      try call.expect(0)
      foreground = -1
      background = -1
      write("\u{1B}[39;49m", host: host, onlyTerminal: true)
      return .null
    case "clear":
      try call.expect(0)
      write("\u{1B}[H\u{1B}[2J", host: host, onlyTerminal: true)
      return .null
    case "readkey":
      try call.expect(0, 1)
      let intercept = call.arguments.first?.isTruthy ?? false
      return try ConsoleKeys.readKey(
        echo: !intercept, host: host, arguments: call.arguments.count)
    case "setcursorposition":
      try call.expect(2)
      guard let left = call.arguments[0].intValue, left >= 0 else {
        throw outOfRange(call, "left", call.arguments[0])
      }
      guard let top = call.arguments[1].intValue, top >= 0 else {
        throw outOfRange(call, "top", call.arguments[1])
      }
      ConsoleCursor.move(x: left, y: top, host: host)
      return .null
    case "beep":
      write("\u{07}", host: host, onlyTerminal: true)
      return .null
    default: return nil
    }
  }

  /// Text written past the host (as `[Console]::Write` is), after its buffered output; a
  /// sequence that only means something to a terminal is not written elsewhere.
  public static func write(_ text: String, host: ShellHost, onlyTerminal: Bool) {
    if let standard = host as? StandardHost {
      if onlyTerminal, !standard.isTerminal { return }
      standard.writeToConsole(text)
    } else if !onlyTerminal {
      host.writeOutput(text)
    }
  }

  /// The SGR sequence for a ConsoleColor value.
  static func sequence(foreground: Bool, _ color: Int32) -> String {
    guard (0..<16).contains(color) else { return "\u{1B}[\(foreground ? 39 : 49)m" }
    return "\u{1B}[\(foregroundCodes[Int(color)] + (foreground ? 0 : 10))m"
  }

  /// A value converted to a ConsoleColor number, with pwsh's error for the property.
  static func consoleColor(_ value: Value, property key: String) throws -> Int32 {
    let enumType = PSType(kind: .other, fullName: DotNetEnum.consoleColor.fullName)
    do {
      let converted = try DotNetEnum.cast(value, to: enumType)
      if case .object(let object)? = converted, let number = object.baseValue?.intValue {
        return Int32(number)
      }
    } catch let error as RuntimeError {
      throw RuntimeError.make(
        "ExceptionWhenSetting",
        "Exception setting \"\(propertyName(key))\": \"\(error.record.message)\"",
        category: .notSpecified,
        exceptionType: "System.Management.Automation.SetValueInvocationException")
    }
    return -1
  }

  static func width(_ host: ShellHost) -> Int { host.width }

  /// A cursor column or row being set: a number that is not negative.
  private static func cursorNumber(_ value: Value, _ key: String) throws -> Int {
    guard let number = value.intValue, number >= 0 else {
      throw RuntimeError.make(
        "ExceptionWhenSetting",
        "Exception setting \"\(key == "cursorleft" ? "CursorLeft" : "CursorTop")\": \"The value "
          + "must be greater than or equal to zero and less than the console's buffer size in "
          + "that dimension. (Parameter 'value')\nActual value was \(value.toText()).\"",
        category: .notSpecified,
        exceptionType: "System.Management.Automation.SetValueInvocationException")
    }
    return number
  }

  /// .NET's ArgumentOutOfRangeException for a position outside the buffer.
  private static func outOfRange(_ call: MethodCall, _ parameter: String, _ value: Value)
    -> RuntimeError
  {
    RuntimeError.make(
      "ArgumentOutOfRangeException",
      "Exception calling \"SetCursorPosition\" with \"2\" argument(s): \"The value must be "
        + "greater than or equal to zero and less than the console's buffer size in that "
        + "dimension. (Parameter '\(parameter)')\nActual value was \(value.toText()).\"",
      category: .notSpecified,
      exceptionType: "System.Management.Automation.MethodInvocationException")
  }

  static func height(_ host: ShellHost) -> Int {
    (host as? StandardHost)?.height ?? 0
  }

  private static func gettingFailed(_ key: String, _ message: String) -> RuntimeError {
    RuntimeError.make(
      "ExceptionWhenGetting", "Exception getting \"\(propertyName(key))\": \"\(message)\"",
      category: .notSpecified,
      exceptionType: "System.Management.Automation.GetValueInvocationException")
  }

  private static func propertyName(_ key: String) -> String {
    let names = [
      "cursorvisible": "CursorVisible", "title": "Title", "cursorsize": "CursorSize",
      "windowwidth": "WindowWidth", "windowheight": "WindowHeight",
      "bufferwidth": "BufferWidth", "bufferheight": "BufferHeight",
      "foregroundcolor": "ForegroundColor", "backgroundcolor": "BackgroundColor",
    ]
    return names[key] ?? key
  }
}
