// Key policy: libedit reads the keys, but every control key, Escape and any printable key
// with a binding runs one command, `adsh-key`, which decodes the key (reading the rest of an
// escape sequence itself, so no part of an unknown sequence is ever inserted), looks the
// chord up in the EditorConfiguration and runs its EditFunction. The few functions libedit
// already does well (accepting the line, incremental search, clearing the screen) are reached
// by pushing a C1 control character bound to the libedit command; no keyboard sends those.

import CEditLine
import CEditLineShim
import KeyBindings

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LineEditor {
  /// libedit's own commands, each reached through one C1 control character.
  static let libeditCommands: [(scalar: UInt32, command: String)] = [
    (0x91, "ed-newline"), (0x92, "em-inc-search-prev"), (0x93, "em-inc-search-next"),
    (0x94, "ed-clear-screen"), (0x95, "vi-command-mode"),
  ]

  /// How long a lone Escape waits for the rest of a sequence before it counts as the Escape
  /// key (PSReadLine's default AnsiEscapeTimeout), when Escape itself is bound.
  static let escapeTimeoutMilliseconds: Int32 = 100

  static let bracketedPasteOn = "\u{1B}[?2004h"
  static let bracketedPasteOff = "\u{1B}[?2004l"

  /// Binds the C1 characters to libedit's commands.
  private func bindLibeditCommands() {
    for (scalar, command) in Self.libeditCommands {
      adsh_el_bind(editor, Self.octal(scalar), command)
    }
  }

  /// Applies changed bindings, starts the line's edit state afresh and turns on bracketed
  /// paste (turned off again when the read ends, so programs the shell runs never see it).
  func prepareForRead() {
    let mode = configuration.options.editMode
    if appliedEditMode != mode {
      // Choosing a mode resets libedit's key maps to that mode's own.
      adsh_el_set_editor(editor, mode == .vi ? "vi" : "emacs")
      appliedEditMode = mode
      appliedRevision = -1
    }
    if appliedRevision != configuration.revision {
      applyBindings()
      appliedRevision = configuration.revision
    }
    lastEdit = nil
    lastYank = nil
    isRecallLoaded = false
    writeOutput(Self.bracketedPasteOn)
  }

  /// Points every control key and Escape at `adsh-key`, and each printable key at it only
  /// when some chord starts with that key.
  private func applyBindings() {
    bindLibeditCommands()
    if configuration.options.editMode == .vi {
      adsh_el_bind_alternate(editor, Self.octal(0x1B), Self.commandModeKeyCommandName)
    }
    let boundBytes = Set(configuration.bindings.compactMap { $0.chord.keys.first?.singleByte })
    for byte in UInt32(1)...0x7F {
      let isControl = byte < 0x20 || byte == 0x7F
      let command =
        isControl || boundBytes.contains(UInt8(byte)) ? Self.keyCommandName : "ed-insert"
      adsh_el_bind(editor, Self.octal(byte), command)
    }
  }

  /// libedit's key syntax for one character: a backslash and three octal digits.
  private static func octal(_ scalar: UInt32) -> String {
    let digits = String(scalar, radix: 8)
    return "\\" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
  }

  /// Runs the binding of the key that starts with `first`.
  ///
  /// In vi command mode only Escape comes here: a lone one does nothing, and a sequence (an
  /// arrow key) runs its binding.
  func dispatch(_ first: Int32, inCommandMode: Bool = false) -> UInt8 {
    let key = decodeKey(
      startingWith: UInt32(bitPattern: first),
      loneEscape: inCommandMode || configuration.function(for: KeyChord(KeyPress("Escape"))) != nil)
    if wasInterrupted { return cancelLine() }
    guard let key else { return pendingResult() }
    var chord = KeyChord(key)
    if configuration.startsChord(key) {
      let second = readKey()
      if wasInterrupted { return cancelLine() }
      guard let second else { return pendingResult() }
      chord = KeyChord([key, second])
    }
    guard let function = configuration.function(for: chord),
      !(inCommandMode && function == .viCommandMode)
    else { return bell() }
    return run(function)
  }

  /// The key whose first character was `value`, reading an escape sequence to its end.
  ///
  /// Nil when reading failed; a paste start runs the paste and gives no key.
  private func decodeKey(startingWith value: UInt32, loneEscape: Bool = false) -> KeyPress? {
    guard let scalar = Unicode.Scalar(value) else { return nil }
    guard scalar == "\u{1B}" else { return TerminalKeyDecoder.plainKey(scalar) }
    if loneEscape, !isInputPending() { return KeyPress("Escape") }
    switch TerminalKeyDecoder.decodeEscape({ readScalar() }) {
    case .key(let key): return key
    case .pasteStart:
      pendingCode = paste()
      return nil
    case .pasteEnd, .unknown:
      pendingCode = bell()
      return nil
    }
  }

  /// The next key, for the second key of a chord.
  private func readKey() -> KeyPress? {
    guard let scalar = readScalar() else { return nil }
    return decodeKey(startingWith: scalar.value)
  }

  /// Whether more input arrives within the escape timeout.
  private func isInputPending() -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, Self.escapeTimeoutMilliseconds) > 0
  }

  /// Reads one character inside a command; nil at end of input or when a signal interrupts.
  func readScalar() -> Unicode.Scalar? {
    var character: wchar_t = 0
    guard el_wgetc(editor, &character) == 1 else {
      if errno == EINTR { wasInterrupted = true }
      return nil
    }
    return Unicode.Scalar(UInt32(bitPattern: character))
  }

  /// What a command returns when decoding gave no key: the paste's result, or the bell of an
  /// unknown sequence or of input that ended.
  private func pendingResult() -> UInt8 {
    defer { pendingCode = nil }
    return pendingCode ?? bell()
  }

  /// Ends the read with an empty line after Ctrl-C interrupted a command's own read, so that
  /// ``readLine(prompt:)`` reports the interruption as it does when libedit's read is cut.
  func cancelLine() -> UInt8 {
    pendingCode = nil
    setLine(LineBuffer("", cursor: 0), replacing: currentLine())
    return runLibedit(0x91)
  }

  /// Signals a key that does nothing, as -BellStyle says.
  func bell() -> UInt8 {
    switch configuration.options.bellStyle {
    case .none: return Self.code(CC_REFRESH)
    case .audible: return Self.code(CC_REFRESH_BEEP)
    case .visual:
      // DECSCNM: the screen flashes in reverse video.
      writeOutput("\u{1B}[?5h")
      usleep(100_000)
      writeOutput("\u{1B}[?5l")
      return Self.code(CC_REFRESH)
    }
  }

  /// Runs a libedit command by pushing its C1 character.
  func runLibedit(_ scalar: UInt32) -> UInt8 {
    var text: [wchar_t] = [wchar_t(bitPattern: scalar), 0]
    el_wpush(editor, &text)
    return Self.code(CC_NORM)
  }

  static func code(_ value: Int32) -> UInt8 {
    UInt8(truncatingIfNeeded: value)
  }
}

/// The libedit command bound to Escape in vi command mode: forwards to the owning editor.
func dispatchCommandModeKey(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
  guard let owner = LineEditor.owner(of: editor) else {
    return UInt8(truncatingIfNeeded: CC_ERROR)
  }
  return owner.dispatch(key, inCommandMode: true)
}

/// The libedit command bound to the keys: forwards to the owning editor.
func dispatchKey(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
  guard let owner = LineEditor.owner(of: editor) else {
    return UInt8(truncatingIfNeeded: CC_ERROR)
  }
  return owner.dispatch(key)
}
