import Testing

@testable import ShellSyntax

/// The parser must return (never crash or hang) on any input.
struct RobustnessTests {
  static let sampleScript = """
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name, [int[]]$Ids = @(1, 2), [switch]$Force)
    function Get-Thing($a, [int]$b = 2) { begin { $x = 1 } process { $_ * $b } end { } }
    $h = @{ a = 1; 'b c' = @(1, 2); n = Get-Item . | Select-Object -First 1 }
    $list = [System.Collections.Generic.List[string]]::new()
    foreach ($i in 1..10) { if ($i % 2 -eq 0) { continue } elseif ($i -gt 7) { break } }
    :outer for ($i = 0; $i -lt 5; $i++) { while ($true) { break outer } }
    switch -Regex ($Name) { '^a' { "starts with a: $($Name.Length)" } default { 'x' } }
    try { throw "boom $env:USER" } catch [System.Exception] { $_.Exception.Message } finally { }
    $s = @"
    Hello ${Name}, `t $(Get-Date -Format 'yyyy')
    "@
    Get-ChildItem -Path C:\\temp *>&1 | Where-Object { $_.Length -gt 1kb } 2> $null
    $r = $x ? 'yes' : 'no'; $y ??= [ordered]@{ k = 'v' }; $z = -not $a -and !$b
    & { param($p) $p } 5 && Write-Host 'ok' || Write-Host "fail `"quoted`""
    [int]$n = '42'; $a, $b = 1, 2; $arr[0..2] += ,3
    <# block
       comment #> do { $n-- } until ($n -le 0)
    """

  /// Every prefix and many slices of the sample, plus hand-picked nasty fragments.
  static let fragments: [String] = {
    let characters = Array(sampleScript)
    var result: [String] = []
    var length = 0
    while length <= characters.count {
      result.append(String(characters[0..<length]))
      length += max(1, characters.count / 120)
    }
    var start = 3
    while start < characters.count {
      let end = min(characters.count, start + 37)
      result.append(String(characters[start..<end]))
      start += max(1, characters.count / 60)
    }
    result += [
      "", "`", "$", "@", "${", "$(", "@(", "@{", "[", "]", "}", ")", "{{{{", "))))", "\"$(\"",
      "'", "\"", "@'", "@\"", "<#", "#>", "-", "--", "---", "..", "::", "?.", "??", "|", "||",
      "&&", "&", ".", ",", ";", "=", "+=", "[int", "[int]::", "$x.", "$x[", "$x?.", "0x",
      "1e", "1.", "0b", "\u{2013}", "\u{201C}", "\u{0}", "\r", "\r\n\r\n", "🙂 $🙂 -🙂",
      "function", "filter", "param(", "param([", "switch -", "trap [", "catch", "do", "until",
      ":", ":x", "else", "1 | % {", "\"`u{", "\"`u{110000}\"", "${}", "$x = [", "[a[b[c[",
    ]
    return result
  }()

  @Test(arguments: fragments)
  func parserReturnsOnFragment(input: String) {
    let result = Parser.parse(SourceText(input))
    for error in result.errors {
      #expect(error.range.startOffset <= input.utf8.count)
      #expect(error.range.endOffset <= input.utf8.count)
    }
    _ = Parser.parseExpression(SourceText(input))
  }

  @Test func sampleScriptParsesWithoutErrors() {
    let result = Parser.parse(SourceText(Self.sampleScript))
    #expect(result.errors.isEmpty, "\(result.errors)")
  }

  @Test(arguments: [
    String(repeating: "(", count: 5000),
    String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500),
    String(repeating: "{", count: 5000),
    String(repeating: "@(", count: 2000),
    String(repeating: "-", count: 5000) + "1",
    String(repeating: "!", count: 5000) + "1",
    String(repeating: "[int]", count: 3000) + "1",
    String(repeating: "\"$(", count: 2000),
    String(repeating: "if ($x) { ", count: 1000),
    String(repeating: "$a.b", count: 3000),
    String(repeating: "1 + ", count: 3000) + "1",
  ])
  func deepNestingIsReportedNotFatal(input: String) {
    let result = Parser.parse(SourceText(input))
    #expect(result.errors.count <= ScriptParser.maxErrors)
  }
}

/// A large script (about 5,000 lines) parses without errors; its speed is measured by
/// scripts/bench, not here.
struct LargeScriptTests {
  @Test func largeScriptParses() {
    // The sample without its `[CmdletBinding()] param(...)` header, which may only come first.
    let body = RobustnessTests.sampleScript.split(separator: "\n").dropFirst(2)
      .joined(separator: "\n")
    let text = String(repeating: body + "\n", count: 300)
    let result = Parser.parse(SourceText(text))
    #expect(result.errors.isEmpty)
  }
}
