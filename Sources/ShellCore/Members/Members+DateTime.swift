import Foundation

/// Properties and methods of DateTime values (`.Year`, `.Kind`, `AddDays`, `ToString(fmt)`,
/// `ToFileTime`) and the static members of `[datetime]`.
extension Members {
  /// Ticks from 0001-01-01 to 1601-01-01, where Windows file times start.
  static let fileTimeOffset: Int64 = 504_911_232_000_000_000

  static func dateProperty(_ date: DateTimeValue, _ key: String) -> Value? {
    switch key {
    case "year": return .int(Int32(date.year))
    case "month": return .int(Int32(date.month))
    case "day": return .int(Int32(date.day))
    case "hour": return .int(Int32(date.hour))
    case "minute": return .int(Int32(date.minute))
    case "second": return .int(Int32(date.second))
    case "millisecond": return .int(Int32(date.millisecond))
    case "microsecond": return .int(Int32(date.fraction / 10 % 1000))
    case "nanosecond": return .int(Int32(date.fraction % 10 * 100))
    case "dayofweek": return .string(DateFormatting.dayNames[date.dayOfWeek])
    case "dayofyear": return .int(Int32(date.dayOfYear))
    case "date": return .dateTime(date.startOfDay)
    case "ticks": return .long(date.ticks)
    case "kind": return .string(date.kind.rawValue)
    case "datetime": return .string(displayText(date, hint: nil))
    default: return nil
    }
  }

  /// The `DateTime` script property pwsh's types file gives dates, which the default view
  /// shows: the long date, the long time, or both, as the `DisplayHint` note says.
  public static func displayText(_ date: DateTimeValue, hint: String?) -> String {
    let day = DateFormatting.format(date, DateFormatting.longDisplayDate)
    let time = DateFormatting.format(date, DateFormatting.longDisplayTime)
    switch hint?.lowercased() {
    case "date": return day
    case "time": return time
    default: return day + " " + time
    }
  }

  static func dateMethod(_ date: DateTimeValue, _ call: MethodCall) throws -> Value? {
    let unrepresentable = "The added or subtracted value results in an un-representable DateTime."
    let scaled: (Double) throws -> Value = { ticksPerUnit in
      try call.expect(1)
      let amount = (try call.double(0) * ticksPerUnit).rounded()
      guard amount.isFinite, abs(amount) < 4e18, let moved = date.adding(ticks: Int64(amount))
      else { throw call.failure("Value to add was out of range. (Parameter 'value')") }
      return .dateTime(moved)
    }
    switch call.key {
    case "adddays": return try scaled(864e9)
    case "addhours": return try scaled(36e9)
    case "addminutes": return try scaled(6e8)
    case "addseconds": return try scaled(1e7)
    case "addmilliseconds": return try scaled(1e4)
    case "addmicroseconds": return try scaled(10)
    case "addmonths", "addyears":
      try call.expect(1)
      let amount = try call.int(0)
      guard abs(amount) <= 120_000 else {
        throw call.failure("Value to add was out of range. (Parameter 'months')")
      }
      guard let moved = date.adding(months: call.key == "addmonths" ? amount : amount * 12) else {
        throw call.failure(unrepresentable + " (Parameter 'months')")
      }
      return .dateTime(moved)
    case "tostring":
      try call.expect(0, 1, 2)
      let spec = call.arguments.isEmpty || call.arguments[0].isNull ? "G" : call.string(0)
      return .string(DateFormatting.format(date, spec.isEmpty ? "G" : spec))
    case "toshortdatestring": return .string(DateFormatting.format(date, "d"))
    case "tolongdatestring": return .string(DateFormatting.format(date, "D"))
    case "toshorttimestring": return .string(DateFormatting.format(date, "t"))
    case "tolongtimestring": return .string(DateFormatting.format(date, "T"))
    case "touniversaltime": return .dateTime(date.universal)
    case "tolocaltime": return .dateTime(date.local)
    case "tofiletime", "tofiletimeutc":
      try call.expect(0)
      let utc = call.key == "tofiletime" ? date.universal : date
      guard utc.ticks >= fileTimeOffset else {
        throw call.failure("Not a valid Win32 FileTime. (Parameter 'fileTime')")
      }
      return .long(utc.ticks - fileTimeOffset)
    case "isdaylightsavingtime":
      try call.expect(0)
      return .bool(TimeZone.current.isDaylightSavingTime(for: date.date))
    default: return nil
    }
  }

  static func dateStaticProperty(_ key: String) -> Value? {
    switch key {
    case "now": return .dateTime(.now)
    case "today": return .dateTime(DateTimeValue.now.startOfDay)
    case "utcnow": return .dateTime(.utcNow)
    case "minvalue": return .dateTime(DateTimeValue(ticks: 0))
    case "maxvalue": return .dateTime(DateTimeValue(ticks: DateTimeValue.maxTicks))
    case "unixepoch":
      return .dateTime(DateTimeValue(ticks: DateTimeValue.unixEpochTicks, kind: .utc))
    default: return nil
    }
  }

  static func dateStatic(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "parse", "parseexact":
      try call.expect(1, 2, 3)
      let text = call.string(0)
      if call.key == "parseexact", call.arguments.count >= 2 {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = call.string(1).replacingOccurrences(of: "tt", with: "a")
        if let date = formatter.date(from: text) { return .date(date, kind: .unspecified) }
      } else if let date = Value.parseDate(text) {
        return .dateTime(date)
      }
      throw call.failure("String '\(text)' was not recognized as a valid DateTime.")
    case "now": return .dateTime(.now)
    case "isleapyear":
      try call.expect(1)
      return .bool(DateTimeValue.isLeap(try call.int(0)))
    case "daysinmonth":
      try call.expect(2)
      let (year, month) = (try call.int(0), try call.int(1))
      guard (1...12).contains(month), (1...9999).contains(year) else {
        throw call.failure("Month must be between one and twelve. (Parameter 'month')")
      }
      return .int(Int32(DateTimeValue.daysInMonth(year, month)))
    case "compare":
      try call.expect(2)
      return .int(Int32(Operators.compare(call.arguments[0], call.arguments[1]) ?? 0))
    case "fromfiletime", "fromfiletimeutc":
      try call.expect(1)
      guard case .long(let fileTime) = try call.arguments[0].convert(to: .long), fileTime >= 0,
        fileTime <= DateTimeValue.maxTicks - fileTimeOffset
      else { throw call.failure("Not a valid Win32 FileTime. (Parameter 'fileTime')") }
      let utc = DateTimeValue(ticks: fileTime + fileTimeOffset, kind: .utc)
      return .dateTime(call.key == "fromfiletime" ? utc.local : utc)
    case "specifykind":
      try call.expect(2)
      guard case .dateTime(let date) = try call.arguments[0].convert(to: .dateTime),
        let kind = DateTimeKind(argument: call.arguments[1])
      else { return nil }
      return .dateTime(date.with(kind: kind))
    default: return nil
    }
  }

  /// `[datetime]::new(...)`: ticks, or year, month, day with optional time, millisecond,
  /// microsecond and kind, as .NET's constructors take them.
  static func constructDateTime(_ arguments: [Value]) throws -> Value {
    var numbers: [Int64] = []
    var kind = DateTimeKind.unspecified
    for (index, argument) in arguments.enumerated() {
      if index == arguments.count - 1, index >= 1, case .string = argument.unwrapped,
        let named = DateTimeKind(argument: argument)
      {
        kind = named
        continue
      }
      guard case .long(let number) = try argument.convert(to: .long) else {
        throw OperatorErrors.argumentCount("new", arguments.count)
      }
      numbers.append(number)
    }
    if numbers.count == 1 {
      guard (0...DateTimeValue.maxTicks).contains(numbers[0]) else {
        throw OperatorErrors.methodException(
          ".ctor", arguments.count,
          "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks. "
            + "(Parameter 'ticks')")
      }
      return .dateTime(DateTimeValue(ticks: numbers[0], kind: kind))
    }
    guard [3, 6, 7, 8].contains(numbers.count) else {
      throw OperatorErrors.argumentCount("new", arguments.count)
    }
    let part = { (index: Int) in numbers.count > index ? Int(clamping: numbers[index]) : 0 }
    let fraction = Int64(part(6)) * 10_000 + Int64(part(7)) * 10
    guard (0...999).contains(part(6)), (0...999).contains(part(7)),
      let date = DateTimeValue(
        year: part(0), month: part(1), day: part(2), hour: part(3), minute: part(4),
        second: part(5), fraction: fraction, kind: kind)
    else {
      throw OperatorErrors.methodException(
        ".ctor", arguments.count,
        "Year, Month, and Day parameters describe an un-representable DateTime.")
    }
    return .dateTime(date)
  }
}
