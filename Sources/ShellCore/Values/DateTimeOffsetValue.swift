import Foundation

/// A .NET DateTimeOffset: a wall clock and its offset from UTC, which together name an instant.
///
/// Scripts meet it through `[DateTimeOffset]::Now`, `::FromUnixTimeSeconds`, casts and
/// ConvertFrom-Json -DateKind Offset. It travels as a PSObject typed System.DateTimeOffset
/// whose properties are computed from this value (so Format-List shows them as pwsh does),
/// with the value itself in `base` for the operators and casts that compare instants.
public struct DateTimeOffsetValue: Sendable {
  public static let typeName = "System.DateTimeOffset"
  static let ticksPerMinute: Int64 = 600_000_000

  /// The wall clock at the offset.
  public var clockTicks: Int64
  /// Minutes east of UTC (-840 to 840).
  public var offsetMinutes: Int

  public init(clock: DateTimeValue, offsetMinutes: Int) {
    clockTicks = clock.ticks
    self.offsetMinutes = offsetMinutes
  }

  /// The implicit conversion from DateTime: UTC dates get offset zero, others local time's.
  public init(dateTime: DateTimeValue) {
    clockTicks = dateTime.ticks
    offsetMinutes = dateTime.kind == .utc ? 0 : dateTime.localOffsetSeconds / 60
  }

  /// An instant seen at an offset.
  init(utcTicks: Int64, offsetMinutes: Int) {
    clockTicks = utcTicks + Int64(offsetMinutes) * Self.ticksPerMinute
    self.offsetMinutes = offsetMinutes
  }

  /// An instant seen in local time.
  static func local(utcTicks: Int64) -> DateTimeOffsetValue {
    DateTimeOffsetValue(dateTime: DateTimeValue(ticks: utcTicks, kind: .utc).local)
  }

  public var utcTicks: Int64 { clockTicks - Int64(offsetMinutes) * Self.ticksPerMinute }
  /// `.DateTime`: the wall clock, Unspecified.
  public var dateTime: DateTimeValue { DateTimeValue(ticks: clockTicks) }
  public var utcDateTime: DateTimeValue { DateTimeValue(ticks: utcTicks, kind: .utc) }
  public var localDateTime: DateTimeValue { utcDateTime.local }
  public var offset: TimeSpan { TimeSpan(ticks: Int64(offsetMinutes) * Self.ticksPerMinute) }

  /// The same instant at another offset; nil when the wall clock leaves the range.
  func moved(byTicks delta: Int64) -> DateTimeOffsetValue? {
    guard let clock = dateTime.adding(ticks: delta) else { return nil }
    return DateTimeOffsetValue(clock: clock, offsetMinutes: offsetMinutes)
  }

  /// .NET's ToString: the invariant `G` pattern and `zzz` by default, else the format with
  /// `z`/`K` naming this offset (`u` and `r` show UTC).
  public func text(_ format: String = "") -> String {
    switch format {
    case "": return text("MM/dd/yyyy HH:mm:ss zzz")
    case "u", "r", "R": return DateFormatting.format(utcDateTime, format)
    case "o", "O": return text("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffzzz")
    default:
      var spec = format
      if spec.count == 1, let only = spec.first, let pattern = DateFormatting.standard[only] {
        spec = pattern
      }
      return DateFormatting.format(dateTime, spec, offsetSeconds: offsetMinutes * 60)
    }
  }

  /// Holds the value inside the PSObject.
  public final class Box: Sendable {
    public let value: DateTimeOffsetValue
    init(_ value: DateTimeOffsetValue) { self.value = value }
  }

  /// The DateTimeOffset a value holds, if it is one.
  public static func from(_ value: Value) -> DateTimeOffsetValue? {
    guard case .object(let object) = value, let box = object.base as? Box else { return nil }
    return box.value
  }

  /// What a cast to `[DateTimeOffset]` gives: a DateTimeOffset stays, a DateTime converts, a
  /// string is parsed (with local time's offset when it names no zone).
  public static func converting(_ value: Value) -> DateTimeOffsetValue? {
    if let offset = from(value) { return offset }
    switch value.unwrapped {
    case .dateTime(let date): return DateTimeOffsetValue(dateTime: date)
    case .string(let text): return parse(text)
    default: return nil
    }
  }

  /// DateTimeOffset.Parse with the invariant culture.
  public static func parse(_ text: String) -> DateTimeOffsetValue? {
    guard let (wall, zone) = DateTimeValue.parseParts(text) else { return nil }
    guard let zone else { return DateTimeOffsetValue(dateTime: wall.with(kind: .local)) }
    return DateTimeOffsetValue(clock: wall, offsetMinutes: zone / 60)
  }

  /// The PSObject scripts see.
  public var value: Value {
    let object = PSObject(typeNames: [Self.typeName, "System.ValueType", "System.Object"])
    object.base = Box(self)
    let me = self
    object.stringValue = { me.text() }
    let properties: [(String, () -> Value)] = [
      ("DateTime", { .dateTime(me.dateTime) }),
      ("UtcDateTime", { .dateTime(me.utcDateTime) }),
      ("LocalDateTime", { .dateTime(me.localDateTime) }),
      ("Date", { .dateTime(me.dateTime.startOfDay) }),
      ("Day", { .int(Int32(me.dateTime.day)) }),
      ("DayOfWeek", { .string(DateFormatting.dayNames[me.dateTime.dayOfWeek]) }),
      ("DayOfYear", { .int(Int32(me.dateTime.dayOfYear)) }),
      ("Hour", { .int(Int32(me.dateTime.hour)) }),
      ("Millisecond", { .int(Int32(me.dateTime.millisecond)) }),
      ("Microsecond", { .int(Int32(me.dateTime.fraction / 10 % 1000)) }),
      ("Nanosecond", { .int(Int32(me.dateTime.fraction % 10 * 100)) }),
      ("Minute", { .int(Int32(me.dateTime.minute)) }),
      ("Month", { .int(Int32(me.dateTime.month)) }),
      ("Offset", { .timeSpan(me.offset) }),
      ("TotalOffsetMinutes", { .int(Int32(me.offsetMinutes)) }),
      ("Second", { .int(Int32(me.dateTime.second)) }),
      ("Ticks", { .long(me.clockTicks) }),
      ("UtcTicks", { .long(me.utcTicks) }),
      ("TimeOfDay", { .timeSpan(me.dateTime.timeOfDay) }),
      ("Year", { .int(Int32(me.dateTime.year)) }),
    ]
    for (name, getter) in properties {
      object.setComputed(name, getter: getter)
      object.describeProperty(name, memberType: "Property", definition: "")
    }
    for name in Self.methodNames {
      object.methods[name.lowercased()] = PSMethod(name: name) { arguments in
        try Members.dateTimeOffsetMethod(me, name: name, arguments)
      }
    }
    return .object(object)
  }

  static let methodNames = [
    "Add", "AddDays", "AddHours", "AddMilliseconds", "AddMinutes", "AddMonths", "AddSeconds",
    "AddTicks", "AddYears", "CompareTo", "Equals", "EqualsExact", "Subtract", "ToFileTime",
    "ToLocalTime", "ToOffset", "ToString", "ToUniversalTime", "ToUnixTimeMilliseconds",
    "ToUnixTimeSeconds", "GetHashCode",
  ]

  /// Order by instant, as DateTimeOffset.Compare does; nil when `other` is no date.
  public func compare(to other: Value) -> Int? {
    guard let right = Self.converting(other) else { return nil }
    return utcTicks < right.utcTicks ? -1 : (utcTicks > right.utcTicks ? 1 : 0)
  }
}
