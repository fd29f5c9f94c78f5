/// What the collections need to know of `[StringComparer]::OrdinalIgnoreCase` and its siblings:
/// a comparer handed to a `HashSet[string]` or `Dictionary[string,T]` makes its keys ignore case.
public enum StringComparerValue {
  public static let typeName = "System.StringComparer"

  /// Marks a comparer object (`StringComparisonMembers.comparer`) with whether it ignores case.
  static func mark(_ comparer: PSObject, ignoresCase: Bool) {
    comparer.base = Marker(ignoresCase: ignoresCase)
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
