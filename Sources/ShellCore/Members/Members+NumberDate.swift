import Foundation

/// Methods of numbers (`ToString('N2')`) and of DateTime values (`AddDays`, `ToString(fmt)`).
extension Members {
  static func numberMethod(_ call: MethodCall) throws -> Value? {
    guard let number = Numeric(exactly: call.target) else { return nil }
    switch call.key {
    case "tostring":
      try call.expect(0, 1, 2)
      guard !call.arguments.isEmpty, !call.arguments[0].isNull else {
        return .string(defaultToString(call.target))
      }
      let spec = call.string(0)
      if spec.isEmpty { return .string(defaultToString(call.target)) }
      do {
        return .string(try NumberFormatting.format(number, spec))
      } catch let error as RuntimeError {
        throw call.failure(error.record.message)
      }
    default: return nil
    }
  }

  static func dateProperty(_ date: Date, _ key: String) -> Value? {
    let calendar = localCalendar
    let parts = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second, .nanosecond, .weekday], from: date)
    switch key {
    case "year": return .int(Int32(parts.year ?? 1))
    case "month": return .int(Int32(parts.month ?? 1))
    case "day": return .int(Int32(parts.day ?? 1))
    case "hour": return .int(Int32(parts.hour ?? 0))
    case "minute": return .int(Int32(parts.minute ?? 0))
    case "second": return .int(Int32(parts.second ?? 0))
    case "millisecond": return .int(Int32((parts.nanosecond ?? 0) / 1_000_000))
    case "dayofweek":
      let index = (parts.weekday ?? 1) - 1
      return .string(
        DateFormatting.dayNames.indices.contains(index) ? DateFormatting.dayNames[index] : "")
    case "dayofyear": return .int(Int32(calendar.ordinality(of: .day, in: .year, for: date) ?? 1))
    case "date": return .date(calendar.startOfDay(for: date))
    case "ticks":
      // .NET ticks: 100 ns since 0001-01-01, on the local wall clock.
      let offset = Double(TimeZone.current.secondsFromGMT(for: date))
      let seconds = date.timeIntervalSince1970 + offset + 62_135_596_800
      return .long(Int64(seconds * 10_000_000))
    case "kind": return .string("Local")
    default: return nil
    }
  }

  static func dateMethod(_ date: Date, _ call: MethodCall) throws -> Value? {
    let calendar = localCalendar
    let add: (Calendar.Component, Int) throws -> Value = { component, amount in
      guard let result = calendar.date(byAdding: component, value: amount, to: date) else {
        throw call.failure("The added or subtracted value results in an un-representable DateTime.")
      }
      return .date(result)
    }
    let seconds: (Double) throws -> Value = { scale in
      try call.expect(1)
      let amount = try call.double(0) * scale
      guard amount.isFinite, abs(amount) < 3.2e11 else {
        throw call.failure("Value to add was out of range. (Parameter 'value')")
      }
      return .date(date.addingTimeInterval(amount))
    }
    switch call.key {
    case "adddays": return try seconds(86_400)
    case "addhours": return try seconds(3_600)
    case "addminutes": return try seconds(60)
    case "addseconds": return try seconds(1)
    case "addmilliseconds": return try seconds(0.001)
    case "addmonths", "addyears":
      try call.expect(1)
      let amount = try call.int(0)
      guard abs(amount) <= 120_000 else {
        throw call.failure("Value to add was out of range. (Parameter 'months')")
      }
      return try add(call.key == "addmonths" ? .month : .year, amount)
    case "tostring":
      try call.expect(0, 1, 2)
      let spec = call.arguments.isEmpty || call.arguments[0].isNull ? "G" : call.string(0)
      return .string(DateFormatting.format(date, spec.isEmpty ? "G" : spec))
    case "toshortdatestring": return .string(DateFormatting.format(date, "d"))
    case "tolongdatestring": return .string(DateFormatting.format(date, "D"))
    case "toshorttimestring": return .string(DateFormatting.format(date, "t"))
    case "tolongtimestring": return .string(DateFormatting.format(date, "T"))
    case "touniversaltime":
      // Values carry no DateTimeKind, so UTC is the instant shifted to read as UTC locally.
      return .date(date.addingTimeInterval(-Double(TimeZone.current.secondsFromGMT(for: date))))
    case "tolocaltime":
      return .date(date.addingTimeInterval(Double(TimeZone.current.secondsFromGMT(for: date))))
    default: return nil
    }
  }

  static var localCalendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    return calendar
  }
}
