import ShellCore

/// Screen-cell arithmetic for formatted text, as PowerShell's DisplayCells does it.
///
/// East Asian wide characters take two cells, every other UTF-16 unit one, and ANSI escape
/// sequences none, so that widths are always computed on the text without styling.
public enum DisplayCells {
  /// The number of screen cells `text` occupies.
  static func width(_ text: String) -> Int {
    var total = 0
    var escape = EscapeScanner()
    for scalar in text.unicodeScalars where !escape.consumes(scalar) {
      total += width(of: scalar)
    }
    return total
  }

  /// The cells one character takes (PowerShell's `LengthInBufferCells`, per UTF-16 unit).
  static func width(of scalar: Unicode.Scalar) -> Int {
    let code = scalar.value
    if code > 0xFFFF { return 2 }
    let isWide =
      code >= 0x1100
      && (code <= 0x115F || code == 0x2329 || code == 0x232A
        || (code >= 0x2E80 && code <= 0xA4CF && code != 0x303F)
        || (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF)
        || (code >= 0xFE30 && code <= 0xFE6F) || (code >= 0xFF00 && code <= 0xFF60)
        || (code >= 0xFFE0 && code <= 0xFFE6))
    return isWide ? 2 : 1
  }

  /// The longest start of `text` that fits in `cells` cells.
  static func head(_ text: String, cells: Int) -> String {
    var used = 0
    var result = String.UnicodeScalarView()
    var escape = EscapeScanner()
    for scalar in text.unicodeScalars {
      if escape.consumes(scalar) {
        result.append(scalar)
        continue
      }
      let size = width(of: scalar)
      if used + size > cells { break }
      used += size
      result.append(scalar)
    }
    return String(result)
  }

  /// The longest end of `text` that fits in `cells` cells.
  static func tail(_ text: String, cells: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    var used = 0
    var start = scalars.count
    while start > 0 {
      let size = width(of: scalars[start - 1])
      if used + size > cells { break }
      used += size
      start -= 1
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start...])
    return String(view)
  }

  /// `count` spaces (none for a negative count).
  static func spaces(_ count: Int) -> String {
    count > 0 ? String(repeating: " ", count: count) : ""
  }

  /// Pads `text` to `cells` cells with the given alignment; longer text is left alone.
  ///
  /// With `trailing == false` no spaces are added after the text (the last column of a row).
  static func pad(
    _ text: String, to cells: Int, alignment: FormatAlignment, trailing: Bool = true
  ) -> String {
    let missing = cells - width(text)
    guard missing > 0 else { return text }
    switch alignment {
    case .left: return trailing ? text + spaces(missing) : text
    case .right: return spaces(missing) + text
    case .center:
      let left = missing / 2
      return spaces(left) + text + (trailing ? spaces(missing - left) : "")
    }
  }

  /// Fits `text` into `cells` cells: longer text keeps `cells - 1` cells and gets `…`
  /// (at the start for right alignment); a one-cell column is cut without an ellipsis.
  static func truncate(_ text: String, to cells: Int, alignment: FormatAlignment) -> String {
    guard width(text) > cells else { return text }
    guard cells > 1 else { return head(text, cells: max(cells, 0)) }
    if alignment == .right { return "…" + tail(text, cells: cells - 1) }
    return head(text, cells: cells - 1) + "…"
  }

  /// Splits text at line breaks (`\r\n`, `\n`, `\r`).
  public static func lines(_ text: String) -> [String] {
    var result: [String] = []
    var current = String.UnicodeScalarView()
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if !previousWasCarriageReturn { result.append(String(current)) }
        current = String.UnicodeScalarView()
        previousWasCarriageReturn = false
      } else if scalar == "\r" {
        result.append(String(current))
        current = String.UnicodeScalarView()
        previousWasCarriageReturn = true
      } else {
        current.append(scalar)
        previousWasCarriageReturn = false
      }
    }
    result.append(String(current))
    return result
  }

  /// Wraps one line (no line breaks) into pieces of at most `cells` cells.
  ///
  /// With `words`, breaks at spaces where it can (PowerShell does so for en, fr, de, it, pt
  /// and es cultures) and cuts words longer than a line; otherwise cuts every `cells` cells.
  static func wrap(_ line: String, cells: Int, words: Bool) -> [String] {
    guard cells > 0 else { return [line] }
    if width(line) <= cells { return [line] }
    if !words { return hardWrap(line, cells: cells) }
    var result: [String] = []
    var current = ""
    var currentWidth = 0
    for word in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      let wordWidth = width(word)
      let needed = currentWidth == 0 ? wordWidth : currentWidth + 1 + wordWidth
      if needed <= cells {
        current = currentWidth == 0 && current.isEmpty ? word : current + " " + word
        currentWidth = needed
        continue
      }
      if !current.isEmpty || currentWidth > 0 { result.append(current) }
      if wordWidth > cells {
        var pieces = hardWrap(word, cells: cells)
        current = pieces.removeLast()
        result += pieces
        currentWidth = width(current)
      } else {
        current = word
        currentWidth = wordWidth
      }
    }
    result.append(current)
    return result
  }

  private static func hardWrap(_ line: String, cells: Int) -> [String] {
    // One pass over the line: a 500,000-character value wraps in time linear in its length.
    var result: [String] = []
    var piece = String.UnicodeScalarView()
    var used = 0
    var escape = EscapeScanner()
    var isStuck = false
    for scalar in line.unicodeScalars {
      if isStuck || escape.consumes(scalar) {
        piece.append(scalar)
        continue
      }
      let size = width(of: scalar)
      if used + size > cells {
        if used == 0 {
          // A character wider than the whole width: the rest of the line stays on this line.
          isStuck = true
          piece.append(scalar)
          continue
        }
        result.append(String(piece))
        piece = String.UnicodeScalarView()
        used = 0
      }
      piece.append(scalar)
      used += size
    }
    result.append(String(piece))
    return result
  }

  /// Removes ANSI escape sequences (for PlainText rendering of styled values).
  static func stripEscapes(_ text: String) -> String {
    guard text.contains("\u{1B}") else { return text }
    var result = String.UnicodeScalarView()
    var escape = EscapeScanner()
    for scalar in text.unicodeScalars where !escape.consumes(scalar) {
      result.append(scalar)
    }
    return String(result)
  }
}

/// Recognises ANSI escape sequences (CSI `ESC [ ... final` and OSC `ESC ] ... BEL/ST`) one
/// scalar at a time.
struct EscapeScanner {
  private enum State { case text, escape, csi, osc, oscEscape }
  private var state = State.text

  /// True when `scalar` belongs to an escape sequence.
  mutating func consumes(_ scalar: Unicode.Scalar) -> Bool {
    switch state {
    case .text:
      if scalar == "\u{1B}" {
        state = .escape
        return true
      }
      return false
    case .escape:
      state = scalar == "[" ? .csi : scalar == "]" ? .osc : .text
      return true
    case .csi:
      if (0x40...0x7E).contains(scalar.value) { state = .text }
      return true
    case .osc:
      if scalar == "\u{07}" {
        state = .text
      } else if scalar == "\u{1B}" {
        state = .oscEscape
      }
      return true
    case .oscEscape:
      state = .text
      return true
    }
  }
}
