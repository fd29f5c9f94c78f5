import Foundation

/// `[cultureinfo]::CurrentCulture` with its DateTimeFormat, `[TimeZone]::CurrentTimeZone`,
/// `[TimeZoneInfo]::Local`/`Utc`, `[System.Globalization.ISOWeek]`, `[DateTimeKind]` and
/// `[DayOfWeek]`: what scripts read to build or check date text.
///
/// The culture is the invariant one the shell formats with (pwsh's under LANG=C.UTF-8):
/// English names, `AM`/`PM`, and the patterns of DateFormatting's standard formats.
extension Members {
  static func cultureStaticProperty(_ type: PSType, _ key: String) -> Value? {
    switch (type.fullName, key) {
    case ("System.Globalization.CultureInfo", "currentculture"),
      ("System.Globalization.CultureInfo", "currentuiculture"),
      ("System.Globalization.CultureInfo", "invariantculture"):
      return cultureObject()
    case ("System.TimeZone", "currenttimezone"), ("System.TimeZoneInfo", "local"):
      return timeZoneObject(.current)
    case ("System.TimeZoneInfo", "utc"):
      return timeZoneObject(TimeZone(identifier: "UTC") ?? .current)
    // The enums dates answer with, as the names `.Kind` and `.DayOfWeek` give.
    case ("System.DateTimeKind", _):
      return DateTimeKind.allCases.first { $0.rawValue.lowercased() == key }
        .map { .string($0.rawValue) }
    case ("System.DayOfWeek", _):
      return DateFormatting.dayNames.first { $0.lowercased() == key }.map { .string($0) }
    default: return nil
    }
  }

  static func cultureStatic(_ type: PSType, _ call: MethodCall) throws -> Value? {
    guard type.fullName == "System.Globalization.ISOWeek" else { return nil }
    switch call.key {
    case "getweekofyear", "getyear":
      try call.expect(1)
      guard case .dateTime(let date) = try call.arguments[0].convert(to: .dateTime) else {
        return nil
      }
      return .int(Int32(call.key == "getyear" ? date.isoYear : date.isoWeek))
    default: return nil
    }
  }

  /// The session's culture, as `Get-Culture` and `[cultureinfo]::CurrentCulture` return it.
  public static func currentCulture() -> Value { cultureObject() }

  private static func cultureObject() -> Value {
    let culture = PSObject(typeNames: ["System.Globalization.CultureInfo", "System.Object"])
    culture.set("LCID", .int(127))
    culture.set("Name", .string(""))
    culture.set("DisplayName", .string("Invariant Language (Invariant Country)"))
    culture.set("TextInfo", CultureTextInfo.make())
    let format = PSObject(
      typeNames: ["System.Globalization.DateTimeFormatInfo", "System.Object"])
    let names: (([String]) -> [String]) -> Value = { transform in
      .array(transform(DateFormatting.dayNames).map { .string($0) })
    }
    let months: (([String]) -> [String]) -> Value = { transform in
      .array((transform(DateFormatting.monthNames) + [""]).map { .string($0) })
    }
    let short: ([String]) -> [String] = { $0.map { String($0.prefix(3)) } }
    let patterns = DateFormatting.standard
    format.set("AMDesignator", .string("AM"))
    format.set("PMDesignator", .string("PM"))
    format.set("DayNames", names { $0 })
    format.set("AbbreviatedDayNames", names(short))
    format.set("ShortestDayNames", names { $0.map { String($0.prefix(2)) } })
    format.set("MonthNames", months { $0 })
    format.set("AbbreviatedMonthNames", months(short))
    format.set("DateSeparator", .string("/"))
    format.set("TimeSeparator", .string(":"))
    format.set("FirstDayOfWeek", .string("Sunday"))
    for (name, letter) in [
      ("ShortDatePattern", "d"), ("LongDatePattern", "D"), ("ShortTimePattern", "t"),
      ("LongTimePattern", "T"), ("FullDateTimePattern", "F"), ("MonthDayPattern", "m"),
      ("YearMonthPattern", "y"), ("SortableDateTimePattern", "s"),
      ("UniversalSortableDateTimePattern", "u"), ("RFC1123Pattern", "r"),
    ] {
      format.set(name, .string(patterns[Character(letter)] ?? ""))
    }
    culture.set("DateTimeFormat", .object(format))
    culture.stringValue = { "" }
    return .object(culture)
  }

  private static func timeZoneObject(_ zone: TimeZone) -> Value {
    let object = PSObject(typeNames: ["System.TimeZoneInfo", "System.Object"])
    let offset = TimeSpan(ticks: Int64(zone.secondsFromGMT()) * DateTimeValue.ticksPerSecond)
    object.set("Id", .string(zone.identifier))
    object.set("DisplayName", .string(zone.identifier))
    object.set("StandardName", .string(zone.abbreviation() ?? zone.identifier))
    object.set("BaseUtcOffset", .timeSpan(offset))
    object.set("SupportsDaylightSavingTime", .bool(zone.nextDaylightSavingTimeTransition != nil))
    object.stringValue = { zone.identifier }
    object.methods["getutcoffset"] = PSMethod(name: "GetUtcOffset") { arguments in
      guard arguments.count == 1,
        case .dateTime(let date) = try arguments[0].convert(to: .dateTime)
      else { throw OperatorErrors.argumentCount("GetUtcOffset", arguments.count) }
      let seconds = zone.secondsFromGMT(for: date.kind == .utc ? date.instant : date.date)
      return .timeSpan(TimeSpan(ticks: Int64(seconds) * DateTimeValue.ticksPerSecond))
    }
    object.methods["isdaylightsavingtime"] = PSMethod(name: "IsDaylightSavingTime") {
      arguments in
      guard arguments.count == 1,
        case .dateTime(let date) = try arguments[0].convert(to: .dateTime)
      else { throw OperatorErrors.argumentCount("IsDaylightSavingTime", arguments.count) }
      return .bool(zone.isDaylightSavingTime(for: date.instant))
    }
    return .object(object)
  }
}
