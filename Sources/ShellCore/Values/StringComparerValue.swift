/// `[StringComparer]::OrdinalIgnoreCase` and its siblings: the comparers scripts hand to a
/// `HashSet[string]` or `Dictionary[string,T]` to make its keys ignore case.
public enum StringComparerValue {
  public static let typeName = "System.StringComparer"

  /// The comparer names `[StringComparer]` has as static properties.
  static let names = [
    "Ordinal", "OrdinalIgnoreCase", "InvariantCulture", "InvariantCultureIgnoreCase",
    "CurrentCulture", "CurrentCultureIgnoreCase",
  ]

  /// `[StringComparer]::<name>`; nil for a name it does not have.
  static func named(_ name: String) -> Value? {
    guard let canonical = names.first(where: { $0.lowercased() == name.lowercased() }) else {
      return nil
    }
    let comparer = PSObject(typeNames: [
      "System.\(canonical.hasPrefix("Ordinal") ? "Ordinal" : "Culture")Comparer", typeName,
      "System.Object",
    ])
    comparer.base = Marker(ignoresCase: canonical.hasSuffix("IgnoreCase"))
    comparer.stringValue = { comparer.typeName }
    return .object(comparer)
  }

  /// Whether a comparer value ignores case; nil when the value is no string comparer.
  static func ignoresCase(_ value: Value) -> Bool? {
    guard case .object(let object) = value, let marker = object.base as? Marker else { return nil }
    return marker.ignoresCase
  }

  private final class Marker {
    let ignoresCase: Bool
    init(ignoresCase: Bool) { self.ignoresCase = ignoresCase }
  }
}
