import ShellCore

/// `[System.Management.Automation.PSSerializer]`'s static methods: Serialize (depth 1 unless
/// given), Deserialize (one object, `$null`, or an array when the text holds several) and
/// DeserializeAsList, over the same writer and reader as Export-Clixml and Import-Clixml.
enum PSSerializerMethods {
  static let typeName = "system.management.automation.psserializer"

  /// Registers the methods with the interpreter.
  static func register(in interpreter: Interpreter) {
    interpreter.staticMethodProviders[typeName] = call
  }

  static func call(_ name: String, _ arguments: [Value]) throws -> Value? {
    switch name.lowercased() {
    case "serialize":
      guard arguments.count == 1 || arguments.count == 2 else {
        throw countError(name, arguments.count)
      }
      var depth = 1
      if arguments.count == 2 {
        let type = PSType.resolve("int") ?? PSType.long
        guard let given = try arguments[1].convert(to: type).unwrapped.intValue, given >= 1 else {
          throw methodError(
            name, 2,
            "Value of depth parameter must be greater than or equal to 1. (Parameter 'writer')")
        }
        depth = given
      }
      return .string(ClixmlWriter.document([arguments[0]], depth: depth))
    case "deserialize", "deserializeaslist":
      guard arguments.count == 1 else { throw countError(name, arguments.count) }
      let values: [Value]
      do {
        values = try ClixmlReader.read(arguments[0].toText())
      } catch let failure as ClixmlReader.Failure {
        throw methodError(name, 1, failure.message)
      }
      if name.lowercased() == "deserializeaslist" { return .array(values) }
      return values.count == 1 ? values[0] : values.isEmpty ? .null : .array(values)
    default:
      return nil
    }
  }

  private static func countError(_ name: String, _ count: Int) -> RuntimeError {
    RuntimeError.make(
      "MethodCountCouldNotFindBest",
      "Cannot find an overload for \"\(name)\" and the argument count: \"\(count)\".")
  }

  private static func methodError(_ name: String, _ count: Int, _ message: String) -> RuntimeError {
    RuntimeError.make(
      "MethodInvocationException",
      "Exception calling \"\(name)\" with \"\(count)\" argument(s): \"\(message)\"",
      category: .notSpecified,
      exceptionType: "System.Management.Automation.MethodInvocationException")
  }
}
