import ShellCore

/// What the Format-* cmdlets share: reading their parameters into generator options, and
/// the generator that writes format records to the pipeline.
public enum FormatCmdletSupport {
  /// The parameters every Format-* cmdlet has (PowerShell's common formatting parameters).
  public static func commonParameters(shape: FormatShape) -> [ParameterDeclaration] {
    [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to format."),
      ParameterDeclaration(
        "GroupBy", .any,
        help: "Starts a new group, with its own header, whenever this property or calculated "
          + "property changes; sort the input by it first."),
      ParameterDeclaration(
        "View", .string, help: "The name of a registered \(shape) view to use."),
      ParameterDeclaration(
        "ExcludeProperty", .stringArray,
        help: "Properties (wildcards allowed) to leave out; without -Property, all the other "
          + "properties are shown."),
      ParameterDeclaration(
        "Force", .switchParameter,
        help: "Formats strings and numbers as objects instead of printing them as they are."),
    ]
  }

  /// A generator for a Format-* cmdlet, writing its records to the cmdlet's output.
  public static func generator(
    _ context: CommandContext, shape: FormatShape, keys: [String],
    configure: (inout FormatGenerator.Options) -> Void = { _ in }
  ) throws -> FormatGenerator {
    var options = FormatGenerator.Options()
    options.shape = shape
    let excluded = context.parameters["ExcludeProperty"]?.enumerated.map { $0.toText() }
    if let view = context.parameters["View"]?.toText(), !view.isEmpty,
      context.parameters["Property"].map({ !$0.enumerated.isEmpty }) ?? false
        || !(excluded ?? []).isEmpty
    {
      throw context.terminatingError(
        "FormatCannotSpecifyViewAndProperty",
        "Cmdlet parameters View and Property are mutually exclusive.", category: .invalidArgument,
        exceptionType: "System.IO.InvalidDataException")
    }
    do {
      if let property = context.parameters["Property"], !property.isNull {
        options.properties = try PropertySelection.items(property, keys: keys)
      }
      if let groupBy = context.parameters["GroupBy"], !groupBy.isNull {
        options.groupBy = try groupColumn(groupBy)
      }
    } catch let error as RuntimeError {
      throw context.terminatingError(
        error.record.fullyQualifiedErrorId, error.record.message, category: .invalidArgument)
    }
    if let excluded {
      options.excludedProperties = excluded
      // -ExcludeProperty alone means every other property, as `-Property *` would.
      if options.properties == nil { options.properties = [.name("*")] }
    }
    options.viewName = context.parameters["View"]?.toText()
    options.force = context.parameters.isSet("Force")
    configure(&options)
    var evaluator = ColumnEvaluator(interpreter: context.interpreter, scope: context.scope)
    evaluator.cells.enumerationLimit = FormattingSession.enumerationLimit(context.interpreter)
    return FormatGenerator(
      options: options, evaluator: evaluator, registry: context.interpreter.formatViews
    ) { record in try context.write(record.value) }
  }

  /// The -GroupBy column: a property name, a script block or a calculated property.
  static func groupColumn(_ value: Value) throws -> FormatColumn {
    switch value.unwrapped {
    case .scriptBlock(let block): return FormatColumn(source: .scriptBlock(block))
    case .hashtable(let table):
      return try PropertySelection.calculated(table, keys: PropertySelection.listKeys)
    default: return FormatColumn(property: value.toText())
    }
  }

  /// The object a Format-* or Out-* cmdlet works on in this call: the pipeline object, or
  /// -InputObject when nothing is piped.
  public static func input(_ context: CommandContext) -> Value? {
    if let input = context.input { return input }
    if context.expectsInput { return nil }
    return context.parameters["InputObject"]
  }

  /// Runs a generator step, reporting engine errors as the command's terminating errors.
  public static func run(_ context: CommandContext, _ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as RuntimeError where error.record.commandName == nil {
      let record = error.record
      throw context.terminatingError(
        record.fullyQualifiedErrorId, record.message,
        // The engine's own errors keep their category; the others were bad arguments.
        category: record.category == .objectNotFound ? record.category : .invalidArgument,
        target: record.targetObject, exceptionType: record.exceptionType)
    }
  }
}
