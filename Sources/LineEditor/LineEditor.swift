import CEditLine
import CEditLineShim
import KeyBindings

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a terminal with editing, history and Tab completion, using libedit.
///
/// One instance owns one libedit editor and one history list. Keys are PSReadLine's: an
/// ``EditorConfiguration`` binds chords to ``EditFunction``s, which this type runs on libedit's
/// buffer (see LineEditor+Keys.swift). It is meant for an interactive terminal; read piped input with
/// ``readPlainLine(prompt:)``. A caller that needs a continuation prompt simply calls
/// ``readLine(prompt:)`` again with that prompt (e.g. `">> "`).
///
/// libedit calls back into this object through its client-data pointer, so the editor must
/// stay alive, and on one thread, while a read is in progress.
public final class LineEditor {
  /// Proposes completions for the line being edited; it is called when Tab is pressed.
  ///
  /// `line` is the whole line and `cursor` the cursor position as a UTF-8 offset into it.
  /// The result replaces the text from the UTF-8 offset `replaceFrom` up to the cursor: one
  /// candidate is inserted as is; with several, their longest common prefix is inserted and
  /// all of them are listed below the line.
  public var completer: Completer?

  /// The type of ``completer``: from the line and cursor, the start of the text to replace
  /// and the candidates to replace it with.
  public typealias Completer = (_ line: String, _ cursor: Int) -> (
    replaceFrom: Int, candidates: [String]
  )

  /// Whether the last ``readLine(prompt:)`` was cut short by a signal such as Ctrl-C.
  public internal(set) var wasInterrupted = false

  /// The key bindings and options this editor follows; the PSReadLine cmdlets change them.
  public let configuration: EditorConfiguration
  /// The configuration revision last applied to libedit's key map.
  var appliedRevision = -1
  /// The edit mode libedit's key maps were last set up for.
  var appliedEditMode: EditorOptions.EditMode?
  var killRing = KillRing()
  var recall = HistoryRecall()
  /// Whether `recall` holds this read's copy of the history.
  var isRecallLoaded = false
  /// The function run last and the line it left, so that a kill after a kill joins it and
  /// YankPop follows only a yank; typing in between makes them independent again.
  var lastEdit: (function: EditFunction, line: LineBuffer)?
  /// Where the last yank put its text (scalar offsets), for YankPop to replace it.
  var lastYank: Range<Int>?
  /// What a key command returns after reading stopped early (a paste, or an unknown
  /// sequence's bell).
  var pendingCode: UInt8?

  let editor: OpaquePointer
  let history: OpaquePointer
  private var promptText: UnsafeMutablePointer<CChar>

  /// Creates an editor on the process's standard input and output.
  ///
  /// `programName` selects the `~/.editrc` section libedit would apply; this type does not
  /// read `.editrc`, so the name only shows in libedit's diagnostics.
  public init(programName: String, configuration: EditorConfiguration = EditorConfiguration()) {
    self.configuration = configuration
    Self.useCharacterLocale()
    guard let editor = adsh_el_init_stdio(programName), let history = history_init() else {
      // Only an allocation failure gets here; no input can.
      preconditionFailure("libedit could not allocate an editor")
    }
    self.editor = editor
    self.history = history
    self.promptText = Self.copyCString("")

    adsh_history_set_size(history, Self.historySize)
    adsh_history_set_unique(history, 1)
    adsh_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    adsh_el_set_prompt(editor, supplyPrompt)
    adsh_el_set_editor(editor, "emacs")
    adsh_el_set_signal(editor, 1)
    adsh_el_set_history(editor, history)
    adsh_el_add_function(editor, Self.keyCommandName, "Run the key's binding", dispatchKey)
    adsh_el_add_function(
      editor, Self.commandModeKeyCommandName, "Run the key's binding in vi command mode",
      dispatchCommandModeKey)
  }

  deinit {
    adsh_el_set_clientdata(editor, nil)
    el_end(editor)
    history_end(history)
    promptText.deallocate()
  }

  /// Shows `prompt`, reads one edited line and returns it without its newline.
  ///
  /// Returns nil at end of input (Ctrl-D on an empty line). When a signal such as Ctrl-C
  /// interrupts the read, returns an empty string and sets ``wasInterrupted``, so that a
  /// caller can abandon a multi-line entry; the cursor is then moved to a fresh line.
  public func readLine(prompt: String) -> String? {
    setPrompt(prompt)
    wasInterrupted = false
    prepareForRead()
    var count: Int32 = 0
    let line = el_gets(editor, &count)
    writeOutput(Self.bracketedPasteOff)
    guard let raw = line, count > 0 else {
      if count < 0 && errno == EINTR {
        wasInterrupted = true
        adsh_el_write_output(editor, "\n")
        return ""
      }
      return nil
    }
    var bytes = UnsafeRawBufferPointer(start: raw, count: strlen(raw))[...]
    if bytes.last == UInt8(ascii: "\n") {
      bytes = bytes.dropLast()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads one line from standard input without editing, for input that is not a terminal.
  ///
  /// The prompt is written first (if not empty). Returns nil at end of input.
  public static func readPlainLine(prompt: String) -> String? {
    if !prompt.isEmpty {
      print(prompt, terminator: "")
      fflush(nil)
    }
    return Swift.readLine(strippingNewline: true)
  }

  /// The libedit command name every bound key runs (see LineEditor+Keys.swift).
  static let keyCommandName = "adsh-key"

  /// The libedit command name Escape runs in vi command mode.
  static let commandModeKeyCommandName = "adsh-command-key"

  /// The most entries the history keeps; older ones are dropped first.
  static let historySize: Int32 = 4096

  /// The editor behind a libedit handle, read from its client data.
  static func owner(of editor: OpaquePointer?) -> LineEditor? {
    guard let editor, let data = adsh_el_get_clientdata(editor) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  /// Writes text below the line being edited, to the editor's output stream.
  func writeOutput(_ text: String) {
    adsh_el_write_output(editor, text)
  }

  /// The prompt libedit shows; the pointer stays valid until the next ``setPrompt(_:)``.
  var currentPrompt: UnsafeMutablePointer<CChar> { promptText }

  private func setPrompt(_ prompt: String) {
    promptText.deallocate()
    promptText = Self.copyCString(prompt)
  }

  private static func copyCString(_ text: String) -> UnsafeMutablePointer<CChar> {
    let utf8 = Array(text.utf8CString)
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
    copy.initialize(from: utf8, count: utf8.count)
    return copy
  }

  /// Switches character classification to the environment's locale (or C.UTF-8), so that
  /// libedit edits UTF-8 text as characters rather than bytes.
  private static func useCharacterLocale() {
    guard let current = setlocale(LC_CTYPE, nil) else { return }
    let name = String(cString: current)
    guard name == "C" || name == "POSIX" else { return }
    if let chosen = setlocale(LC_CTYPE, ""), String(cString: chosen) != "C" {
      return
    }
    setlocale(LC_CTYPE, "C.UTF-8")
  }
}

/// libedit's prompt function: returns the prompt of the editor that owns `editor`.
private func supplyPrompt(_ editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
  LineEditor.owner(of: editor)?.currentPrompt ?? emptyPrompt
}

/// A prompt for the moment before an editor is attached to its libedit handle.
nonisolated(unsafe) private let emptyPrompt: UnsafeMutablePointer<CChar> = {
  let text = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
  text.initialize(to: 0)
  return text
}()
