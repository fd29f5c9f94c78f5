import Testing

@testable import ShellCore

/// TimeSpan in scripts: casts, operators, members, display and the two cmdlets.
///
/// Dates are written as text and compared on the wall clock, so every expectation holds in
/// any time zone.
struct TimeSpanShellTests {
  /// A snippet and the text it prints, errors excluded.
  static let outputCases: [(String, String)] = [
    ("(Get-Date) - (Get-Date) -is [timespan]", "True"),
    (
      "[datetime]'2024-01-16 09:30:15' - [datetime]'2024-01-15 08:00:00' | % ToString",
      "1.01:30:15"
    ),
    ("([datetime]'2024-01-15' + [timespan]'1.02:00:00').ToString('s')", "2024-01-16T02:00:00"),
    ("([datetime]'2024-01-15' - [timespan]'00:00:01').ToString('s')", "2024-01-14T23:59:59"),
    ("([datetime]'2024-03-01' - '2024-02-01').Days", "29"),
    ("([datetime]'2024-01-15' + 600000000).ToString('HH:mm')", "00:01"),
    ("\"$([timespan]'1:00' + [timespan]'0:30')\"", "01:30:00"),
    ("\"$([timespan]'1:00' - '2:00')\"", "-01:00:00"),
    ("\"$([timespan]'1:00' * 2.5)\"", "02:30:00"),
    ("\"$([timespan]'1:00' / 4)\"", "00:15:00"),
    ("[timespan]'1:00' / [timespan]'0:20'", "3"),
    ("\"$(-[timespan]'1:00')\"", "-01:00:00"),
    ("[timespan]'0:01:30' -eq '00:01:30'", "True"),
    ("[timespan]'0:01:30' -gt [timespan]::FromSeconds(60)", "True"),
    ("[timespan]'0:01:30' -lt 0", "False"),
    ("[timespan]'1:00', [timespan]'0:30' | Sort-Object | % ToString", "00:30:00\n01:00:00"),
    ("[datetime]'2024-01-02' -gt [datetime]'2024-01-01'", "True"),
    ("\"$([timespan]12345)\"", "00:00:00.0012345"),
    ("\"$([timespan]'10')\"", "10.00:00:00"),
    ("\"$([timespan]$null)\"", "00:00:00"),
    ("('2:00' -as [timespan]).TotalMinutes", "120"),
    ("'nope' -as [timespan]", ""),
    (
      "$t = [timespan]'1.02:03:04.5'; $t.Days, $t.Hours, $t.Minutes, $t.Seconds, $t.Milliseconds",
      "1\n2\n3\n4\n500"
    ),
    ("([timespan]'1:30').TotalHours", "1.5"),
    ("([timespan]'1:30').Ticks.GetType().Name", "Int64"),
    ("([timespan]'-1:30').Duration().ToString()", "01:30:00"),
    ("([timespan]'1:30').Negate().ToString()", "-01:30:00"),
    ("([timespan]'1:30').Add('0:30').ToString()", "02:00:00"),
    ("([timespan]'1:30').Subtract([timespan]'2:00').ToString()", "-00:30:00"),
    ("([timespan]'1:02:03').ToString('hh\\:mm')", "01:02"),
    ("'{0:c} {0:g}' -f [timespan]'1.02:03:04'", "1.02:03:04 1:2:03:04"),
    ("[timespan]::Zero.Ticks", "0"),
    ("\"$([timespan]::MaxValue)\"", "10675199.02:48:05.4775807"),
    ("[timespan]::TicksPerSecond", "10000000"),
    ("\"$([timespan]::FromMinutes(90))\"", "01:30:00"),
    (
      "\"$([timespan]::FromDays(0.5)) $([timespan]::FromMilliseconds(1500))\"",
      "12:00:00 00:00:01.5000000"
    ),
    ("\"$([timespan]::FromTicks(10))\"", "00:00:00.0000010"),
    ("\"$([timespan]::Parse('1:2:3'))\"", "01:02:03"),
    ("[timespan]::Compare('1:00', '2:00')", "-1"),
    (
      "\"$([timespan]::new(1, 2, 3)) $([timespan]::new(1, 2, 3, 4, 5))\"",
      "01:02:03 1.02:03:04.0050000"
    ),
    ("\"$(New-Object TimeSpan 2, 0, 0)\"", "02:00:00"),
    ("([datetime]'2024-01-15 08:30:00').TimeOfDay.ToString()", "08:30:00"),
    ("([datetime]'2024-01-15').Add('1:00').ToString('HH:mm')", "01:00"),
    ("([datetime]'2024-01-15').AddTicks(600000000).ToString('HH:mm')", "00:01"),
    ("([datetime]'2024-01-15').Subtract([datetime]'2024-01-14').TotalHours", "24"),
    ("([datetime]'2024-01-15').Subtract([timespan]'1.00:00:00').Day", "14"),
    ("[timespan]'1:00' | Select-Object -ExpandProperty TotalMinutes", "60"),
    (
      "([timespan]'1:00' | ConvertTo-Json -Compress).StartsWith('{\"Ticks\":36000000000,\"Days\":0,')",
      "True"
    ),
    ("@{ ([timespan]'1:00') = 'x' }[[timespan]'01:00:00']", "x"),
  ]

  @Test(arguments: outputCases)
  func snippetPrints(code: String, expected: String) {
    let result = runShell(code)
    #expect(result.errors == "", "\(code)")
    #expect(result.output == (expected.isEmpty ? "" : expected + "\n"), "\(code)")
  }

  /// A snippet and the error message it writes.
  static let errorCases: [(String, String)] = [
    (
      "[timespan]'abc'",
      "Cannot convert value \"abc\" to type \"System.TimeSpan\". Error: \"String 'abc' was not "
        + "recognized as a valid TimeSpan.\""
    ),
    (
      "[timespan]'0:60:0'",
      "Cannot convert value \"0:60:0\" to type \"System.TimeSpan\". Error: \"The TimeSpan string "
        + "'0:60:0' could not be parsed because at least one of the numeric components is out "
        + "of range or contains too many digits.\""
    ),
    (
      "[timespan]1.5",
      "Cannot convert value \"1.5\" to type \"System.TimeSpan\". Error: \"Invalid cast from "
        + "'System.Double' to 'System.TimeSpan'.\""
    ),
    (
      "[timespan]::MaxValue + 1",
      "Exception calling \"op_Addition\" with \"2\" argument(s): \"TimeSpan overflowed because "
        + "the duration is too long.\""
    ),
    (
      "[timespan]'1:00' % 2",
      "Method invocation failed because [System.TimeSpan] does not contain a method named "
        + "'op_Modulus'."
    ),
    (
      "[datetime]'2024-01-15' * 2",
      "Method invocation failed because [System.DateTime] does not contain a method named "
        + "'op_Multiply'."
    ),
    (
      "([timespan]'1:00').ToString('x')",
      "Exception calling \"ToString\" with \"1\" argument(s): \"Input string was not in a "
        + "correct format.\""
    ),
    (
      "[timespan]::Parse('x')",
      "Exception calling \"Parse\" with \"1\" argument(s): \"String 'x' was not recognized as a "
        + "valid TimeSpan.\""
    ),
    (
      "[timespan]::new(1, 2)",
      "Cannot find an overload for \"new\" and the argument count: \"2\"."
    ),
    (
      "[timespan]'1:00' -lt 'soon'",
      "Could not compare \"01:00:00\" to \"soon\". Error: \"Cannot convert value \"soon\" to type "
        + "\"System.TimeSpan\". Error: \"String 'soon' was not recognized as a valid TimeSpan.\"\""
    ),
    (
      "([timespan]::MinValue).Duration()",
      "Exception calling \"Duration\" with \"0\" argument(s): \"The duration cannot be returned "
        + "for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the "
        + "value of TimeSpan.MaxValue.\""
    ),
  ]

  @Test(arguments: errorCases)
  func snippetFails(code: String, message: String) {
    let result = runShell("try { \(code) } catch { $_.Exception.Message }")
    #expect(result.output == message + "\n", "\(code)")
  }

  @Test func timeSpanPrintsAsTheListView() {
    let lines = outputLines("New-TimeSpan -Seconds 90")
    #expect(
      lines == [
        "", "Days              : 0", "Hours             : 0", "Minutes           : 1",
        "Seconds           : 30", "Milliseconds      : 0", "Ticks             : 900000000",
        "TotalDays         : 0.00104166666666667", "TotalHours        : 0.025",
        "TotalMinutes      : 1.5", "TotalSeconds      : 90", "TotalMilliseconds : 90000", "",
      ])
  }

  @Test func newTimeSpanSubtractsStartFromEnd() {
    #expect(outputLines("(New-TimeSpan 2024-01-01 2024-03-01).Days") == ["60"])
    #expect(
      outputLines("(New-TimeSpan -Start 2024-03-01 -End 2024-01-01).ToString()")
        == ["-60.00:00:00"])
    #expect(outputLines("(New-TimeSpan).Ticks") == ["0"])
    #expect(
      outputLines("(New-TimeSpan -Days 1 -Hours -1 -Milliseconds 5).ToString()")
        == ["23:00:00.0050000"])
  }

  @Test func newTimeSpanTakesStartFromLastWriteTime() {
    let code = """
      [pscustomobject]@{ LastWriteTime = [datetime]'2024-01-01'; End = [datetime]'2024-01-03' } |
        New-TimeSpan | ForEach-Object Days
      """
    #expect(outputLines(code) == ["2"])
  }

  @Test func newTimeSpanRejectsDatesWithParts() {
    let result = runShell("New-TimeSpan -Start 2024-01-01 -Days 1")
    #expect(result.errors.contains("Parameter set cannot be resolved"))
  }

  @Test func measureCommandRunsTheBlockInTheCallerScopePerInput() {
    let code = """
      $sum = 0
      $span = 1, 2, 3 | Measure-Command { $sum += $_; 'dropped' }
      $sum
      $span.GetType().FullName
      $span -ge [timespan]::Zero
      """
    let result = runShell(code)
    #expect(result.errors == "")
    #expect(result.output == "6\nSystem.TimeSpan\nTrue\n")
  }

  @Test func measureCommandPassesInputObjectAsDollarUnder() {
    #expect(outputLines("$null = Measure-Command -InputObject 5 { $seen = $_ }; $seen") == ["5"])
  }

  @Test func measureCommandKeepsErrorsOfTheBlock() {
    let result = runShell("$null = Measure-Command { Write-Error 'inside' }; 'after'")
    #expect(result.output == "after\n")
    #expect(result.errors.contains("inside"))
  }
}
