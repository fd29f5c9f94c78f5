import ShellCore

/// The -Path / -LiteralPath pair the item and location cmdlets share: a wildcard path by
/// position or from the pipeline, or a path taken as written from a piped item's PSPath.
enum ItemPathParameters {
  /// The two declarations, their help naming what the paths are (`"items to copy"`);
  /// `allowsEmpty` lets them take null, empty strings and empty arrays (Test-Path's
  /// AllowNull, AllowEmptyString and AllowEmptyCollection).
  static func pathAndLiteralPath(_ what: String, allowsEmpty: Bool = false)
    -> [ParameterDeclaration]
  {
    [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName],
        sets: ["Path"], help: "The \(what); wildcards are permitted.", allowNull: allowsEmpty,
        allowEmptyString: allowsEmpty, allowEmptyCollection: allowsEmpty),
      ParameterDeclaration(
        "LiteralPath", .stringArray, mandatory: true, pipeline: .byPropertyName,
        sets: ["LiteralPath"], aliases: ["PSPath", "LP"],
        help: "The \(what), taken exactly as written.", allowNull: allowsEmpty,
        allowEmptyString: allowsEmpty, allowEmptyCollection: allowsEmpty),
    ]
  }
}
