import Foundation
import ShellSyntax
import Testing

@testable import ShellCore

/// An error a cmdlet throws that is not an error record (an engine failure it did not map)
/// still reaches the script as a terminating error: try/catch, -ErrorAction, `$?` and the
/// next statement all see it, and it is never dropped.
@Suite struct CmdletFailureTests {
  struct StoreFailure: Error, CustomStringConvertible {
    var description: String { "the store said no" }
  }

  final class FailingCmdlet: Cmdlet {
    static let declaration = CmdletDeclaration(
      name: "Invoke-Failure", synopsis: "Throws an error that is not an error record.",
      parameters: [], module: "Tests")
    init() {}
    func process(_ context: CommandContext) throws { throw StoreFailure() }
  }

  func run(_ code: String) -> (output: String, errors: String) {
    let host = CapturingHost(width: 120)
    let interpreter = makeInterpreter(host: host)
    interpreter.register(FailingCmdlet.self)
    _ = interpreter.run(SourceText(code))
    interpreter.flushOutput()
    return (host.output, host.errors)
  }

  @Test func tryCatchSeesIt() {
    let result = run(
      "try { Invoke-Failure; 'not reached' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }"
    )
    #expect(
      result.output == "UnexpectedError,Invoke-Failure\nInvoke-Failure failed: the store said no\n")
    #expect(result.errors == "")
  }

  @Test func uncaughtItIsShownAndTheScriptGoesOn() {
    let result = run("'before'; Invoke-Failure; $?; 'after'")
    #expect(result.output == "before\nFalse\nafter\n")
    #expect(result.errors.contains("Invoke-Failure failed: the store said no"))
  }
}
