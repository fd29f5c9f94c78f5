import Foundation

/// The cursor's position: asked of the terminal, and moved with ANSI sequences.
///
/// As .NET on Unix: the position is asked with the Device Status Report sequence (`ESC [6n`)
/// and read back from the terminal (`ESC [row;colR`), with the terminal in non-canonical mode
/// for the read; when input or output is not a terminal, or it does not answer within a
/// second, the position is 0,0. Columns and rows count from 0 and are the window's.
enum ConsoleCursor {
  /// The cursor's column and row.
  static func position(_ host: ShellHost) -> (x: Int, y: Int) {
    guard let standard = host as? StandardHost, standard.isTerminal, isatty(STDIN_FILENO) != 0
    else { return (0, 0) }
    standard.flush()
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return (0, 0) }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    standard.writeToConsole("\u{1B}[6n")
    standard.flush()
    var answer: [UInt8] = []
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    while answer.last != UInt8(ascii: "R"), answer.count < 32, poll(&descriptor, 1, 1000) > 0 {
      var byte: UInt8 = 0
      guard read(STDIN_FILENO, &byte, 1) == 1 else { break }
      answer.append(byte)
    }
    let text = String(decoding: answer, as: UTF8.self)
    guard let start = text.lastIndex(of: "["), text.hasSuffix("R") else { return (0, 0) }
    let numbers = text[text.index(after: start)..<text.index(before: text.endIndex)]
      .split(separator: ";").compactMap { Int($0) }
    guard numbers.count == 2 else { return (0, 0) }
    return (numbers[1] - 1, numbers[0] - 1)
  }

  /// Moves the cursor (on a terminal only).
  static func move(x: Int, y: Int, host: ShellHost) {
    ConsoleMembers.write("\u{1B}[\(y + 1);\(x + 1)H", host: host, onlyTerminal: true)
  }

  /// A System.Management.Automation.Host.Coordinates: X and Y.
  static func coordinates(x: Int, y: Int) -> Value {
    let object = PSObject(
      typeNames: [
        "System.Management.Automation.Host.Coordinates", "System.ValueType", "System.Object",
      ])
    object.set("X", .int(Int32(clamping: x)))
    object.set("Y", .int(Int32(clamping: y)))
    object.stringValue = { "\(x),\(y)" }
    return .object(object)
  }

  /// The X and Y of a Coordinates value or of a hashtable such as `@{X = 0; Y = 0}`.
  static func point(of value: Value) -> (x: Int, y: Int)? {
    switch value.unwrapped {
    case .object(let object):
      guard let x = object.value(of: "X")?.intValue, let y = object.value(of: "Y")?.intValue
      else { return nil }
      return (x, y)
    case .hashtable(let table):
      var x: Int?
      var y: Int?
      for (key, item) in table.entries {
        switch key.toText().lowercased() {
        case "x": x = item.intValue
        case "y": y = item.intValue
        default: return nil
        }
      }
      guard let x, let y else { return nil }
      return (x, y)
    default:
      return nil
    }
  }
}
