/// A type a command says it writes (`[OutputType]`), with the property names its objects carry.
///
/// Get-Command shows the name as `OutputType`; tab completion offers the properties to the
/// commands that read properties of their input (`Select-Object`, `Sort-Object`,
/// `Where-Object`, `$_.` in a script block), as pwsh's completers infer them from
/// `[OutputType]`. The property names come from the code that builds the objects, so the two
/// cannot disagree.
public struct OutputTypeDeclaration: Sendable {
  /// The full type name, such as `Microsoft.ActiveDirectory.Management.ADUser`.
  public let name: String
  /// The properties an object of the type can have, in display order.
  public let properties: [String]

  public init(_ name: String, properties: [String] = []) {
    self.name = name
    self.properties = properties
  }
}
