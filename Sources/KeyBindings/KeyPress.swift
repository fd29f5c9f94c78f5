/// One key with its modifiers, named as PSReadLine names keys (`Ctrl+a`, `Alt+b`,
/// `Ctrl+LeftArrow`, `Shift+F8`).
///
/// A letter typed with Ctrl or Alt keeps its case in `key` (`Ctrl+A` is Ctrl+Shift+a), and
/// Shift is then folded into it, as PSReadLine's key strings do; named keys keep Shift as a
/// modifier.
public struct KeyPress: Hashable, Sendable {
  /// The key's name: one character (`a`, `.`), or a System.ConsoleKey name (`LeftArrow`).
  public let key: String
  public let isShift: Bool
  public let isControl: Bool
  public let isAlt: Bool

  public init(_ key: String, shift: Bool = false, control: Bool = false, alt: Bool = false) {
    // One character carries its own shift (`A`), so only named keys keep the modifier.
    let isCharacter = key.count == 1
    self.key = key
    self.isShift = shift && !isCharacter
    self.isControl = control
    self.isAlt = alt
  }

  /// The same key with Alt added, for a key that followed an escape.
  public var withAlt: KeyPress { KeyPress(key, shift: isShift, control: isControl, alt: true) }

  /// PSReadLine's text for the key: modifiers in the order Shift, Ctrl, Alt, then the key.
  public var text: String {
    var parts: [String] = []
    if isShift { parts.append("Shift") }
    if isControl { parts.append("Ctrl") }
    if isAlt { parts.append("Alt") }
    parts.append(key)
    return parts.joined(separator: "+")
  }

  /// The key a control byte (0x00-0x1F, 0x7F) stands for, as a terminal sends it on Linux.
  public static func control(byte: UInt8) -> KeyPress? {
    switch byte {
    case 0x00: return KeyPress("@", control: true)
    case 0x08: return KeyPress("Backspace", control: true)
    case 0x09: return KeyPress("Tab")
    case 0x0A, 0x0D: return KeyPress("Enter")
    case 0x1B: return KeyPress("Escape")
    case 0x1C: return KeyPress("\\", control: true)
    case 0x1D: return KeyPress("]", control: true)
    case 0x1E: return KeyPress("^", control: true)
    case 0x1F: return KeyPress("_", control: true)
    case 0x7F: return KeyPress("Backspace")
    case 0x01...0x1A:
      return KeyPress(String(UnicodeScalar(UInt8(ascii: "a") + byte - 1)), control: true)
    default: return nil
    }
  }

  /// The byte a key sends by itself, when it is one byte: control keys, Enter, Tab,
  /// Backspace and printable characters; nil for keys that send escape sequences.
  public var singleByte: UInt8? {
    guard !isAlt, !isShift else { return nil }
    if isControl {
      if key == "Backspace" { return 0x08 }
      guard let scalar = key.unicodeScalars.first, key.unicodeScalars.count == 1 else {
        return nil
      }
      switch scalar {
      case "a"..."z": return UInt8(scalar.value - 0x60)
      case "A"..."Z": return UInt8(scalar.value - 0x40)
      case "@", "[", "\\", "]", "^", "_": return UInt8(scalar.value - 0x40)
      default: return nil
      }
    }
    switch key {
    case "Enter": return 0x0D
    case "Tab": return 0x09
    case "Backspace": return 0x7F
    case "Escape": return 0x1B
    case "Spacebar": return 0x20
    default:
      guard let scalar = key.unicodeScalars.first, key.unicodeScalars.count == 1,
        scalar.value > 0x20, scalar.value < 0x7F
      else { return nil }
      return UInt8(scalar.value)
    }
  }
}

/// One or two keys pressed in turn (`Ctrl+x,Ctrl+u`), as Set-PSReadLineKeyHandler takes them.
public struct KeyChord: Hashable, Sendable {
  public let keys: [KeyPress]

  public init(_ keys: [KeyPress]) {
    self.keys = keys
  }

  public init(_ key: KeyPress) {
    self.keys = [key]
  }

  /// PSReadLine's text for the chord: its keys joined by commas.
  public var text: String { keys.map(\.text).joined(separator: ",") }
}
