import Testing

@testable import ShellSyntax

/// The tree walk every consumer uses: source order, every node kind, skipping and stopping,
/// and no recursion however deep the tree.
@Suite struct AstWalkTests {
  static func root(_ text: String) -> AstNode {
    .scriptBlock(Parser.parse(SourceText(text)).script)
  }

  /// The text of every variable the walk meets, in order.
  static func variables(_ text: String, nested: Bool = true) -> [String] {
    AstWalk.findAll(root(text), searchNestedScriptBlocks: nested) { node in
      if case .expression(let expression) = node, case .variable = expression.kind { return true }
      return false
    }.map(\.range.text)
  }

  @Test func everyKindOfNodeIsVisitedInSourceOrder() {
    let text = """
      param([ValidateSet($a)] $p = $b)
      if ($c) { $d } elseif ($e) { $f } else { $g }
      foreach ($i in $h) { "x $($j)" }
      switch ($k) { $l { $m } default { $n } }
      try { Get-Thing -Name $o $p2 > $q } catch { $r } finally { $s }
      function F([int] $t = $u) { $v }
      $w = @{ $x = $y }; $z.Member[$z2] ? $z3 : $z4
      """
    #expect(
      Self.variables(text) == [
        "$a", "$b", "$c", "$d", "$e", "$f", "$g", "$h", "$j", "$k", "$l", "$m", "$n", "$o",
        "$p2", "$q", "$r", "$s", "$u", "$v", "$w", "$x", "$y", "$z", "$z2", "$z3", "$z4",
      ])
  }

  @Test func nestedScriptBlocksCanBeLeftOut() {
    #expect(Self.variables("$a; { $b }; & { $c }", nested: false) == ["$a"])
    #expect(Self.variables("$a; { $b }; & { $c }") == ["$a", "$b", "$c"])
  }

  @Test func skipChildrenAndStopAreHonoured() {
    var seen: [String] = []
    AstWalk.walk(Self.root("$a + ($b * $c); $d; $e")) { node in
      guard case .expression(let expression) = node else { return .continue }
      if case .paren = expression.kind { return .skipChildren }
      if case .variable = expression.kind {
        seen.append(expression.range.text)
        if expression.range.text == "$d" { return .stop }
      }
      return .continue
    }
    #expect(seen == ["$a", "$d"])
  }

  @Test func aDeepTreeIsWalkedWithoutRecursion() {
    let text = String(repeating: "$x + ", count: 20_000) + "$x"
    let count = AstWalk.findAll(Self.root(text)) { node in
      if case .expression(let expression) = node, case .variable = expression.kind { return true }
      return false
    }.count
    #expect(count == 20_001)
  }
}
