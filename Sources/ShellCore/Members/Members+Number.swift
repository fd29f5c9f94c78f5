import Foundation

/// Methods of numbers (`ToString('N2')`).
extension Members {
  static func numberMethod(_ call: MethodCall) throws -> Value? {
    guard let number = Numeric(exactly: call.target) else { return nil }
    switch call.key {
    case "tostring":
      try call.expect(0, 1, 2)
      guard !call.arguments.isEmpty, !call.arguments[0].isNull else {
        return .string(defaultToString(call.target))
      }
      let spec = call.string(0)
      if spec.isEmpty { return .string(defaultToString(call.target)) }
      do {
        return .string(try NumberFormatting.format(number, spec))
      } catch let error as RuntimeError {
        throw call.failure(error.record.message)
      }
    default: return nil
    }
  }
}
