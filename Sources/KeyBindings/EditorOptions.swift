/// The editor's settings that Set-PSReadLineOption changes, with PSReadLine's defaults.
public struct EditorOptions: Equatable, Sendable {
  /// PSReadLine's edit modes; this editor implements Emacs, the default on Linux.
  public enum EditMode: String, CaseIterable, Sendable {
    case windows = "Windows"
    case emacs = "Emacs"
    case vi = "Vi"
  }

  /// How the editor signals a key it cannot act on.
  public enum BellStyle: String, CaseIterable, Sendable {
    case none = "None"
    case visual = "Visual"
    case audible = "Audible"
  }

  /// PSReadLine's default word delimiters (besides white space).
  public static let defaultWordDelimiters = ";:,.[]{}()/\\|!?^&*-=+'\"\u{2013}\u{2014}\u{2015}"

  public var editMode = EditMode.emacs
  public var bellStyle = BellStyle.audible
  /// Whether history recall skips a line it has already shown in this search.
  public var historyNoDuplicates = true
  /// Whether a history search leaves the cursor at the end of the recalled line rather than
  /// after the searched prefix.
  public var historySearchCursorMovesToEnd = false
  public var historySearchCaseSensitive = false
  /// Above this many completions, the editor asks before listing them.
  public var completionQueryItems = 100
  public var wordDelimiters = defaultWordDelimiters

  public init() {}
}
