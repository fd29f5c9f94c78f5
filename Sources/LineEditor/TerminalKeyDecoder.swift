import KeyBindings

/// What the bytes after an escape stand for: a key, the start or end of a bracketed paste, or
/// a sequence no key sends here (which is swallowed whole rather than typed).
enum TerminalInput: Equatable {
  case key(KeyPress)
  case pasteStart
  case pasteEnd
  case unknown(String)
}

/// Decodes the escape sequences xterm, tmux, screen, rxvt, the Linux console and PuTTY send for
/// keys, so that every form of a key reaches the same binding.
///
/// CSI sequences (`ESC [ params final`) carry xterm's modifier parameter (`ESC[1;5D` is
/// Ctrl+LeftArrow; the older `ESC[5D` puts it first); `~` sequences number the editing and
/// function keys (`ESC[1~` and `ESC[7~` are Home); rxvt marks Ctrl and Shift with `^` and `$`
/// finals and sends `ESC O d` for Ctrl+LeftArrow; SS3 sequences (`ESC O H`) are the keypad
/// forms; an escape before another key is Alt. A sequence is read to its final byte even when
/// it means nothing, so no part of it is ever inserted.
enum TerminalKeyDecoder {
  /// The longest sequence read before giving up on finding its final byte.
  static let maximumLength = 32

  /// Decodes what follows an escape; `next` returns the next character, or nil at end of
  /// input.
  static func decodeEscape(_ next: () -> Unicode.Scalar?) -> TerminalInput {
    guard let scalar = next() else { return .key(KeyPress("Escape")) }
    switch scalar {
    case "[": return csi(next)
    case "O": return ss3(next)
    case "\u{1B}":
      let inner = decodeEscape(next)
      if case .key(let key) = inner { return .key(key.withAlt) }
      return inner
    default:
      return .key(plainKey(scalar).withAlt)
    }
  }

  /// The key one character stands for without an escape: a control key or the character.
  static func plainKey(_ scalar: Unicode.Scalar) -> KeyPress {
    if scalar.value < 0x20 || scalar.value == 0x7F,
      let key = KeyPress.control(byte: UInt8(scalar.value))
    {
      return key
    }
    return scalar == " " ? KeyPress("Spacebar") : KeyPress(String(scalar))
  }

  private static func csi(_ next: () -> Unicode.Scalar?) -> TerminalInput {
    var parameters = ""
    while parameters.count < maximumLength, let scalar = next() {
      switch scalar.value {
      case 0x30...0x3F, 0x20...0x2F:
        parameters.unicodeScalars.append(scalar)
      case 0x40...0x7E:
        if scalar == "[", parameters.isEmpty, let letter = next() {
          // The Linux console's F1-F5: ESC [ [ A to ESC [ [ E.
          return named(linuxConsoleFunctionKeys[letter], modifier: 1, sequence: "[[\(letter)")
        }
        return decodeCSI(parameters, final: scalar)
      default:
        return .unknown("[" + parameters + String(scalar))
      }
    }
    return .unknown("[" + parameters)
  }

  private static func decodeCSI(_ parameters: String, final: Unicode.Scalar) -> TerminalInput {
    // Private parameters (`?`, `>`) and intermediates belong to terminal reports, not keys.
    guard parameters.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ";") }) else {
      return .unknown("[" + parameters + String(final))
    }
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false)
      .map { Int($0) }
    let first = numbers.first.flatMap { $0 }
    let second = numbers.count > 1 ? numbers[1] : nil
    let sequence = "[" + parameters + String(final)
    switch final {
    case "~", "^", "$", "@":
      if first == 200 { return .pasteStart }
      if first == 201 { return .pasteEnd }
      let rxvt: Int = final == "^" ? 5 : final == "$" ? 2 : final == "@" ? 6 : 1
      return named(first.flatMap { tildeKeys[$0] }, modifier: second ?? rxvt, sequence: sequence)
    case "u":
      guard let code = first, let scalar = Unicode.Scalar(code) else { return .unknown(sequence) }
      return .key(applying(second ?? 1, to: plainKey(scalar)))
    case "Z":
      return .key(KeyPress("Tab", shift: true))
    case "a", "b", "c", "d":
      return named(
        letterKeys[Character(String(final).uppercased())], modifier: 2, sequence: sequence)
    default:
      // Arrows, Home, End and F1-F4: ESC[1;5D, or ESC[5D with the modifier alone.
      let modifier = second ?? (numbers.count == 1 && (first ?? 1) > 1 ? first : nil) ?? 1
      return named(letterKeys[Character(String(final))], modifier: modifier, sequence: sequence)
    }
  }

  private static func ss3(_ next: () -> Unicode.Scalar?) -> TerminalInput {
    var digits = ""
    while digits.count < maximumLength, let scalar = next() {
      if ("0"..."9").contains(scalar) || scalar == ";" {
        digits.unicodeScalars.append(scalar)
        continue
      }
      let sequence = "O" + digits + String(scalar)
      let modifier = digits.split(separator: ";").last.flatMap { Int($0) } ?? 1
      switch scalar {
      case "a", "b", "c", "d":
        // rxvt's Ctrl+arrows.
        return named(
          letterKeys[Character(scalar.properties.uppercaseMapping)], modifier: 5,
          sequence: sequence)
      case "M":
        return .key(KeyPress("Enter"))
      default:
        return named(letterKeys[Character(String(scalar))], modifier: modifier, sequence: sequence)
      }
    }
    return .unknown("O" + digits)
  }

  private static func named(_ name: String?, modifier: Int, sequence: String) -> TerminalInput {
    guard let name else { return .unknown(sequence) }
    return .key(applying(modifier, to: KeyPress(name)))
  }

  /// Adds xterm's modifier parameter to a key: one more than the sum of Shift 1, Alt 2,
  /// Ctrl 4 and Meta 8 (taken as Alt).
  static func applying(_ modifier: Int, to key: KeyPress) -> KeyPress {
    let bits = max(modifier - 1, 0)
    return KeyPress(
      key.key, shift: key.isShift || bits & 1 != 0, control: key.isControl || bits & 4 != 0,
      alt: key.isAlt || bits & 2 != 0 || bits & 8 != 0)
  }

  /// The keys of CSI and SS3 sequences that end in a letter.
  static let letterKeys: [Character: String] = [
    "A": "UpArrow", "B": "DownArrow", "C": "RightArrow", "D": "LeftArrow", "H": "Home",
    "F": "End", "P": "F1", "Q": "F2", "R": "F3", "S": "F4",
  ]

  /// The keys of `ESC [ n ~`, by n (VT220, xterm, rxvt and screen numbering).
  static let tildeKeys: [Int: String] = [
    1: "Home", 2: "Insert", 3: "Delete", 4: "End", 5: "PageUp", 6: "PageDown", 7: "Home",
    8: "End", 11: "F1", 12: "F2", 13: "F3", 14: "F4", 15: "F5", 17: "F6", 18: "F7", 19: "F8",
    20: "F9", 21: "F10", 23: "F11", 24: "F12", 25: "F13", 26: "F14", 28: "F15", 29: "F16",
    31: "F17", 32: "F18", 33: "F19", 34: "F20",
  ]

  static let linuxConsoleFunctionKeys: [Unicode.Scalar: String] = [
    "A": "F1", "B": "F2", "C": "F3", "D": "F4", "E": "F5",
  ]
}
