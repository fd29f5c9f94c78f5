/// `$ErrorActionPreference` / `-ErrorAction` values (about_Preference_Variables).
public enum ActionPreference: String, CaseIterable {
  case `continue` = "Continue"
  case silentlyContinue = "SilentlyContinue"
  case stop = "Stop"
  case ignore = "Ignore"
  case inquire = "Inquire"
  case suspend = "Suspend"
  case `break` = "Break"

  /// Parses a preference value case-insensitively; nil when the text is not one.
  public init?(text: String) {
    guard
      let match = ActionPreference.allCases.first(where: {
        $0.rawValue.caseInsensitiveCompare(text) == .orderedSame
      })
    else { return nil }
    self = match
  }
}
