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
// Ctrl-C must reach the thread that runs the shell: it interrupts its terminal reads and its
// waits for programs. The main thread only waits, so it blocks SIGINT, and the shell's
// thread runs with the signal mask adsh was started with.
nonisolated(unsafe) var startMask = sigset_t()
var interrupt = sigset_t()
sigemptyset(&interrupt)
sigaddset(&interrupt, SIGINT)
pthread_sigmask(SIG_BLOCK, &interrupt, &startMask)
let interpreterThread = Thread {
  pthread_sigmask(SIG_SETMASK, &startMask, nil)
  exitCode = shell.run()
  finished.signal()
}
interpreterThread.stackSize = interpreterStackSize
interpreterThread.start()
finished.wait()
exit(exitCode)
