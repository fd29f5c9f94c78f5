import Foundation

/// The methods of DateTimeOffset values and the static members and constructors of
/// `[DateTimeOffset]`, with .NET's exception messages.
extension Members {
  static func dateTimeOffsetMethod(
    _ value: DateTimeOffsetValue, name: String, _ arguments: [Value]
  ) throws -> Value {
    let call = MethodCall(
      target: value.value, name: name, key: name.lowercased(), arguments: arguments)
    let unrepresentable =
      "The added or subtracted value results in an un-representable DateTime. (Parameter 'value')"
    let move: (Int64) throws -> Value = { ticks in
      guard let moved = value.moved(byTicks: ticks) else { throw call.failure(unrepresentable) }
      return moved.value
    }
    let scaled: (Double) throws -> Value = { ticksPerUnit in
      try call.expect(1)
      let amount = (try call.double(0) * ticksPerUnit).rounded()
      guard amount.isFinite, abs(amount) < 4e18 else {
        throw call.failure("Value to add was out of range. (Parameter 'value')")
      }
      return try move(Int64(amount))
    }
    switch call.key {
    case "adddays": return try scaled(864e9)
    case "addhours": return try scaled(36e9)
    case "addminutes": return try scaled(6e8)
    case "addseconds": return try scaled(1e7)
    case "addmilliseconds": return try scaled(1e4)
    case "addticks":
      try call.expect(1)
      guard case .long(let ticks) = try arguments[0].convert(to: .long) else { return .null }
      return try move(ticks)
    case "add":
      try call.expect(1)
      return try move(try call.timeSpan(0).ticks)
    case "addmonths", "addyears":
      try call.expect(1)
      let amount = try call.int(0)
      guard abs(amount) <= 120_000,
        let clock = value.dateTime.adding(months: call.key == "addmonths" ? amount : amount * 12)
      else { throw call.failure(unrepresentable) }
      return DateTimeOffsetValue(clock: clock, offsetMinutes: value.offsetMinutes).value
    case "subtract":
      try call.expect(1)
      if let other = DateTimeOffsetValue.converting(arguments[0]),
        !(arguments[0].unwrapped.isTimeSpanLike)
      {
        return .timeSpan(TimeSpan(ticks: value.utcTicks - other.utcTicks))
      }
      return try move(-(try call.timeSpan(0).ticks))
    case "tounixtimeseconds", "tounixtimemilliseconds":
      try call.expect(0)
      let since = value.utcTicks - DateTimeValue.unixEpochTicks
      let unit: Int64 = call.key == "tounixtimeseconds" ? 10_000_000 : 10_000
      // .NET rounds toward the past, also before 1970.
      let whole = since / unit - (since % unit < 0 ? 1 : 0)
      return .long(whole)
    case "touniversaltime":
      try call.expect(0)
      return DateTimeOffsetValue(utcTicks: value.utcTicks, offsetMinutes: 0).value
    case "tolocaltime":
      try call.expect(0)
      return DateTimeOffsetValue.local(utcTicks: value.utcTicks).value
    case "tooffset":
      try call.expect(1)
      let minutes = try DateTimeOffsetValue.offsetArgument(call, 0)
      return DateTimeOffsetValue(utcTicks: value.utcTicks, offsetMinutes: minutes).value
    case "tofiletime":
      try call.expect(0)
      guard value.utcTicks >= fileTimeOffset else {
        throw call.failure("Not a valid Win32 FileTime. (Parameter 'fileTime')")
      }
      return .long(value.utcTicks - fileTimeOffset)
    case "equalsexact":
      try call.expect(1)
      guard let other = DateTimeOffsetValue.from(arguments[0]) else { return .bool(false) }
      return .bool(other.utcTicks == value.utcTicks && other.offsetMinutes == value.offsetMinutes)
    case "equals":
      try call.expect(1)
      return .bool(value.compare(to: arguments[0]) == 0)
    case "compareto":
      try call.expect(1)
      guard let order = value.compare(to: arguments[0]) else {
        throw call.failure("Object must be of type DateTimeOffset.")
      }
      return .int(Int32(order))
    case "gethashcode": return .int(Int32(truncatingIfNeeded: value.utcTicks.hashValue))
    case "tostring":
      try call.expect(0, 1, 2)
      let format = arguments.first.map { $0.isNull ? "" : $0.toText() } ?? ""
      return .string(value.text(format))
    default: throw OperatorErrors.methodNotFound(DateTimeOffsetValue.typeName, name)
    }
  }
}

extension DateTimeOffsetValue {
  static func staticProperty(_ key: String) -> Value? {
    switch key {
    case "now": return DateTimeOffsetValue(dateTime: .now).value
    case "utcnow": return DateTimeOffsetValue(dateTime: .utcNow).value
    case "unixepoch":
      return DateTimeOffsetValue(utcTicks: DateTimeValue.unixEpochTicks, offsetMinutes: 0).value
    case "minvalue": return DateTimeOffsetValue(utcTicks: 0, offsetMinutes: 0).value
    case "maxvalue":
      return DateTimeOffsetValue(utcTicks: DateTimeValue.maxTicks, offsetMinutes: 0).value
    default: return nil
    }
  }

  static func staticMethod(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "fromunixtimeseconds", "fromunixtimemilliseconds":
      try call.expect(1)
      guard case .long(let amount) = try call.arguments[0].convert(to: .long) else { return nil }
      let unit: Int64 = call.key == "fromunixtimeseconds" ? 10_000_000 : 10_000
      let limit = (DateTimeValue.maxTicks - DateTimeValue.unixEpochTicks) / unit
      let lowest = -DateTimeValue.unixEpochTicks / unit
      guard amount >= lowest, amount <= limit else {
        let name = unit == 10_000 ? "milliseconds" : "seconds"
        throw call.failure(
          "Valid values are between \(lowest) and \(limit), inclusive. (Parameter '\(name)')")
      }
      let ticks = DateTimeValue.unixEpochTicks + amount * unit
      return DateTimeOffsetValue(utcTicks: ticks, offsetMinutes: 0).value
    case "fromfiletime":
      try call.expect(1)
      guard case .long(let fileTime) = try call.arguments[0].convert(to: .long), fileTime >= 0,
        fileTime <= DateTimeValue.maxTicks - Members.fileTimeOffset
      else { throw call.failure("Not a valid Win32 FileTime. (Parameter 'fileTime')") }
      return DateTimeOffsetValue.local(utcTicks: fileTime + Members.fileTimeOffset).value
    case "parse":
      try call.expect(1, 2, 3)
      let text = call.string(0)
      guard let parsed = parse(text) else {
        throw call.failure("String '\(text)' was not recognized as a valid DateTime.")
      }
      return parsed.value
    default: return nil
    }
  }

  /// `[DateTimeOffset]::new(...)`: from a DateTime (with or without an offset), from ticks and
  /// an offset, or from parts (to the second, millisecond or microsecond) and an offset.
  static func construct(_ arguments: [Value]) throws -> Value {
    let call = MethodCall(
      target: .type(PSType(kind: .other, fullName: typeName)), name: ".ctor", key: "new",
      arguments: arguments)
    if arguments.count == 1 || arguments.count == 2,
      case .dateTime(let date) = arguments[0].unwrapped
    {
      guard arguments.count == 2 else { return DateTimeOffsetValue(dateTime: date).value }
      let minutes = try offsetArgument(call, 1)
      if date.kind == .utc, minutes != 0 {
        throw call.failure(
          "The UTC Offset for Utc DateTime instances must be 0. (Parameter 'offset')")
      }
      if date.kind == .local, minutes * 60 != date.localOffsetSeconds {
        throw call.failure(
          "The UTC Offset of the local dateTime parameter does not match the offset argument. "
            + "(Parameter 'offset')")
      }
      return DateTimeOffsetValue(clock: date, offsetMinutes: minutes).value
    }
    guard [2, 7, 8, 9].contains(arguments.count) else {
      throw OperatorErrors.argumentCount("new", arguments.count)
    }
    let minutes = try offsetArgument(call, arguments.count - 1)
    var parts: [Int64] = []
    for argument in arguments.dropLast() {
      guard case .long(let number) = try argument.convert(to: .long) else {
        throw OperatorErrors.argumentCount("new", arguments.count)
      }
      parts.append(number)
    }
    let clock: DateTimeValue?
    if parts.count == 1 {
      clock = (0...DateTimeValue.maxTicks).contains(parts[0]) ? DateTimeValue(ticks: parts[0]) : nil
    } else {
      let part = { (index: Int) in parts.count > index ? Int(clamping: parts[index]) : 0 }
      let valid = (0...999).contains(part(6)) && (0...999).contains(part(7))
      clock =
        valid
        ? DateTimeValue(
          year: part(0), month: part(1), day: part(2), hour: part(3), minute: part(4),
          second: part(5), fraction: Int64(part(6)) * 10_000 + Int64(part(7)) * 10) : nil
    }
    guard let clock else {
      throw call.failure("Year, Month, and Day parameters describe an un-representable DateTime.")
    }
    let value = DateTimeOffsetValue(clock: clock, offsetMinutes: minutes)
    guard value.utcTicks >= 0, value.utcTicks <= DateTimeValue.maxTicks else {
      throw call.failure(
        "The UTC time represented when the offset is applied must be between year 0 and 10,000. "
          + "(Parameter 'offset')")
    }
    return value.value
  }

  /// An offset argument in whole minutes within ±14 hours, or .NET's ArgumentException.
  static func offsetArgument(_ call: MethodCall, _ index: Int) throws -> Int {
    let span = try call.timeSpan(index)
    guard span.ticks % ticksPerMinute == 0 else {
      throw call.failure("Offset must be specified in whole minutes. (Parameter 'offset')")
    }
    let minutes = span.ticks / ticksPerMinute
    guard abs(minutes) <= 840 else {
      throw call.failure("Offset must be within plus or minus 14 hours. (Parameter 'offset')")
    }
    return Int(minutes)
  }
}

extension Value {
  /// True for a TimeSpan (what DateTimeOffset.Subtract moves by rather than measures to).
  var isTimeSpanLike: Bool {
    if case .timeSpan = self { return true }
    return false
  }
}
