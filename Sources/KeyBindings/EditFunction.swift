/// The PSReadLine functions this editor implements, by PSReadLine's names, with the
/// descriptions and groups Get-PSReadLineKeyHandler shows.
public enum EditFunction: String, CaseIterable, Sendable {
  case acceptLine = "AcceptLine"
  case backwardDeleteChar = "BackwardDeleteChar"
  case backwardKillInput = "BackwardKillInput"
  case backwardKillLine = "BackwardKillLine"
  case backwardKillWord = "BackwardKillWord"
  case deleteChar = "DeleteChar"
  case deleteCharOrExit = "DeleteCharOrExit"
  case killLine = "KillLine"
  case killWord = "KillWord"
  case revertLine = "RevertLine"
  case swapCharacters = "SwapCharacters"
  case unixWordRubout = "UnixWordRubout"
  case yank = "Yank"
  case yankPop = "YankPop"
  case backwardChar = "BackwardChar"
  case backwardWord = "BackwardWord"
  case beginningOfLine = "BeginningOfLine"
  case endOfLine = "EndOfLine"
  case forwardChar = "ForwardChar"
  case forwardWord = "ForwardWord"
  case nextWord = "NextWord"
  case beginningOfHistory = "BeginningOfHistory"
  case endOfHistory = "EndOfHistory"
  case forwardSearchHistory = "ForwardSearchHistory"
  case historySearchBackward = "HistorySearchBackward"
  case historySearchForward = "HistorySearchForward"
  case nextHistory = "NextHistory"
  case previousHistory = "PreviousHistory"
  case reverseSearchHistory = "ReverseSearchHistory"
  case complete = "Complete"
  case possibleCompletions = "PossibleCompletions"
  case clearScreen = "ClearScreen"
  case viCommandMode = "ViCommandMode"

  /// The function named `name`, compared case-insensitively as Set-PSReadLineKeyHandler does.
  public init?(named name: String) {
    guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() })
    else { return nil }
    self = match
  }

  /// The groups of Get-PSReadLineKeyHandler's listing, in its order.
  public enum Group: Int, CaseIterable, Sendable {
    case basic, cursorMovement, history, completion, prediction, miscellaneous, selection
    case search, custom

    /// The group's heading.
    public var heading: String {
      switch self {
      case .basic: return "Basic editing functions"
      case .cursorMovement: return "Cursor movement functions"
      case .history: return "History functions"
      case .completion: return "Completion functions"
      case .prediction: return "Prediction functions"
      case .miscellaneous: return "Miscellaneous functions"
      case .selection: return "Selection functions"
      case .search: return "Search functions"
      case .custom: return "User defined functions"
      }
    }
  }

  public var group: Group {
    switch self {
    case .acceptLine, .backwardDeleteChar, .backwardKillInput, .backwardKillLine,
      .backwardKillWord, .deleteChar, .deleteCharOrExit, .killLine, .killWord, .revertLine,
      .swapCharacters, .unixWordRubout, .yank, .yankPop:
      return .basic
    case .backwardChar, .backwardWord, .beginningOfLine, .endOfLine, .forwardChar, .forwardWord,
      .nextWord:
      return .cursorMovement
    case .beginningOfHistory, .endOfHistory, .forwardSearchHistory, .historySearchBackward,
      .historySearchForward, .nextHistory, .previousHistory, .reverseSearchHistory:
      return .history
    case .complete, .possibleCompletions: return .completion
    case .clearScreen, .viCommandMode: return .miscellaneous
    }
  }

  /// PSReadLine's description of the function.
  public var description: String {
    switch self {
    case .acceptLine:
      return "Accept the input or move to the next line if input is missing a closing token."
    case .backwardDeleteChar: return "Delete the character before the cursor"
    case .backwardKillInput:
      return "Move the text from the cursor to the beginning of the input to the kill ring"
    case .backwardKillLine:
      return "Move the text from the start of the current logical line to the cursor to the "
        + "kill ring"
    case .backwardKillWord:
      return "Move the text from the start of the current or previous word to the cursor to "
        + "the kill ring"
    case .deleteChar: return "Delete the character under the cursor"
    case .deleteCharOrExit:
      return "Delete the character under the cursor, or if the line is empty, exit the process."
    case .killLine: return "Move the text from the cursor to the end of the input to the kill ring"
    case .killWord:
      return "Move the text from the cursor to the end of the current or next word to the kill "
        + "ring"
    case .revertLine:
      return "Equivalent to undo all edits (clears the line except lines imported from history)"
    case .swapCharacters: return "Swap the current character with the character before it."
    case .unixWordRubout:
      return "Move the text from the cursor to the start of the current or previous whitespace "
        + "delimited word to the kill ring"
    case .yank: return "Copy the text from the current kill ring position to the input"
    case .yankPop:
      return "Replace the previously yanked text with the text from the next kill ring position"
    case .backwardChar: return "Move the cursor back one character"
    case .backwardWord: return "Move the cursor to the beginning of the current or previous word"
    case .beginningOfLine: return "Move the cursor to the beginning of the line"
    case .endOfLine: return "Move the cursor to the end of the line"
    case .forwardChar: return "Move the cursor forward one character"
    case .forwardWord:
      return "Move the cursor forward to the end of the current word, or if between words, to "
        + "the end of the next word. "
    case .nextWord: return "Move the cursor forward to the start of the next word"
    case .beginningOfHistory: return "Move to the first item in the history"
    case .endOfHistory: return "Move to the last item (the current input) in the history"
    case .forwardSearchHistory: return "Search history forward interactively"
    case .historySearchBackward:
      return "Search for the previous item in the history that starts with the current input - "
        + "like PreviousHistory if the input is empty"
    case .historySearchForward:
      return "Search for the next item in the history that starts with the current input - "
        + "like NextHistory if the input is empty"
    case .nextHistory: return "Replace the input with the next item in the history"
    case .previousHistory: return "Replace the input with the previous item in the history"
    case .reverseSearchHistory: return "Search history backwards interactively"
    case .complete:
      return "Complete the input if there is a single completion, otherwise complete the input "
        + "with common prefix for all completions.  Show possible completions if pressed a "
        + "second time."
    case .possibleCompletions: return "Display the possible completions without changing the input"
    case .clearScreen:
      return "Clear the screen and redraw the current line at the top of the screen"
    case .viCommandMode: return "Switch to VI's command mode."
    }
  }
}
