import Foundation
import ShellSyntax

/// Runs a function, filter or script block in a pipeline, in a new child scope.
///
/// `begin` runs once, `process` once per input object (with `$_` and pipeline-bound
/// parameters set), `end` once with `$input` holding input no process block consumed, and
/// `clean` once the pipeline is over (see `dispose`).
final class ScriptProcessor: CommandProcessor {
  let interpreter: Interpreter
  let function: FunctionInfo
  let arguments: [BindArgument]
  let callerScope: Scope
  private(set) var output: OutputSink
  let invocationRange: SourceRange
  let isScriptFile: Bool
  /// Dot-sourced (`. { param($a) } x`, `. ./lib.ps1 -Name x`): parameters bind in the caller's
  /// scope, which keeps what the block defines; the automatic variables are restored after.
  let isDotSourced: Bool
  private var savedAutomatic: [(String, Value?)] = []
  private var scope: Scope
  private var commandLine = BoundParameters()
  private var collectedInput: [Value] = []
  /// Set once a `begin`, `process` or `end` block started: only then does `clean` run.
  private var ranNamedBlock = false
  private var isCleaned = false
  /// The context `$PSCmdlet` of an advanced function writes through; nil for simple functions.
  private var cmdletContext: CommandContext?
  private lazy var binder: ParameterBinder = {
    var binder = ParameterBinder(
      commandName: function.name, parameters: function.bindableParameters,
      defaultSet: function.defaultSet, acceptsUnboundArguments: !function.isAdvanced,
      isScript: true)
    binder.runValidationScript = { [interpreter, scope] block, value in
      try interpreter.operatorContext(scope).invokeScriptBlock(block, value)
    }
    return binder
  }()

  init(
    interpreter: Interpreter, function: FunctionInfo, arguments: [BindArgument],
    callerScope: Scope, output: OutputSink, invocationRange: SourceRange,
    isScriptFile: Bool = false, isDotSourced: Bool = false
  ) {
    self.interpreter = interpreter
    self.function = function
    self.arguments = arguments
    self.callerScope = callerScope
    self.output = output
    self.invocationRange = invocationRange
    self.isScriptFile = isScriptFile
    self.isDotSourced = isDotSourced
    self.scope =
      isDotSourced ? callerScope : Scope(parent: callerScope, isScriptScope: isScriptFile)
    if isDotSourced {
      savedAutomatic = Self.automaticVariables.map {
        ($0, callerScope.local($0.lowercased())?.value)
      }
    } else if !isScriptFile, !function.name.isEmpty {
      scope.invocation = (function.name, invocationRange)
    }
  }

  private var ast: ScriptBlockAst { function.block.ast }

  /// A filter's unnamed body, like a named `process` block, runs per input object.
  private var processBlock: StatementBlock? {
    if function.block.isFilter, ast.isUnnamedBody { return ast.endBlock }
    return ast.processBlock
  }

  private var endBlock: StatementBlock? {
    if function.block.isFilter, ast.isUnnamedBody { return nil }
    return ast.endBlock
  }

  override func begin() throws {
    try interpreter.enterCall(range: invocationRange)
    if !ast.typeDefinitions.isEmpty { try interpreter.defineTypes(ast.typeDefinitions, scope) }
    commandLine = try binder.bind(arguments)
    if function.isAdvanced, !function.name.isEmpty {
      try DefaultParameterValues(interpreter: interpreter, scope: callerScope).apply(
        commandName: function.name, binder: binder, to: &commandLine, range: invocationRange)
    }
    if !isScriptFile, !function.name.isEmpty {
      try MandatoryParameterPrompt(
        interpreter: interpreter, commandName: function.name, pipelinePosition: 1
      ).complete(&commandLine, binder, allowPipeline: true, range: invocationRange)
    }
    if function.isAdvanced,
      let sink = StreamVariableSink.make(next: output, parameters: commandLine, scope: callerScope)
    {
      output = sink
    }
    try bindVariables(commandLine)
    if let block = ast.beginBlock { try run(block) }
  }

  override func processWithoutInput() throws {
    if let block = processBlock { try run(block) }
  }

  override func process(_ input: Value) throws {
    // Pipeline parameters are bound for every object, also when there is no process block:
    // the end block then sees the last object's values.
    try bindPipelineInput(input)
    guard let block = processBlock else {
      collectedInput.append(input)
      return
    }
    scope.set("_", input)
    scope.set("PSItem", input)
    try run(block)
  }

  /// Binds one input object to the parameters the command line left open.
  ///
  /// By value to the first that converts it, and by property name. A conversion that fails is
  /// an error only when nothing took the object (pwsh tries the next parameter).
  private func bindPipelineInput(_ input: Value) throws {
    let open = function.parameters.filter { !commandLine.contains($0.name) }
    guard open.contains(where: { $0.valueFromPipeline || $0.valueFromPipelineByPropertyName })
    else { return }
    var bound = commandLine
    var firstError: Error?
    for parameter in open where parameter.valueFromPipeline {
      do {
        bound[parameter.name] = try binder.convert(input, for: parameter, range: invocationRange)
        break
      } catch {
        firstError = firstError ?? error
      }
    }
    // By property name: an object's properties, or a .NET value's own (a string's Length);
    // a hashtable's keys are not properties here, as in pwsh.
    var isTable = false
    if case .hashtable = input { isTable = true }
    if !input.isNull, !isTable {
      for parameter in open
      where parameter.valueFromPipelineByPropertyName && !bound.contains(parameter.name) {
        if let value = Members.property(of: input, named: parameter.name) {
          bound[parameter.name] = try binder.convert(value, for: parameter, range: invocationRange)
        }
      }
    }
    let took = open.contains { bound.contains($0.name) }
    if !took, let firstError { throw firstError }
    for parameter in open where bound.contains(parameter.name) {
      setParameterVariable(parameter, bound[parameter.name] ?? .null)
    }
  }

  /// The variables a dot-sourced block sets for itself and gives back to the caller's scope.
  private static let automaticVariables = [
    "_", "PSItem", "args", "input", "PSBoundParameters", "MyInvocation", "PSCommandPath",
    "PSScriptRoot", "PSCmdlet",
  ]

  override func end() throws {
    defer {
      interpreter.leaveCall()
      for (name, value) in savedAutomatic {
        if let value { scope.set(name, value) } else { scope.remove(name) }
      }
    }
    scope.set("input", .array(collectedInput))
    if let block = endBlock { try run(block) }
  }

  /// Sets parameter variables, defaults, `$args` and `$PSBoundParameters` in the new scope.
  private func bindVariables(_ bound: BoundParameters) throws {
    let missing = binder.missingMandatory(bound, allowPipeline: true)
    if !missing.isEmpty {
      throw binder.bindingError(
        "MissingMandatoryParameter",
        "Cannot process command because of one or more missing mandatory parameters: "
          + missing.joined(separator: " ") + ".", invocationRange)
    }
    let boundTable = PSHashtable()
    for (parameter, ast) in zip(function.parameters, function.parameterAsts) {
      let constraint = parameter.isSwitch ? nil : parameter.type.psType
      if let value = bound[parameter.name] {
        setParameterVariable(parameter, value)
        boundTable[.string(parameter.name)] = value
      } else if let defaultExpression = ast.defaultValue {
        // A default is converted to the type but not validated (pwsh validates arguments).
        var value = try interpreter.eval(defaultExpression, scope)
        if parameter.type != .any {
          value = try ParameterConversion.convert(value, to: parameter.type)
        }
        setParameterVariable(parameter, value)
      } else {
        // An unbound typed parameter holds its type's default: 0, $false, '' for a string.
        let value: Value =
          parameter.isSwitch
          ? .bool(false)
          : constraint?.kind == .string ? .string("") : interpreter.defaultValue(of: constraint)
        setParameterVariable(parameter, value)
      }
    }
    for (name, value) in bound.values
    where !function.parameters.contains(where: { $0.name == name }) {
      boundTable[.string(name)] = value
    }
    scope.set("args", .array(bound.unbound))
    if isScriptFile {
      let path = function.name
      scope.set("PSCommandPath", .string(path))
      scope.set("PSScriptRoot", .string((path as NSString).deletingLastPathComponent))
      scope.set(
        "MyInvocation",
        InvocationInfo.make(
          commandName: (path as NSString).lastPathComponent, path: path,
          commandType: "ExternalScript"))
    } else if !function.name.isEmpty {
      scope.set(
        "MyInvocation",
        InvocationInfo.make(commandName: function.name, path: nil, commandType: "Function"))
    }
    scope.set("PSBoundParameters", .hashtable(boundTable))
    // The action parameters set their preference variable in the function's scope, so that
    // the commands it runs follow them (about_CommonParameters).
    for (parameter, preference) in Self.actionPreferences {
      if let action = bound[parameter] { scope.set(preference, action) }
    }
    if bound.isSet("Verbose") { scope.set("VerbosePreference", .string("Continue")) }
    if function.isAdvanced { installCmdlet(bound) }
  }

  /// Sets a parameter's variable, which keeps the parameter's type and validation attributes:
  /// `$n = 'x'` later is converted or refused, as pwsh's parameter variables are.
  private func setParameterVariable(_ parameter: ParameterDeclaration, _ value: Value) {
    let variable = scope.set(parameter.name, value)
    variable.typeConstraint = parameter.isSwitch ? nil : parameter.type.psType
    guard !parameter.validators.isEmpty else { return }
    variable.validate = VariableConstraint.validation(
      parameter.name, parameter.validators, runScript: binder.runValidationScript)
  }

  /// The action common parameters and the preference variable each sets.
  private static let actionPreferences = [
    ("ErrorAction", "ErrorActionPreference"), ("WarningAction", "WarningPreference"),
    ("InformationAction", "InformationPreference"), ("ProgressAction", "ProgressPreference"),
  ]

  /// `$PSCmdlet`, and the preferences -WhatIf, -Confirm and -Debug set for the commands the
  /// function runs, as pwsh sets them in an advanced function's scope.
  private func installCmdlet(_ bound: BoundParameters) {
    if let whatIf = bound["WhatIf"] { scope.set("WhatIfPreference", .bool(whatIf.isTruthy)) }
    if let confirm = bound["Confirm"] {
      scope.set("ConfirmPreference", .string(confirm.isTruthy ? "Low" : "None"))
    }
    if bound.isSet("Debug") { scope.set("DebugPreference", .string("Continue")) }
    let context = CommandContext(
      interpreter: interpreter, commandName: function.name, scope: scope,
      invocationRange: invocationRange, output: output)
    context.parameters = bound
    cmdletContext = context
    scope.set(
      "PSCmdlet",
      ScriptCmdletObject.make(
        context, function: function,
        parameterSetName: bound.parameterSetName ?? "__AllParameterSets",
        invocation: scope.local("myinvocation")?.value ?? .null))
  }

  /// True once `$PSCmdlet.WriteError` wrote an error, which makes `$?` false.
  override var hadError: Bool { cmdletContext?.hadError ?? false }

  override func dispose() {
    guard let block = ast.cleanBlock, ranNamedBlock, !isCleaned else { return }
    isCleaned = true
    interpreter.runCleanBlock(block, scope)
  }

  private func run(_ block: StatementBlock) throws {
    ranNamedBlock = true
    do {
      try interpreter.execute(block, scope, output)
    } catch ControlFlow.returnFromBlock {
      return
    } catch let error as RuntimeError where error.endsCommand {
      // Out of the function, ThrowTerminatingError's error ends the caller's statement.
      throw RuntimeError(error.record, scope: .statement)
    }
  }
}
