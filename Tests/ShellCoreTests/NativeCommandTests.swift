import Foundation
import Testing

@testable import ShellCore

/// Programs run from the interpreter: discovery, output as lines, input, exit codes, errors.
/// (An embedded interpreter's host captures output, so programs write into pipes here.)
@Suite struct NativeCommandTests {
  @Test func aProgramsOutputLinesAreStrings() {
    #expect(outputLines("/bin/echo one two") == ["one two"])
    #expect(outputLines("(printf 'a\\nb\\n').Count") == ["2"])
    #expect(outputLines("printf 'x\\n' | ForEach-Object { $_.GetType().Name }") == ["String"])
  }

  @Test func pipelineInputReachesStandardInputAsLines() {
    #expect(outputLines("'b', 'a', 'c' | sort") == ["a", "b", "c"])
    #expect(outputLines("printf 'b\\na\\n' | sort | cat") == ["a", "b"])
  }

  @Test func aProgramRunsInTheInterpretersLocation() {
    #expect(outputLines("Set-Location /usr; sh -c pwd") == ["/usr"])
  }

  @Test func exitCodesSetLastExitCodeAndStatus() {
    #expect(outputLines("sh -c 'exit 5'; $LASTEXITCODE") == ["5"])
    #expect(outputLines("false; $?; true; $?") == ["False", "True"])
    #expect(outputLines("sh -c 'kill -KILL $$'; $LASTEXITCODE") == ["137"])
    #expect(outputLines("false || 'else'; true && 'then'") == ["else", "then"])
  }

  @Test func aDownstreamStopEndsTheProgram() {
    let start = Date()
    #expect(outputLines("seq 1 100000000 | Select-Object -First 2") == ["1", "2"])
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test func aProgramThatStopsReadingEndsItsInput() {
    #expect(outputLines("1..1000000 | head -n 1") == ["1"])
  }

  @Test func theEnvironmentOfTheProcessReachesThePrograms() {
    #expect(
      outputLines("$env:ADSH_NATIVE_TEST = 'passed'; sh -c 'echo $ADSH_NATIVE_TEST'") == ["passed"])
  }

  @Test func standardErrorBecomesErrorRecordsWhenMerged() {
    #expect(
      outputLines("sh -c 'echo bad >&2' 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId }")
        == ["NativeCommandError"])
    #expect(outputLines("sh -c 'echo bad >&2' 2>$null; $Error.Count") == ["0"])
  }

  @Test func aFileThatIsNotExecutableFailsToRun() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("adsh-plain-\(UUID().uuidString)").path
    try Data("echo no\n".utf8).write(to: URL(fileURLWithPath: path))
    defer {
      // Best effort: a leftover file in the temporary directory is harmless.
      try? FileManager.default.removeItem(atPath: path)
    }
    let result = runShell("Set-Location /; & '\(path)'; $Error[0].FullyQualifiedErrorId")
    #expect(result.output == "NativeCommandFailed\n")
    let name = (path as NSString).lastPathComponent
    #expect(
      result.errors.contains(
        "Program '\(name)' failed to run: An error occurred trying to start process '\(path)' "
          + "with working directory '/'. Permission denied"))
  }

  @Test func anExitCodeIsAnErrorWhenThePreferenceSaysSo() {
    let result = runShell("$PSNativeCommandUseErrorActionPreference = $true; false; 'next'")
    #expect(result.output == "next\n")
    #expect(result.errors.contains("Program \"false\" ended with non-zero exit code: 1."))
  }

  @Test func programsComeAfterCmdletsAndBeforeTheGetPrefix() {
    let interpreter = makeInterpreter(host: CapturingHost())
    #expect(interpreter.resolveCommand("echo")?.name == "Write-Output")
    #expect(interpreter.resolveCommand("sh")?.kind == "Application")
    #expect(interpreter.resolveCommand("sh")?.name == "sh")
    #expect(interpreter.resolveCommand("/bin/sh")?.kind == "Application")
    #expect(interpreter.resolveCommand("location")?.kind == "Cmdlet")
  }
}
