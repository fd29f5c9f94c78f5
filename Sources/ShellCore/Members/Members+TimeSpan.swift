import Foundation

/// Members of System.TimeSpan (`.TotalSeconds`, `.Add()`, `[timespan]::FromMinutes(5)`,
/// `[timespan]::new(1, 2, 3)`) and the DateTime members that take or return one (`.TimeOfDay`,
/// `.Add()`, `.AddTicks()`, `.Subtract()`).
extension Members {
  /// TimeSpan's properties in the order .NET reflection lists them (Select-Object *,
  /// Format-List *, ConvertTo-Json).
  public static let timeSpanPropertyNames = [
    "Ticks", "Days", "Hours", "Milliseconds", "Microseconds", "Nanoseconds", "Minutes",
    "Seconds", "TotalDays", "TotalHours", "TotalMilliseconds", "TotalMicroseconds",
    "TotalNanoseconds", "TotalMinutes", "TotalSeconds",
  ]

  static func timeSpanProperty(_ span: TimeSpan, _ key: String) -> Value? {
    switch key {
    case "ticks": return .long(span.ticks)
    case "days": return .int(span.days)
    case "hours": return .int(span.hours)
    case "minutes": return .int(span.minutes)
    case "seconds": return .int(span.seconds)
    case "milliseconds": return .int(span.milliseconds)
    case "microseconds": return .int(span.microseconds)
    case "nanoseconds": return .int(span.nanoseconds)
    case "totaldays": return .double(span.totalDays)
    case "totalhours": return .double(span.totalHours)
    case "totalminutes": return .double(span.totalMinutes)
    case "totalseconds": return .double(span.totalSeconds)
    case "totalmilliseconds": return .double(span.totalMilliseconds)
    case "totalmicroseconds": return .double(span.totalMicroseconds)
    case "totalnanoseconds": return .double(span.totalNanoseconds)
    default: return nil
    }
  }

  static func timeSpanMethod(_ span: TimeSpan, _ call: MethodCall) throws -> Value? {
    do {
      switch call.key {
      case "add", "subtract":
        try call.expect(1)
        let other = try call.timeSpan(0)
        return .timeSpan(try call.key == "add" ? span.adding(other) : span.subtracting(other))
      case "negate":
        try call.expect(0)
        return .timeSpan(try span.negated())
      case "duration":
        try call.expect(0)
        return .timeSpan(try span.duration())
      case "multiply":
        try call.expect(1)
        return .timeSpan(try span.multiplied(by: try call.double(0)))
      case "divide":
        try call.expect(1)
        if case .timeSpan(let divisor) = call.arguments[0].unwrapped {
          return .double(Double(span.ticks) / Double(divisor.ticks))
        }
        return .timeSpan(try span.divided(by: try call.double(0)))
      case "tostring":
        try call.expect(0, 1, 2)
        let format = call.arguments.first.flatMap { $0.isNull ? nil : $0.toText() }
        return .string(try span.formatted(format))
      default: return nil
      }
    } catch let error as TimeSpanError {
      throw call.failure(error.message)
    }
  }

  /// `[timespan]::Zero`, `MaxValue`, `MinValue` and the `TicksPer...` constants.
  static func timeSpanStaticProperty(_ key: String) -> Value? {
    switch key {
    case "zero": return .timeSpan(.zero)
    case "maxvalue": return .timeSpan(.maxValue)
    case "minvalue": return .timeSpan(.minValue)
    case "ticksperday": return .long(TimeSpan.ticksPerDay)
    case "ticksperhour": return .long(TimeSpan.ticksPerHour)
    case "ticksperminute": return .long(TimeSpan.ticksPerMinute)
    case "tickspersecond": return .long(TimeSpan.ticksPerSecond)
    case "tickspermillisecond": return .long(TimeSpan.ticksPerMillisecond)
    case "tickspermicrosecond": return .long(10)
    case "nanosecondspertick": return .long(100)
    default: return nil
    }
  }

  static func timeSpanStatic(_ call: MethodCall) throws -> Value? {
    let units: [String: Int64] = [
      "fromdays": TimeSpan.ticksPerDay, "fromhours": TimeSpan.ticksPerHour,
      "fromminutes": TimeSpan.ticksPerMinute, "fromseconds": TimeSpan.ticksPerSecond,
      "frommilliseconds": TimeSpan.ticksPerMillisecond, "frommicroseconds": 10,
    ]
    do {
      if let unit = units[call.key] {
        try call.expect(1)
        return .timeSpan(try TimeSpan.interval(try call.double(0), unit: unit))
      }
      switch call.key {
      case "fromticks":
        try call.expect(1)
        return .timeSpan(try call.timeSpan(0))
      case "parse":
        try call.expect(1, 2)
        return .timeSpan(try TimeSpan.parse(call.string(0)))
      case "compare":
        try call.expect(2)
        let (left, right) = (try call.timeSpan(0), try call.timeSpan(1))
        return .int(left < right ? -1 : (left > right ? 1 : 0))
      case "equals":
        try call.expect(2)
        return .bool(try call.timeSpan(0) == call.timeSpan(1))
      default: return nil
      }
    } catch let error as TimeSpanError {
      throw call.failure(error.message)
    }
  }

  /// `[timespan]::new()` with no arguments, ticks, (h, m, s), (d, h, m, s) or (d, h, m, s, ms).
  static func constructTimeSpan(_ arguments: [Value]) throws -> Value {
    let call = MethodCall(target: .null, name: "new", key: "new", arguments: arguments)
    switch arguments.count {
    case 0: return .timeSpan(.zero)
    case 1: return .timeSpan(try call.timeSpan(0))
    case 3, 4, 5:
      var parts = try arguments.indices.map { Int64(try call.int($0)) }
      if parts.count == 3 { parts.insert(0, at: 0) }
      parts += Array(repeating: 0, count: 5 - parts.count)
      guard
        let span = TimeSpan.components(
          days: parts[0], hours: parts[1], minutes: parts[2], seconds: parts[3],
          milliseconds: parts[4])
      else {
        throw OperatorErrors.methodException(
          ".ctor", arguments.count, TimeSpanError.tooLong.message)
      }
      return .timeSpan(span)
    default: throw OperatorErrors.argumentCount("new", arguments.count)
    }
  }

  /// DateTime's `TimeOfDay`.
  static func dateSpanProperty(_ date: DateTimeValue, _ key: String) -> Value? {
    key == "timeofday" ? .timeSpan(date.timeOfDay) : nil
  }

  /// DateTime's `Add(timespan)`, `AddTicks(long)` and `Subtract(datetime or timespan)`.
  static func dateSpanMethod(_ date: DateTimeValue, _ call: MethodCall) throws -> Value? {
    let move: (TimeSpan) throws -> Value = { span in
      guard let moved = date.adding(ticks: span.ticks) else {
        throw call.failure(
          "The added or subtracted value results in an un-representable DateTime. "
            + "(Parameter 'value')")
      }
      return .dateTime(moved)
    }
    switch call.key {
    case "add":
      try call.expect(1)
      return try move(call.timeSpan(0))
    case "addticks":
      try call.expect(1)
      guard case .long(let ticks) = try call.arguments[0].convert(to: .long) else { return nil }
      return try move(TimeSpan(ticks: ticks))
    case "subtract":
      try call.expect(1)
      let argument = call.arguments[0].unwrapped
      var other: DateTimeValue?
      if case .dateTime(let given) = argument { other = given }
      if case .string(let text) = argument { other = Value.parseDate(text) }
      if let other { return .timeSpan(TimeSpan(ticks: date.ticks - other.ticks)) }
      let span = try call.timeSpan(0)
      guard span.ticks != .min else { return try move(.maxValue) }
      return try move(TimeSpan(ticks: -span.ticks))
    default: return nil
    }
  }
}
