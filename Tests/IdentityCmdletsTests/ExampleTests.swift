import IdentityCmdlets
import ShellCmdlets
import ShellCore
import ShellFormatting
import ShellSyntax
import Testing

/// A new interpreter set up as the shell sets one up: formatted output and the built-in
/// cmdlets.
func makeInterpreter(host: ShellHost) -> Interpreter {
  let interpreter = Interpreter(host: host)
  ShellFormatting.register(in: interpreter)
  ShellCmdlets.register(in: interpreter)
  return interpreter
}

/// Runs PowerShell text against a fresh seeded in-memory lab; returns output and errors.
func runAD(_ code: String) -> (output: String, errors: String) {
  let host = CapturingHost(width: 120)
  let interpreter = makeInterpreter(host: host)
  IdentityCmdlets.register(in: interpreter, labPath: ":memory:")
  _ = interpreter.run(SourceText(code))
  interpreter.flushOutput()
  return (host.output, host.errors)
}

/// Every example with `prints:` of every identity cmdlet, as (cmdlet, code, expected).
let printedExamples: [(String, String, String)] = IdentityCmdlets.all.flatMap { cmdlet in
  cmdlet.declaration.examples.compactMap { example in
    example.prints.map { (cmdlet.declaration.name, example.code, $0) }
  }
}

@Test(arguments: printedExamples.indices)
func examplePrintsWhatItsHelpSays(_ index: Int) {
  let (name, code, expected) = printedExamples[index]
  let result = runAD(code)
  #expect(result.errors == "", "\(name): \(code)")
  #expect(result.output == expected, "\(name): \(code)")
}

@Test func everyCmdletHasAnExampleThatPrints() {
  for cmdlet in IdentityCmdlets.all {
    #expect(
      cmdlet.declaration.examples.contains { $0.prints != nil }, "\(cmdlet.declaration.name)")
  }
}
