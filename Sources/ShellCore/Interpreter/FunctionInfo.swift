import ShellSyntax

/// A function or filter defined by a script, with its parameters as declarations.
public final class FunctionInfo {
  public let name: String
  public let block: ScriptBlock
  /// Declarations derived from the `param()` block or the short form `function F($a)`.
  public let parameters: [ParameterDeclaration]
  /// The parameter ASTs in declaration order, for defaults and variable names.
  let parameterAsts: [ParameterAst]
  /// True with `[CmdletBinding()]` or any `[Parameter()]`: common parameters are added and
  /// unknown arguments are rejected.
  public let isAdvanced: Bool
  /// The default parameter set (`[CmdletBinding(DefaultParameterSetName = ...)]`), which
  /// Get-Help and Get-Command show.
  public let defaultSet: String?

  init(
    name: String, block: ScriptBlock, parameters: [ParameterDeclaration],
    parameterAsts: [ParameterAst], isAdvanced: Bool, defaultSet: String?
  ) {
    self.name = name
    self.block = block
    self.parameters = parameters
    self.parameterAsts = parameterAsts
    self.isAdvanced = isAdvanced
    self.defaultSet = defaultSet
  }

  /// Parameters the binder sees: declared ones plus the common ones for advanced functions.
  public var bindableParameters: [ParameterDeclaration] {
    isAdvanced
      ? parameters + CommonParameters.declarations(supportsShouldProcess: supportsShouldProcess)
      : parameters
  }

  /// True with `[CmdletBinding(SupportsShouldProcess)]`: the function takes -WhatIf and
  /// -Confirm.
  public var supportsShouldProcess: Bool {
    let attributes = block.ast.attributes + (block.ast.paramBlock?.attributes ?? [])
    return attributes.contains { attribute in
      attribute.typeName.name.lowercased() == "cmdletbinding"
        && attribute.namedArguments.contains { $0.name.lowercased() == "supportsshouldprocess" }
    }
  }
}

extension FunctionInfo {
  /// `[CmdletBinding(ConfirmImpact = 'High')]`: how risky the function says its changes are
  /// (Medium when it does not say), compared with `$ConfirmPreference` by ShouldProcess.
  public var confirmImpact: ConfirmImpact {
    let attributes = block.ast.attributes + (block.ast.paramBlock?.attributes ?? [])
    for attribute in attributes where attribute.typeName.name.lowercased() == "cmdletbinding" {
      for argument in attribute.namedArguments where argument.name.lowercased() == "confirmimpact" {
        if let value = argument.value, case .stringConstant(let text, _) = value.kind,
          let impact = ConfirmImpact(text: text)
        {
          return impact
        }
      }
    }
    return .medium
  }
}

extension Interpreter {
  /// `function Name { }`: registers the function in the session.
  func defineFunction(_ definition: FunctionDefinitionAst, _ scope: Scope) throws {
    let block = ScriptBlock(ast: definition.body, isFilter: definition.isFilter)
    let info = try makeFunctionInfo(
      name: definition.name, block: block, shortParameters: definition.parameters, scope)
    functions[definition.name.lowercased()] = info
  }

  /// Builds the parameter table of a script block or function from its param block.
  func makeFunctionInfo(
    name: String, block: ScriptBlock, shortParameters: [ParameterAst]?, _ scope: Scope
  ) throws -> FunctionInfo {
    let asts = shortParameters ?? block.ast.paramBlock?.parameters ?? []
    var declarations: [ParameterDeclaration] = []
    var isAdvanced = (block.ast.attributes + (block.ast.paramBlock?.attributes ?? [])).contains {
      $0.typeName.name.lowercased() == "cmdletbinding"
    }
    var defaultSet: String?
    for attribute in block.ast.paramBlock?.attributes ?? []
    where attribute.typeName.name.lowercased() == "cmdletbinding" {
      for (argumentName, value) in attribute.namedArguments
      where argumentName.lowercased() == "defaultparametersetname" {
        defaultSet = try value.map { try eval($0, scope).toText() }
      }
    }
    let anyExplicitPosition = try asts.contains { ast in
      try parameterAttributes(ast, scope).position != nil
    }
    var nextPosition = 0
    for ast in asts {
      var declaration = try parameterAttributes(ast, scope)
      if declaration.isAdvanced { isAdvanced = true }
      let type = parameterType(ast.typeName)
      var parameter = ParameterDeclaration(
        ast.name.name, type, position: declaration.position, mandatory: declaration.isMandatory,
        pipeline: declaration.pipeline, sets: declaration.sets, aliases: declaration.aliases,
        validValues: declaration.validValues, help: declaration.helpMessage,
        allowNull: declaration.allowsNull, allowEmptyString: declaration.allowsEmptyString,
        allowEmptyCollection: declaration.allowsEmptyCollection)
      parameter.validators = declaration.validators
      if !anyExplicitPosition, type != .switchParameter {
        parameter.position = nextPosition
        nextPosition += 1
      }
      declaration.position = parameter.position
      declarations.append(parameter)
    }
    return FunctionInfo(
      name: name, block: block, parameters: declarations, parameterAsts: asts,
      isAdvanced: isAdvanced, defaultSet: defaultSet)
  }

  private func parameterType(_ typeName: TypeName?) -> ParameterType {
    guard let typeName else { return .any }
    switch typeName.name.lowercased() {
    case "switch", "system.management.automation.switchparameter": return .switchParameter
    // A `[bool]` parameter binds as a cmdlet's does: no string, whatever it says.
    case "bool", "boolean", "system.boolean": return .bool
    case "object", "psobject", "system.object": return .any
    case "scriptblock": return .scriptBlock
    default:
      return lookupType(typeName.name).map(ParameterType.typed) ?? .any
    }
  }

  /// What `[Parameter(...)]`, `[Alias(...)]` and `[ValidateSet(...)]` say about a parameter.
  private func parameterAttributes(_ ast: ParameterAst, _ scope: Scope) throws
    -> ParameterAttributes
  {
    var result = ParameterAttributes()
    for attribute in ast.attributes {
      switch attribute.typeName.name.lowercased() {
      case "parameter":
        result.isAdvanced = true
        for (name, valueExpression) in attribute.namedArguments {
          let value = try valueExpression.map { try eval($0, scope) } ?? .bool(true)
          switch name.lowercased() {
          case "mandatory": result.isMandatory = value.isTruthy
          case "position": result.position = value.intValue
          case "valuefrompipeline": if value.isTruthy { result.pipeline.insert(.byValue) }
          case "valuefrompipelinebypropertyname":
            if value.isTruthy { result.pipeline.insert(.byPropertyName) }
          case "parametersetname": result.sets.append(value.toText())
          case "valuefromremainingarguments":
            if value.isTruthy { result.pipeline.insert(.remainingArguments) }
          case "helpmessage": result.helpMessage = value.toText()
          default: break
          }
        }
      case "alias":
        result.aliases += try attribute.positionalArguments.flatMap {
          try eval($0, scope).enumerated.map { $0.toText() }
        }
      case "allownull": result.allowsNull = true
      case "allowemptystring": result.allowsEmptyString = true
      case "allowemptycollection": result.allowsEmptyCollection = true
      default:
        guard let validator = try validator(attribute, scope) else { break }
        result.validators.append(validator)
        if case .set(let values, _, _) = validator { result.validValues = values }
      }
    }
    return result
  }
}

/// The facts gathered from one parameter's attributes.
private struct ParameterAttributes {
  var isAdvanced = false
  var isMandatory = false
  var position: Int?
  var pipeline: PipelineInput = []
  var sets: [String] = []
  var aliases: [String] = []
  var validValues: [String]?
  var validators: [ArgumentValidator] = []
  var allowsNull = false
  var allowsEmptyString = false
  var allowsEmptyCollection = false
  /// `[Parameter(HelpMessage = ...)]`: what `!?` shows when the parameter is asked for.
  var helpMessage = ""
}
