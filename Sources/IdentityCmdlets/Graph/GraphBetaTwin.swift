import ShellCore

/// Which Graph endpoint the running cmdlet speaks to: v1.0, or beta for the
/// Microsoft.Graph.Beta.* twins.
///
/// The beta modules' cmdlets are generated from the beta API with the same shape as the
/// v1.0 ones: `Get-MgBetaUser` beside `Get-MgUser`, in `Microsoft.Graph.Beta.Users`, writing
/// `Microsoft.Graph.Beta.PowerShell.Models.MicrosoftGraphUser`. The lab answers both from the
/// same tenant, so a twin runs its v1.0 cmdlet with this flag set, and the model and
/// operation names follow it.
enum GraphEndpoint {
  @TaskLocal static var isBeta = false

  static let modelNamespace = "Microsoft.Graph.PowerShell.Models"
  static let betaModelNamespace = "Microsoft.Graph.Beta.PowerShell.Models"

  /// The full name of a model type (`MicrosoftGraphUser`) for the current endpoint.
  static func model(_ name: String) -> String {
    "\(isBeta ? betaModelNamespace : modelNamespace).\(name)"
  }

  /// A v1.0 command or operation name in its beta form: `Get-MgUser_Get` becomes
  /// `Get-MgBetaUser_Get`.
  static func betaName(_ name: String) -> String {
    guard let dash = name.range(of: "-Mg"), !name.contains("-MgBeta") else { return name }
    return name.replacingCharacters(in: dash, with: "-MgBeta")
  }

  /// A module name in its beta form: `Microsoft.Graph.Users` becomes
  /// `Microsoft.Graph.Beta.Users`.
  static func betaModule(_ name: String) -> String {
    let prefix = "Microsoft.Graph."
    guard name.hasPrefix(prefix), !name.hasPrefix(prefix + "Beta.") else { return name }
    return prefix + "Beta." + name.dropFirst(prefix.count)
  }
}

/// The beta module's twin of a v1.0 read cmdlet: the same parameters and behaviour under the
/// beta name, module, model types and operation names.
final class GraphBetaTwin<Base: Cmdlet>: Cmdlet {
  static var declaration: CmdletDeclaration {
    let base = Base.declaration
    let name = GraphEndpoint.betaName(base.name)
    return CmdletDeclaration(
      name: name, synopsis: base.synopsis,
      description: base.description + " (Beta endpoint: the twin of \(base.name).)",
      parameters: base.parameters, defaultParameterSet: base.defaultParameterSet,
      supportsShouldProcess: base.supportsShouldProcess,
      examples: base.examples.map { example in
        CmdletExample(
          renamed(example.code, from: base.name, to: name), remarks: example.remarks,
          prints: example.prints)
      },
      module: GraphEndpoint.betaModule(base.module),
      outputType: base.outputType.map { type in
        OutputTypeDeclaration(
          type.name.replacingOccurrences(
            of: GraphEndpoint.modelNamespace + ".", with: GraphEndpoint.betaModelNamespace + "."),
          properties: type.properties)
      })
  }

  /// `code` with each use of the command `old` (not a longer name it starts) renamed.
  static func renamed(_ code: String, from old: String, to new: String) -> String {
    var result = ""
    var rest = code[...]
    while let range = rest.range(of: old) {
      result += rest[..<range.lowerBound]
      let next = rest[range.upperBound...].first
      result += next.map { $0.isLetter || $0.isNumber } == true ? old : new
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  private let base = Base()

  required init() {}

  func begin(_ context: CommandContext) throws {
    try GraphEndpoint.$isBeta.withValue(true) { try base.begin(context) }
  }

  func process(_ context: CommandContext) throws {
    try GraphEndpoint.$isBeta.withValue(true) { try base.process(context) }
  }

  func end(_ context: CommandContext) throws {
    try GraphEndpoint.$isBeta.withValue(true) { try base.end(context) }
  }
}
