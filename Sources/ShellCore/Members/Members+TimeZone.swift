import Foundation

/// `[TimeZoneInfo]::Local` and `::Utc`, and conversions between zones.
///
/// Each zone has its names and offsets. A DateTime value here is a wall-clock time read in the local zone, so a
/// conversion moves it by the difference of the two zones' offsets at that moment.
enum TimeZoneMembers {
  static func property(_ key: String) -> Value? {
    switch key {
    case "local": return zoneObject(TimeZone.current)
    case "utc": return utcObject()
    default: return nil
    }
  }

  static func call(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "findsystemtimezonebyid":
      try call.expect(1)
      return zoneObject(try zone(call, call.string(0)))
    case "getsystemtimezones":
      try call.expect(0)
      return .array(
        TimeZone.knownTimeZoneIdentifiers.sorted().compactMap { id in
          TimeZone(identifier: id).map(zoneObject)
        })
    case "converttimetoutc":
      try call.expect(1)
      let date = try wallTime(call, 0)
      return .date(date.addingTimeInterval(-Double(TimeZone.current.secondsFromGMT(for: date))))
    case "converttimefromutc":
      try call.expect(2)
      let date = try wallTime(call, 0)
      let target = try zone(of: call, 1)
      return .date(shift(date, from: TimeZone(secondsFromGMT: 0) ?? .current, to: target))
    case "converttime":
      try call.expect(2, 3)
      let date = try wallTime(call, 0)
      if call.arguments.count == 3 {
        return .date(shift(date, from: try zone(of: call, 1), to: try zone(of: call, 2)))
      }
      return .date(shift(date, from: .current, to: try zone(of: call, 1)))
    case "converttimebysystemtimezoneid":
      try call.expect(2, 3)
      let date = try wallTime(call, 0)
      if call.arguments.count == 3 {
        return .date(
          shift(date, from: try zone(call, call.string(1)), to: try zone(call, call.string(2))))
      }
      return .date(shift(date, from: .current, to: try zone(call, call.string(1))))
    default: return nil
    }
  }

  /// A wall-clock time in `source` read again in `target`.
  private static func shift(_ date: Date, from source: TimeZone, to target: TimeZone) -> Date {
    let instant = date.addingTimeInterval(
      Double(TimeZone.current.secondsFromGMT(for: date) - source.secondsFromGMT(for: date)))
    let moved = Double(
      target.secondsFromGMT(for: instant) - TimeZone.current.secondsFromGMT(for: instant))
    return instant.addingTimeInterval(moved)
  }

  private static func wallTime(_ call: MethodCall, _ index: Int) throws -> Date {
    guard case .dateTime(let value) = try call.arguments[index].convert(to: .dateTime) else {
      throw OperatorErrors.argumentCount(call.name, call.arguments.count)
    }
    return value.date
  }

  private static func zone(_ call: MethodCall, _ id: String) throws -> TimeZone {
    if id.caseInsensitiveCompare("UTC") == .orderedSame, let utc = TimeZone(identifier: "UTC") {
      return utc
    }
    guard let found = TimeZone(identifier: id) else {
      throw call.failure("The time zone ID '\(id)' was not found on the local computer.")
    }
    return found
  }

  /// A TimeZoneInfo argument (or a zone id written as text).
  private static func zone(of call: MethodCall, _ index: Int) throws -> TimeZone {
    let argument = call.arguments[index]
    let id = argument.psObject?.value(of: "Id")?.toText() ?? argument.toText()
    return try zone(call, id)
  }

  private static func utcObject() -> Value {
    let object = zoneObject(TimeZone(identifier: "UTC") ?? .current)
    let name = "Coordinated Universal Time"
    object.psObject?.set("Id", .string("UTC"))
    object.psObject?.set("DisplayName", .string("(UTC) " + name))
    object.psObject?.set("StandardName", .string(name))
    object.psObject?.set("DaylightName", .string(name))
    object.psObject?.stringValue = { "(UTC) " + name }
    return object
  }

  static func zoneObject(_ zone: TimeZone) -> Value {
    let now = Date()
    let offset = zone.secondsFromGMT(for: now) - Int(zone.daylightSavingTimeOffset(for: now))
    let english = Locale(identifier: "en_US")
    let standard = zone.localizedName(for: .standard, locale: english) ?? zone.identifier
    let daylight = zone.localizedName(for: .daylightSaving, locale: english) ?? standard
    let generic = zone.localizedName(for: .generic, locale: english) ?? standard
    let magnitude = abs(offset)
    let offsetText =
      offset == 0
      ? "(UTC)"
      : String(
        format: "(UTC%@%02d:%02d)", offset < 0 ? "-" : "+", magnitude / 3600, magnitude % 3600 / 60)
    let display = offsetText + " " + generic
    let object = PSObject(typeNames: ["System.TimeZoneInfo", "System.Object"])
    object.set("Id", .string(zone.identifier))
    object.set("HasIanaId", .bool(true))
    object.set("DisplayName", .string(display))
    object.set("StandardName", .string(standard))
    object.set("DaylightName", .string(daylight))
    object.set("BaseUtcOffset", .timeSpan(TimeSpan(ticks: Int64(offset) * 10_000_000)))
    object.set("SupportsDaylightSavingTime", .bool(zone.nextDaylightSavingTimeTransition != nil))
    object.stringValue = { display }
    object.methods["getutcoffset"] = PSMethod(name: "GetUtcOffset") { arguments in
      try MethodCall.check("GetUtcOffset", arguments, 1)
      guard case .dateTime(let value) = try arguments[0].convert(to: .dateTime) else {
        return .null
      }
      let date = value.date
      return .timeSpan(TimeSpan(ticks: Int64(zone.secondsFromGMT(for: date)) * 10_000_000))
    }
    object.methods["isdaylightsavingtime"] = PSMethod(name: "IsDaylightSavingTime") { arguments in
      try MethodCall.check("IsDaylightSavingTime", arguments, 1)
      guard case .dateTime(let value) = try arguments[0].convert(to: .dateTime) else {
        return .null
      }
      let date = value.date
      return .bool(zone.isDaylightSavingTime(for: date))
    }
    return .object(object)
  }
}
