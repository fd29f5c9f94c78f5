import Foundation
import ShellCore

/// Measure-Object (`measure`): counts objects and computes statistics of numbers or text.
///
/// Numeric mode returns one `GenericMeasureInfo` per property (Count, Average, Sum, Maximum,
/// Minimum, StandardDeviation, Property), with the statistics that were not asked for left
/// `$null`. Text mode (-Line, -Word, -Character) returns a `TextMeasureInfo`.
final class MeasureObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Measure-Object",
    synopsis: "Calculates the numeric properties of objects, and the characters, words, and "
      + "lines in string objects.",
    description: """
      Counts the input objects and, on request, computes the sum, average, maximum, minimum \
      and standard deviation of the objects or of the -Property values. Maximum and minimum \
      also work on strings and dates. With -Line, -Word or -Character it counts the lines, \
      words and characters of text instead.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to measure."),
      ParameterDeclaration(
        "Property", .anyArray, position: 0,
        help: "The properties to measure (names, wildcards or script blocks)."),
      ParameterDeclaration(
        "Sum", .switchParameter, sets: ["GenericMeasure"], help: "Adds the values."),
      ParameterDeclaration(
        "Average", .switchParameter, sets: ["GenericMeasure"], help: "Averages the values."),
      ParameterDeclaration(
        "Maximum", .switchParameter, sets: ["GenericMeasure"], help: "Finds the largest value."),
      ParameterDeclaration(
        "Minimum", .switchParameter, sets: ["GenericMeasure"],
        help: "Finds the smallest value."),
      ParameterDeclaration(
        "StandardDeviation", .switchParameter, sets: ["GenericMeasure"],
        help: "Computes the sample standard deviation."),
      ParameterDeclaration(
        "AllStats", .switchParameter, sets: ["GenericMeasure"],
        help: "Computes every statistic."),
      ParameterDeclaration(
        "Line", .switchParameter, sets: ["TextMeasure"], help: "Counts the lines of text."),
      ParameterDeclaration(
        "Word", .switchParameter, sets: ["TextMeasure"], help: "Counts the words of text."),
      ParameterDeclaration(
        "Character", .switchParameter, sets: ["TextMeasure"],
        help: "Counts the characters of text."),
      ParameterDeclaration(
        "IgnoreWhiteSpace", .switchParameter, sets: ["TextMeasure"],
        help: "Leaves white space out of the character count."),
    ],
    defaultParameterSet: "GenericMeasure",
    examples: [
      CmdletExample(
        "(1..10 | Measure-Object -Sum).Sum", remarks: "Adds the numbers.", prints: "55\n"),
      CmdletExample(
        "$m = 4, 8, 6 | measure -Average -Maximum\n\"$($m.Count) $($m.Average) $($m.Maximum)\"",
        remarks: "Counts, averages and finds the largest number.", prints: "3 6 8\n"),
      CmdletExample(
        "('one two', 'three' | Measure-Object -Word -Line).Words",
        remarks: "Counts the words of several strings.", prints: "3\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  /// The running statistics of one property.
  private final class Statistic {
    let name: String?
    var count = 0
    var sum = 0.0
    var sumOfSquares = 0.0
    var maximum: Value?
    var minimum: Value?
    var isNumeric = true

    init(name: String?) { self.name = name }
  }

  private var expressions: [PropertyExpression] = []
  /// Statistics by property name, in the order the names were first met.
  private var statistics: [Statistic] = []
  private var lines = 0
  private var words = 0
  private var characters = 0
  private var wants: Set<String> = []

  required init() {}

  func begin(_ context: CommandContext) throws {
    expressions = try PropertyExpression.parse(
      context.parameters["Property"], keys: .expression, context: context)
    for name in ["Sum", "Average", "Maximum", "Minimum", "StandardDeviation"]
    where context.parameters.isSet(name) || context.parameters.isSet("AllStats") {
      wants.insert(name)
    }
    if expressions.isEmpty { statistics = [Statistic(name: nil)] }
  }

  func process(_ context: CommandContext) throws {
    guard let input = context.input ?? context.parameters["InputObject"] else { return }
    if context.parameters.parameterSetName == "TextMeasure" {
      try measureText(input, context)
      return
    }
    if expressions.isEmpty {
      // Like PowerShell 7, a $null input is not counted.
      if !input.isNull, let statistic = statistics.first { try add(input, to: statistic, context) }
      return
    }
    for expression in expressions {
      for name in expression.expandedNames(on: input) {
        let value: Value?
        if case .script = expression.source {
          value = try expression.evaluate(input, context: context)
        } else {
          value = ObjectProperties.value(of: input, named: name)
        }
        guard let value else { continue }
        let statistic = self.statistic(named: name)
        try add(value, to: statistic, context)
      }
    }
  }

  func end(_ context: CommandContext) throws {
    if context.parameters.parameterSetName == "TextMeasure" {
      try context.write(.object(textInfo(context)))
      return
    }
    // A named property no input object had is skipped; under strict mode 2.0 and later it is
    // an error, as pwsh's EndProcessing reports it.
    if !expressions.isEmpty, context.interpreter.strictModeVersion(in: context.scope) >= 2 {
      for expression in expressions where !expression.isWildcard {
        if case .name(let name) = expression.source,
          !statistics.contains(where: { $0.name?.caseInsensitiveEquals(name) ?? false })
        {
          try context.writeError(
            context.errorRecord(
              "GenericMeasurePropertyNotFound",
              "The property \"\(name)\" cannot be found in the input for any objects.",
              category: .invalidArgument, target: .string(name),
              exceptionType: "System.Management.Automation.PSArgumentException"))
        }
      }
    }
    for statistic in statistics { try context.write(.object(measureInfo(statistic))) }
  }

  private func statistic(named name: String) -> Statistic {
    if let existing = statistics.first(where: { $0.name?.caseInsensitiveEquals(name) ?? false }) {
      return existing
    }
    let created = Statistic(name: name)
    statistics.append(created)
    return created
  }

  /// Adds one value; a statistic that needs numbers rejects text that is not numeric.
  private func add(_ raw: Value, to statistic: Statistic, _ context: CommandContext) throws {
    let value = raw.unwrapped
    let needsNumber =
      wants.contains("Sum") || wants.contains("Average") || wants.contains("StandardDeviation")
    let number = Self.number(value)
    if needsNumber, number == nil {
      try context.writeError(
        context.errorRecord(
          "NonNumericInputObject", "Input object \"\(value.toText())\" is not numeric.",
          category: .invalidType, target: value,
          exceptionType: "System.Management.Automation.PSInvalidOperationException"))
      return
    }
    statistic.count += 1
    if let number {
      statistic.sum += number
      statistic.sumOfSquares += number * number
    } else if !value.isNull {
      statistic.isNumeric = false
    }
    guard wants.contains("Maximum") || wants.contains("Minimum"), !value.isNull else { return }
    if let maximum = statistic.maximum {
      if Self.order(value, maximum) > 0 { statistic.maximum = value }
    } else {
      statistic.maximum = value
    }
    if let minimum = statistic.minimum {
      if Self.order(value, minimum) < 0 { statistic.minimum = value }
    } else {
      statistic.minimum = value
    }
  }

  /// Compares numbers as numbers and anything else as PowerShell orders it.
  private static func order(_ a: Value, _ b: Value) -> Int {
    if let x = number(a), let y = number(b) { return x < y ? -1 : (x > y ? 1 : 0) }
    return ObjectSorter.compareKey(a, b, caseSensitive: false, descending: false)
  }

  /// A value as a number: numbers, and strings that read as numbers.
  private static func number(_ value: Value) -> Double? {
    switch value {
    case .int, .long, .double, .decimal: return value.doubleValue
    case .string(let text): return Value.parseNumber(text).flatMap(\.doubleValue)
    case .bool, .char: return value.doubleValue
    default: return nil
    }
  }

  private func measureInfo(_ statistic: Statistic) -> PSObject {
    let info = PSObject(
      typeNames: ["Microsoft.PowerShell.Commands.GenericMeasureInfo", "System.Object"])
    let count = Double(statistic.count)
    info.set("Count", .int(Int32(clamping: statistic.count)))
    info.set(
      "Average", wants.contains("Average") && count > 0 ? .double(statistic.sum / count) : .null)
    info.set("Sum", wants.contains("Sum") ? .double(statistic.sum) : .null)
    info.set("Maximum", extreme(statistic.maximum, statistic, wanted: "Maximum"))
    info.set("Minimum", extreme(statistic.minimum, statistic, wanted: "Minimum"))
    var deviation = Value.null
    if wants.contains("StandardDeviation"), statistic.count > 1 {
      let mean = statistic.sum / count
      let variance = (statistic.sumOfSquares - count * mean * mean) / (count - 1)
      deviation = .double(max(0, variance).squareRoot())
    } else if wants.contains("StandardDeviation") {
      deviation = .double(0)
    }
    info.set("StandardDeviation", deviation)
    info.set("Property", statistic.name.map(Value.string) ?? .null)
    info.stringValue = { "Microsoft.PowerShell.Commands.GenericMeasureInfo" }
    return info
  }

  /// Maximum or Minimum: a Double for numbers, the value itself for strings and dates.
  private func extreme(_ value: Value?, _ statistic: Statistic, wanted: String) -> Value {
    guard wants.contains(wanted), let value else { return .null }
    if statistic.isNumeric, let number = Self.number(value) { return .double(number) }
    return value
  }

  private func measureText(_ input: Value, _ context: CommandContext) throws {
    var texts: [String] = []
    if expressions.isEmpty {
      texts = [input.toText()]
    } else {
      for expression in expressions {
        // A script block's result is measured as text, an array joined by spaces.
        if case .script = expression.source {
          if let value = try expression.evaluate(input, context: context), !value.isNull {
            texts.append(value.toText())
          }
          continue
        }
        for name in expression.expandedNames(on: input) {
          if let value = ObjectProperties.value(of: input, named: name) {
            texts.append(value.toText())
          }
        }
      }
    }
    let ignoreSpace = context.parameters.isSet("IgnoreWhiteSpace")
    for text in texts {
      lines += text.split(whereSeparator: \.isNewline).count
      words += text.split(whereSeparator: \.isWhitespace).count
      characters += (ignoreSpace ? text.filter { !$0.isWhitespace } : text).utf16.count
    }
  }

  private func textInfo(_ context: CommandContext) -> PSObject {
    let info = PSObject(
      typeNames: ["Microsoft.PowerShell.Commands.TextMeasureInfo", "System.Object"])
    let parameters = context.parameters
    let all =
      !parameters.isSet("Line") && !parameters.isSet("Word") && !parameters.isSet("Character")
    info.set("Lines", parameters.isSet("Line") || all ? .int(Int32(clamping: lines)) : .null)
    info.set("Words", parameters.isSet("Word") || all ? .int(Int32(clamping: words)) : .null)
    info.set(
      "Characters",
      parameters.isSet("Character") || all ? .int(Int32(clamping: characters)) : .null)
    let property = expressions.first.map { Value.string($0.displayName) } ?? .null
    info.set("Property", property)
    info.stringValue = { "Microsoft.PowerShell.Commands.TextMeasureInfo" }
    return info
  }
}
