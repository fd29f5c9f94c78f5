import Foundation

/// How Select-String -SimpleMatch compares text under -Culture, as .NET's CompareInfo.IndexOf
/// does: `Ordinal` compares characters (ignoring case by simple case mapping), `Invariant`
/// and culture names compare linguistically, with that culture's case rules (in tr-TR, `I`
/// is the capital of `ı`, not of `i`).
struct SelectStringCulture {
  /// The names -Culture accepts: the three special ones, then every culture name.
  static let names: [String] = {
    let cultures = Locale.availableIdentifiers.map { $0.replacingOccurrences(of: "_", with: "-") }
    return ["Ordinal", "Invariant", "Current"] + cultures.sorted()
  }()

  private let literal: Bool
  private let locale: Locale?

  /// The comparison for a -Culture name; nil (the parameter not given) is the current culture.
  init(_ name: String?) {
    switch name?.lowercased() {
    case "ordinal"?:
      literal = true
      locale = nil
    case "invariant"?:
      literal = false
      locale = nil
    case nil, "current"?:
      literal = false
      locale = Locale.current
    case let culture?:
      literal = false
      locale = Locale(identifier: culture.replacingOccurrences(of: "-", with: "_"))
    }
  }

  /// The first place `text` occurs in `line`.
  func range(of text: String, in line: String, caseSensitive: Bool) -> Range<String.Index>? {
    var options: String.CompareOptions = caseSensitive ? [] : [.caseInsensitive]
    if literal { options.insert(.literal) }
    return line.range(of: text, options: options, locale: locale)
  }
}
