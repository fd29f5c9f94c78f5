import Foundation

/// `[Console]::ReadKey()` and `[Console]::KeyAvailable`: one key from the terminal.
///
/// The terminal is put in non-canonical mode without echo for the read only (as .NET does),
/// and one key's bytes are decoded into a ConsoleKeyInfo: a character, the ConsoleKey name and
/// the modifiers. The key is echoed unless the caller intercepts it. When standard input is
/// not a terminal both fail with .NET's InvalidOperationException text.
public enum ConsoleKeys {
  static func keyAvailable() throws -> Bool {
    guard isatty(STDIN_FILENO) != 0 else {
      throw failure(
        "KeyAvailable",
        "Cannot see if a key has been pressed when either application does not have a console "
          + "or when console input has been redirected. Try Console.In.Peek.", getting: true)
    }
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0
  }

  static func readKey(echo: Bool, host: ShellHost, arguments: Int) throws -> Value {
    keyInfo(try readKeyDecoded(echo: echo, host: host, arguments: arguments))
  }

  /// Reads one key; `arguments` is the count the caller passed, for the error's text.
  public static func readKeyDecoded(
    echo: Bool, host: ShellHost, arguments: Int = 1
  ) throws -> Key {
    guard isatty(STDIN_FILENO) != 0 else {
      throw failure(
        "ReadKey",
        "Cannot read keys when either application does not have a console or when console "
          + "input has been redirected. Try Console.Read.", getting: false, arguments: arguments)
    }
    (host as? StandardHost)?.flush()
    var saved = termios()
    tcgetattr(STDIN_FILENO, &saved)
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    var bytes = [UInt8](repeating: 0, count: 16)
    let count = read(STDIN_FILENO, &bytes, bytes.count)
    guard count > 0 else {
      throw failure(
        "ReadKey", "The console input ended.", getting: false, arguments: arguments)
    }
    let key = decode(Array(bytes.prefix(count)))
    if echo, let character = key.character, !(character.asciiValue.map { $0 < 0x20 } ?? false) {
      ConsoleMembers.write(String(character), host: host, onlyTerminal: false)
    }
    return key
  }

  /// One key as .NET's ConsoleKeyInfo has it.
  public struct Key: Equatable {
    public var character: Character?
    public var name: String
    public var modifiers: [String]
  }

  /// A key's bytes as .NET names them: letters `A`-`Z` (Shift when upper case), digits
  /// `D0`-`D9`, control letters with Control, and the arrows, Enter, Tab, Backspace, Escape
  /// and Spacebar by name; anything else keeps its character with no key name of its own.
  static func decode(_ bytes: [UInt8]) -> Key {
    let arrows: [UInt8: String] = [
      0x41: "UpArrow", 0x42: "DownArrow", 0x43: "RightArrow", 0x44: "LeftArrow", 0x48: "Home",
      0x46: "End",
    ]
    if bytes.count == 3, bytes[0] == 0x1B, bytes[1] == 0x5B || bytes[1] == 0x4F,
      let name = arrows[bytes[2]]
    {
      return Key(character: "\0", name: name, modifiers: [])
    }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let character = text.first else { return Key(character: nil, name: "0", modifiers: []) }
    switch bytes[0] {
    case 0x0D, 0x0A: return Key(character: "\r", name: "Enter", modifiers: [])
    case 0x09: return Key(character: "\t", name: "Tab", modifiers: [])
    case 0x7F, 0x08: return Key(character: "\u{08}", name: "Backspace", modifiers: [])
    case 0x1B: return Key(character: "\u{1B}", name: "Escape", modifiers: [])
    case 0x20: return Key(character: " ", name: "Spacebar", modifiers: [])
    case 0x01...0x1A:
      let letter = Character(Unicode.Scalar(bytes[0] + 0x40))
      return Key(character: character, name: String(letter), modifiers: ["Control"])
    default: break
    }
    if character.isASCII, character.isLetter {
      return Key(
        character: character, name: character.uppercased(),
        modifiers: character.isUppercase ? ["Shift"] : [])
    }
    if character.isASCII, character.isNumber {
      return Key(character: character, name: "D\(character)", modifiers: [])
    }
    return Key(character: character, name: "0", modifiers: [])
  }

  /// A System.ConsoleKeyInfo: KeyChar, Key and Modifiers.
  static func keyInfo(_ key: Key) -> Value {
    let info = PSObject(typeNames: ["System.ConsoleKeyInfo", "System.ValueType", "System.Object"])
    info.set("KeyChar", key.character.map(Value.char) ?? .char("\0"))
    info.set("Key", .string(key.name))
    info.set(
      "Modifiers", .string(key.modifiers.isEmpty ? "0" : key.modifiers.joined(separator: ", ")))
    return .object(info)
  }

  private static func failure(
    _ member: String, _ message: String, getting: Bool, arguments: Int = 0
  ) -> RuntimeError {
    getting
      ? RuntimeError.make(
        "ExceptionWhenGetting", "Exception getting \"\(member)\": \"\(message)\"",
        category: .notSpecified,
        exceptionType: "System.Management.Automation.GetValueInvocationException")
      : RuntimeError.make(
        "InvalidOperationException",
        "Exception calling \"\(member)\" with \"\(arguments)\" argument(s): \"\(message)\"",
        category: .notSpecified,
        exceptionType: "System.Management.Automation.MethodInvocationException")
  }
}
