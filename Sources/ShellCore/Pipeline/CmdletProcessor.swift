import ShellSyntax

/// Runs a cmdlet in a pipeline: binds its arguments once, binds pipeline input per object, and
/// calls its begin/process/end.
final class CmdletProcessor: CommandProcessor {
  let cmdlet: any Cmdlet
  let declaration: CmdletDeclaration
  let context: CommandContext
  let arguments: [BindArgument]
  private var commandLine = BoundParameters()
  /// Parameters that may take pipeline input, worked out once in `begin`: the binder runs for
  /// every input object, so it must not rescan the whole declaration each time.
  private var pipelineParameters: [ParameterDeclaration] = []
  private var takesPipelineInput = false
  /// The parameter sets the command line leaves open (nil: every set), worked out in `begin`.
  private var openSets: Set<String>?
  /// True when some mandatory parameter can only be filled from pipeline input.
  private var checksMandatoryPerObject = false
  private lazy var binder = ParameterBinder(
    commandName: declaration.name, errorIdSource: declaration.errorIdSource,
    parameters: declaration.allParameters, defaultSet: declaration.defaultParameterSet,
    acceptsUnboundArguments: false, isScript: false)

  init(type: any Cmdlet.Type, arguments: [BindArgument], context: CommandContext) {
    self.cmdlet = type.init()
    self.declaration = type.declaration
    self.arguments = arguments
    self.context = context
    super.init()
    context.stageIdentity = ObjectIdentifier(self)
  }

  override var hadError: Bool { context.hadError }

  override func begin() throws {
    commandLine = try binder.bind(arguments)
    try DefaultParameterValues(interpreter: context.interpreter, scope: context.scope).apply(
      commandName: declaration.name, binder: binder, to: &commandLine,
      range: context.invocationRange)
    if let action = commandLine["ErrorAction"],
      let preference = ActionPreference(text: action.toText())
    {
      context.errorAction = preference
    }
    context.errorVariable = commandLine["ErrorVariable"]?.toText()
    context.parameters = commandLine
    if let sink = StreamVariableSink.make(
      next: context.output, parameters: commandLine, scope: context.scope)
    {
      context.output = sink
    }
    if !context.expectsInput {
      try MandatoryParameterPrompt(
        interpreter: context.interpreter, commandName: declaration.name, pipelinePosition: 1
      ).complete(&commandLine, binder, allowPipeline: false, range: context.invocationRange)
      context.parameters = commandLine
      try checkMandatory(commandLine, allowPipeline: false)
    }
    // The sets the command line leaves open: any set when it bound no set-specific parameter
    // (the set then is only the default), so that input can still choose another one, as
    // `'bsmith' | Get-ADUser` binds -Identity although the default set is Filter's.
    let set = commandLine.parameterSetName
    openSets = binder.activeSets(commandLine)
    let openSets = self.openSets
    pipelineParameters = declaration.parameters.filter { parameter in
      guard parameter.valueFromPipeline || parameter.valueFromPipelineByPropertyName,
        !commandLine.contains(parameter.name)
      else { return false }
      if parameter.isIn(set: set) { return true }
      guard context.expectsInput else { return false }
      guard let openSets else { return true }
      return parameter.sets.contains { openSets.contains($0.lowercased()) }
    }
    takesPipelineInput = !pipelineParameters.isEmpty
    checksMandatoryPerObject = !binder.missingMandatory(commandLine, allowPipeline: false).isEmpty
    try calling { try cmdlet.begin(context) }
  }

  override func processWithoutInput() throws {
    context.input = nil
    try calling { try cmdlet.process(context) }
  }

  override func process(_ input: Value) throws {
    var bound = commandLine
    if !bindPipelineInput(input, into: &bound) {
      try context.writeError(
        context.errorRecord(
          "InputObjectNotBound",
          "The input object cannot be bound to any parameters for the command either because "
            + "the command does not take pipeline input or the input and its properties do not "
            + "match any of the parameters that take pipeline input.",
          category: .invalidArgument, target: input,
          exceptionType: "System.Management.Automation.ParameterBindingException"))
      return
    }
    // Input bound to a parameter of another open set chooses that set for this object.
    if let set = bound.parameterSetName {
      let chosen = pipelineParameters.first { bound.contains($0.name) && !$0.isIn(set: set) }
      if let other = chosen?.sets.first(where: { openSets?.contains($0.lowercased()) ?? true }) {
        bound.parameterSetName = other
      }
    }
    if checksMandatoryPerObject { try checkMandatory(bound, allowPipeline: false) }
    context.parameters = bound
    context.input = input
    try calling { try cmdlet.process(context) }
  }

  override func end() throws {
    context.parameters = commandLine
    context.input = nil
    try calling { try cmdlet.end(context) }
  }

  /// Runs one of the cmdlet's begin/process/end calls.
  ///
  /// An error that is neither an error record nor flow control (an engine error the cmdlet did
  /// not map) becomes a statement-terminating error attributed to the cmdlet, as pwsh reports
  /// an exception thrown by a cmdlet: try/catch, -ErrorAction and `$?` see it, and its text
  /// is shown. Nothing a cmdlet throws ends a script silently, except after Ctrl-C: then the
  /// error is how the interrupted work gave up (a lab query stopped halfway), and the pipeline
  /// stops without it, as pwsh's stopping pipeline reports only PipelineStoppedException.
  private func calling(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let flow as ControlFlow {
      throw flow
    } catch  where context.interpreter.isCancelled {
      throw ControlFlow.pipelineStopped
    } catch let error as RuntimeError {
      throw error
    } catch let drive as DriveNotFoundError {
      throw RuntimeError(context.errorRecord(drive))
    } catch {
      throw RuntimeError(
        context.errorRecord(
          "UnexpectedError", "\(declaration.name) failed: \(error)", category: .notSpecified,
          exceptionType: "System.InvalidOperationException"))
    }
  }

  /// Binds an input object: by value (exact type, then converted), then by property name.
  ///
  /// Returns false when no parameter takes it.
  private func bindPipelineInput(_ input: Value, into bound: inout BoundParameters) -> Bool {
    guard takesPipelineInput else { return false }
    var took = false
    for parameter in pipelineParameters where parameter.valueFromPipeline {
      if let converted = try? binder.convert(input, for: parameter, range: context.invocationRange)
      {
        bound[parameter.name] = converted
        took = true
        break
      }
    }
    if case .object(let object) = input {
      for parameter in pipelineParameters
      where parameter.valueFromPipelineByPropertyName && !bound.contains(parameter.name) {
        let names = [parameter.name] + parameter.aliases
        guard let value = names.lazy.compactMap({ object.value(of: $0) }).first else { continue }
        if let converted = try? binder.convert(
          value, for: parameter, range: context.invocationRange)
        {
          bound[parameter.name] = converted
          took = true
        }
      }
    }
    return took
  }

  private func checkMandatory(_ bound: BoundParameters, allowPipeline: Bool) throws {
    let missing = binder.missingMandatory(bound, allowPipeline: allowPipeline)
    guard !missing.isEmpty else { return }
    throw binder.bindingError(
      "MissingMandatoryParameter",
      "Cannot process command because of one or more missing mandatory parameters: "
        + missing.joined(separator: " ") + ".", context.invocationRange)
  }
}
