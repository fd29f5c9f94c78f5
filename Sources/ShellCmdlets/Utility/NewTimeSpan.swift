import Foundation
import ShellCore

/// New-TimeSpan: the interval between two dates, or one built from days, hours, minutes,
/// seconds and milliseconds.
final class NewTimeSpan: Cmdlet {
  /// The parts the Time parameter set adds up, in the order of TimeSpan's constructor.
  static let parts = ["Days", "Hours", "Minutes", "Seconds", "Milliseconds"]

  static let declaration = CmdletDeclaration(
    name: "New-TimeSpan",
    synopsis: "Creates a TimeSpan object.",
    description: """
      Returns a TimeSpan. With -Start and -End (either defaults to now) it is End minus Start, \
      negative when Start is later. With -Days, -Hours, -Minutes, -Seconds and -Milliseconds \
      it is their sum; a part may be negative or exceed its usual range. Without parameters \
      it is zero.
      """,
    parameters: [
      ParameterDeclaration(
        "Start", .dateTime, position: 0, pipeline: [.byValue, .byPropertyName], sets: ["Date"],
        aliases: ["LastWriteTime"], help: "The start of the interval; the default is now."),
      ParameterDeclaration(
        "End", .dateTime, position: 1, pipeline: .byPropertyName, sets: ["Date"],
        help: "The end of the interval; the default is now."),
    ]
      + parts.map { part in
        ParameterDeclaration(
          part, .int, sets: ["Time"], help: "The \(part.lowercased()) in the interval.")
      },
    defaultParameterSet: "Date",
    examples: [
      CmdletExample(
        "New-TimeSpan -Hours 1 -Minutes 25",
        remarks: "Creates a span of 1 hour 25 minutes; a TimeSpan prints as a list.",
        prints: """

          Days              : 0
          Hours             : 1
          Minutes           : 25
          Seconds           : 0
          Milliseconds      : 0
          Ticks             : 51000000000
          TotalDays         : 0.0590277777777778
          TotalHours        : 1.41666666666667
          TotalMinutes      : 85
          TotalSeconds      : 5100
          TotalMilliseconds : 5100000


          """),
      CmdletExample(
        "(New-TimeSpan -Start '2024-01-01' -End '2024-03-01').Days",
        remarks: "Counts the days between two dates.", prints: "60\n"),
      CmdletExample(
        "\"$(New-TimeSpan -Seconds 90)\"",
        remarks: "A TimeSpan in a string is [-][d.]hh:mm:ss[.fffffff].", prints: "00:01:30\n"),
      CmdletExample(
        "New-TimeSpan -End (Get-Date).AddDays(90)",
        remarks: "The interval from now until a date."),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.timeSpan)

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    guard parameters.parameterSetName == "Time" else {
      let now = Date()
      let start = Self.date(parameters["Start"]) ?? now
      let end = Self.date(parameters["End"]) ?? now
      guard let span = DateTicks.difference(from: start, to: end) else {
        throw context.terminatingError(
          "System.OverflowException", TimeSpanError.tooLong.message, category: .notSpecified,
          exceptionType: "System.OverflowException")
      }
      try context.write(.timeSpan(span))
      return
    }
    let amounts = Self.parts.map { Int64(parameters[$0]?.intValue ?? 0) }
    // Int32 parts cannot overflow a TimeSpan, whose range is about 29 million years.
    let span = TimeSpan.components(
      days: amounts[0], hours: amounts[1], minutes: amounts[2], seconds: amounts[3],
      milliseconds: amounts[4])
    try context.write(.timeSpan(span ?? .zero))
  }

  private static func date(_ value: Value?) -> Date? {
    guard case .dateTime(let stamp)? = value?.unwrapped else { return nil }
    let date = stamp.date
    return date
  }
}
