import Foundation
import ShellCore
import ShellSyntax

/// The adsh executable: parses the command line and runs a script, a command or the REPL.
let options: CommandLineOptions
do {
  options = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch let failure as CommandLineOptions.Failure {
  FileHandle.standardError.write(Data((failure.message + "\n").utf8))
  exit(64)
}

if options.showHelp {
  print(CommandLineOptions.usage, terminator: "")
  exit(0)
}
if options.showVersion {
  print("adsh \(ShellVersion.current)")
  exit(0)
}

// The interpreter recurses as deep as the script it runs is nested, so it runs on a thread
// whose stack size adsh chooses: deep but legitimate nesting (thousands of levels) works, and
// the depth at which the limits apply is the same on every machine, whatever `ulimit -s` says.
// Only the pages a script touches are ever committed.
let interpreterStackSize = 1 << 30
let shell = Shell(options: options)
let finished = DispatchSemaphore(value: 0)
nonisolated(unsafe) var exitCode: Int32 = 0
let interpreterThread = Thread {
  exitCode = shell.run()
  finished.signal()
}
interpreterThread.stackSize = interpreterStackSize
interpreterThread.start()
finished.wait()
exit(exitCode)
