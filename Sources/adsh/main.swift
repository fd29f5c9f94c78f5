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

let shell = Shell(options: options)
exit(shell.run())
