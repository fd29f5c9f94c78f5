import Foundation
import ShellCore

/// Get-Random: random numbers, or items picked at random from a collection.
///
/// As in pwsh, integers come from [Minimum, Maximum) (0 to Int32.MaxValue by default), a
/// double bound makes the result a double, and -SetSeed reseeds the session's generator so
/// that what follows repeats; the sequence itself is the shell's own, not .NET's.
///
/// pwsh splits the parameters into a number set and two item sets; here the binder fixes the
/// set before pipeline input arrives, so every parameter is in all sets and the mode follows
/// from whether items come in.
final class GetRandom: Cmdlet {

  static let declaration = CmdletDeclaration(
    name: "Get-Random",
    synopsis: "Gets a random number, or selects objects randomly from a collection.",
    description: """
      Without input, writes a random number at least -Minimum (0) and less than -Maximum \
      (Int32.MaxValue); when either bound is a double the number is a double, and when one \
      needs 64 bits it is an Int64. With -InputObject or pipeline input, writes -Count (1) \
      distinct items chosen at random; -Shuffle writes every item in random order. -SetSeed \
      makes the session's sequence repeatable.
      """,
    parameters: [
      ParameterDeclaration(
        "Maximum", .any, position: 0,
        help: "The exclusive upper bound of the number."),
      ParameterDeclaration(
        "Minimum", .any, help: "The inclusive lower bound of the number."),
      ParameterDeclaration(
        "InputObject", .anyArray, pipeline: .byValue,
        help: "The collection to pick items from."),
      ParameterDeclaration(
        "Count", .int,
        help: "How many numbers to write, or how many items to pick."),
      ParameterDeclaration(
        "Shuffle", .switchParameter,
        help: "Writes every item of the collection in random order."),
      ParameterDeclaration(
        "SetSeed", .int, help: "Seeds the session's random generator, to repeat a sequence."),
    ],
    examples: [
      CmdletExample(
        "$n = Get-Random -Minimum 1 -Maximum 7 -SetSeed 42; $n -ge 1 -and $n -lt 7",
        remarks: "A die roll: an integer from 1 to 6.", prints: "True\n"),
      CmdletExample(
        "(Get-Random -Maximum 10 -SetSeed 7) -eq (Get-Random -Maximum 10 -SetSeed 7)",
        remarks: "The same seed gives the same number.", prints: "True\n"),
      CmdletExample(
        "(Get-Random -Maximum 2.5).GetType().Name",
        remarks: "A double bound gives a double.", prints: "Double\n"),
      CmdletExample(
        "(1..10 | Get-Random -Count 3 | Sort-Object -Unique).Count",
        remarks: "Picks three distinct items.", prints: "3\n"),
      CmdletExample(
        "(Get-Random -InputObject 'a','b','c' -Shuffle | Sort-Object) -join ','",
        remarks: "Shuffles every item.", prints: "a,b,c\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  /// Items gathered from -InputObject or the pipeline.
  private var items: [Value] = []
  /// True once -InputObject or pipeline input made this a pick from a collection.
  private var isPicking = false

  func begin(_ context: CommandContext) throws {
    if let seed = context.parameters["SetSeed"]?.intValue {
      RandomSource.of(context.interpreter).reseed(UInt64(bitPattern: Int64(seed)))
    }
    if let count = context.parameters["Count"]?.intValue, count < 1 {
      throw CmdletErrors.outsideRange(
        context, parameter: "Count", value: Int64(count), range: 1...Int64(Int32.max),
        target: .int(Int32(clamping: count)))
    }
  }

  func process(_ context: CommandContext) throws {
    if let input = context.parameters["InputObject"] {
      isPicking = true
      items += input.enumerated
      return
    }
    if !context.expectsInput {
      let count = context.parameters["Count"]?.intValue ?? 1
      let bounds = try Bounds(context)
      let source = RandomSource.of(context.interpreter)
      for _ in 0..<count { try context.write(bounds.next(source)) }
    }
  }

  func end(_ context: CommandContext) throws {
    guard isPicking else { return }
    var pool = items
    let source = RandomSource.of(context.interpreter)
    let count =
      context.parameters.isSet("Shuffle")
      ? pool.count : min(context.parameters["Count"]?.intValue ?? 1, pool.count)
    // A partial Fisher-Yates shuffle: the first `count` places get distinct random items.
    for index in 0..<count {
      let pick = index + Int(source.next(below: UInt64(pool.count - index)))
      pool.swapAt(index, pick)
      try context.write(pool[index])
    }
  }

  /// The range of the numbers to write, in the type pwsh would use.
  private enum Bounds {
    case int32(Int64, Int64)
    case int64(Int64, Int64)
    case double(Double, Double)

    init(_ context: CommandContext) throws {
      let minimum = context.parameters["Minimum"].flatMap(Self.number)
      let maximum = context.parameters["Maximum"].flatMap(Self.number)
      let isDouble = [minimum, maximum].contains { if case .double? = $0 { true } else { false } }
      if isDouble {
        let low = minimum?.double ?? 0
        let high = maximum?.double ?? Double.greatestFiniteMagnitude
        guard low < high else { throw Self.minNotBelowMax(minimum, maximum, context) }
        self = .double(low, high)
        return
      }
      let low = minimum?.integer ?? 0
      let high = maximum?.integer ?? Int64(Int32.max)
      guard low < high else { throw Self.minNotBelowMax(minimum, maximum, context) }
      let fits = Int64(Int32.min)...Int64(Int32.max)
      let isInt64 = [minimum, maximum].contains { if case .long? = $0 { true } else { false } }
      let isInt32 = !isInt64 && fits.contains(low) && fits.contains(high)
      self = isInt32 ? .int32(low, high) : .int64(low, high)
    }

    /// A bound as pwsh reads it: Int32 and Int64 stay integers, everything else is a double.
    private static func number(_ value: Value) -> Number? {
      switch value.unwrapped {
      case .int(let number): return .int(Int64(number))
      case .long(let number): return .long(number)
      case .string(let text):
        // A string is read as a number literal ('1kb', '0x10', '1e3'), as pwsh scans it.
        switch Value.parseNumber(text) {
        case .int(let number)?: return .int(Int64(number))
        case .long(let number)?: return .long(number)
        case let number?: return number.doubleValue.map(Number.double)
        case nil: return Double(text.trimmingCharacters(in: .whitespaces)).map(Number.double)
        }
      case .null: return nil
      default: return value.doubleValue.map(Number.double)
      }
    }

    func next(_ source: RandomSource) -> Value {
      switch self {
      case .int32(let low, let high):
        return .int(Int32(low + Int64(source.next(below: UInt64(high - low)))))
      case .int64(let low, let high):
        let span = UInt64(bitPattern: high &- low)
        return .long(low &+ Int64(bitPattern: source.next(below: span)))
      case .double(let low, let high):
        // Retried until below the maximum, as floating-point rounding can reach it; a span too
        // wide for a double is scaled from both ends instead.
        var span = high - low
        while true {
          let unit = source.nextUnit()
          let value: Double
          if span.isInfinite {
            value = low + unit * high - unit * low
          } else {
            value = low + unit * span
            span *= unit
          }
          if value < high { return .double(value) }
        }
      }
    }

    private static func minNotBelowMax(
      _ minimum: Number?, _ maximum: Number?, _ context: CommandContext
    ) -> RuntimeError {
      let low = minimum?.text ?? "0"
      let high = maximum?.text ?? "\(Int32.max)"
      return CmdletErrors.terminating(
        context, "MinGreaterThanOrEqualMax",
        "The Minimum value (\(low)) cannot be greater than or equal to the Maximum value "
          + "(\(high)).",
        category: .invalidArgument, target: .null, exceptionType: "System.ArgumentException")
    }
  }

  /// A bound's value and .NET type.
  private enum Number {
    case int(Int64)
    case long(Int64)
    case double(Double)

    var double: Double {
      switch self {
      case .int(let value), .long(let value): return Double(value)
      case .double(let value): return value
      }
    }

    var integer: Int64 {
      switch self {
      case .int(let value), .long(let value): return value
      case .double(let value): return Int64(value)
      }
    }

    var text: String {
      switch self {
      case .int(let value), .long(let value): return "\(value)"
      case .double(let value): return Value.double(value).toText()
      }
    }
  }
}
