import Foundation
import ShellSyntax
import Testing

@testable import ShellCore

/// Runs every registered cmdlet's help examples, so the documentation cannot drift from the
/// behaviour, and checks that every cmdlet is documented (style.md §3).
///
/// The cmdlets are read from a fresh interpreter, so cmdlets added to any area's list are
/// covered without touching this file.
@Suite struct CmdletExampleTests {
  /// One example of one cmdlet, named for the test report.
  struct ExampleCase: CustomTestStringConvertible, Sendable {
    let cmdlet: String
    let index: Int
    var testDescription: String { "\(cmdlet) example \(index + 1)" }

    var example: CmdletExample? {
      CmdletExampleTests.declaration(cmdlet)?.examples[index]
    }
  }

  static let cmdletNames: [String] = makeInterpreter(host: CapturingHost()).cmdletTypes.map {
    $0.declaration.name
  }

  static let exampleCases: [ExampleCase] = makeInterpreter(host: CapturingHost()).cmdletTypes
    .flatMap { type in
      type.declaration.examples.indices.map {
        ExampleCase(cmdlet: type.declaration.name, index: $0)
      }
    }

  static func declaration(_ name: String) -> CmdletDeclaration? {
    makeInterpreter(host: CapturingHost()).cmdletTypes.first { $0.declaration.name == name }?
      .declaration
  }

  @Test(arguments: cmdletNames)
  func cmdletHasSynopsisAndParameterHelp(_ name: String) throws {
    let declaration = try #require(Self.declaration(name))
    #expect(!declaration.synopsis.isEmpty, "\(name) has no synopsis")
    for parameter in declaration.parameters where !parameter.isCommon {
      #expect(!parameter.help.isEmpty, "\(name) -\(parameter.name) has no help text")
    }
  }

  @Test(arguments: cmdletNames)
  func cmdletHasAnExampleThatPrints(_ name: String) throws {
    let declaration = try #require(Self.declaration(name))
    #expect(!declaration.examples.isEmpty, "\(name) has no example")
    #expect(
      declaration.examples.contains { $0.prints != nil },
      "\(name) has no example with prints: to check it")
  }

  @Test(arguments: exampleCases)
  func examplePrintsWhatItsHelpSays(_ exampleCase: ExampleCase) throws {
    let example = try #require(exampleCase.example)
    let result = runShell(example.code)
    #expect(result.errors == "", "\(exampleCase.testDescription) wrote errors:\n\(result.errors)")
    if let prints = example.prints {
      #expect(result.output == prints, "\(exampleCase.testDescription): \(example.code)")
    }
  }

  @Test func everyCmdletFileIsRegistered() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/ShellCmdlets").standardizedFileURL
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") }
    let registered = Set(
      makeInterpreter(host: CapturingHost()).cmdletTypes.map { String(describing: $0) })
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for line in text.split(separator: "\n") where line.hasPrefix("final class ") {
        guard line.contains(": Cmdlet") else { continue }
        let name = line.dropFirst("final class ".count).prefix { $0.isLetter || $0.isNumber }
        #expect(registered.contains(String(name)), "\(name) in \(file) is in no cmdlet list")
      }
    }
  }
}
