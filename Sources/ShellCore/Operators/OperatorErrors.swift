/// The errors operators and member calls raise, with PowerShell's ids and messages.
enum OperatorErrors {
  /// `Attempted to divide by zero.` (a RuntimeException wrapping DivideByZeroException).
  static func divideByZero() -> RuntimeError {
    RuntimeError.make("RuntimeException", "Attempted to divide by zero.", category: .notSpecified)
  }

  /// An operator the left operand's type does not define (`op_Subtraction` on a hashtable).
  static func missingOperator(_ lhs: Value, _ opMethod: String) -> RuntimeError {
    methodNotFound(lhs.dotNetType.fullName, opMethod)
  }

  /// The MethodNotFound error: `[T] does not contain a method named 'X'`.
  static func methodNotFound(_ typeName: String, _ name: String) -> RuntimeError {
    RuntimeError.make(
      "MethodNotFound",
      "Method invocation failed because [\(typeName)] does not contain a method named '\(name)'.")
  }

  /// The error for a method called with an argument count it has no overload for.
  static func argumentCount(_ name: String, _ count: Int) -> RuntimeError {
    RuntimeError.make(
      "MethodCountCouldNotFindBest",
      "Cannot find an overload for \"\(name)\" and the argument count: \"\(count)\".")
  }

  /// The error for calling a method on `$null`.
  static func methodOnNull() -> RuntimeError {
    RuntimeError.make("InvokeMethodOnNull", "You cannot call a method on a null-valued expression.")
  }

  /// `Exception calling "X" with "N" argument(s): "inner"` (a .NET method threw).
  static func methodException(_ name: String, _ count: Int, _ inner: String) -> RuntimeError {
    RuntimeError.make(
      "MethodInvocationException",
      "Exception calling \"\(name)\" with \"\(count)\" argument(s): \"\(inner)\"",
      category: .notSpecified,
      exceptionType: "System.Management.Automation.MethodInvocationException")
  }

  /// The error for ordering a value that has no order.
  static func notComparable(_ value: Value) -> RuntimeError {
    RuntimeError.make(
      "NotIcomparable", "Cannot compare \"\(value.toText())\" because it is not IComparable.")
  }

  /// `Could not compare "a" to "b". Error: "inner"` (the right operand did not convert).
  static func comparisonFailure(_ lhs: Value, _ rhs: Value, _ inner: String) -> RuntimeError {
    RuntimeError.make(
      "ComparisonFailure",
      "Could not compare \"\(lhs.toText())\" to \"\(rhs.toText())\". Error: \"\(inner)\"")
  }

  /// The failure .NET reports when a string or array would be too large to allocate.
  static func outOfMemory() -> RuntimeError {
    RuntimeError.make(
      "System.OutOfMemoryException",
      "Exception of type 'System.OutOfMemoryException' was thrown.",
      category: .operationStopped, exceptionType: "System.OutOfMemoryException")
  }

  /// A regular expression that does not parse.
  static func invalidRegex(_ pattern: String) -> RuntimeError {
    RuntimeError.make(
      "InvalidRegularExpression",
      "The regular expression pattern \(pattern) is not valid.", category: .invalidOperation)
  }

  /// The error for a value that cannot be cast to the type an operator needs.
  static func invalidCast(_ value: Value, to typeName: String) -> RuntimeError {
    RuntimeError.make(
      "ConvertToFinalInvalidCastException",
      "Cannot convert the \"\(value.toText())\" value of type \"\(value.dotNetType.fullName)\" "
        + "to type \"\(typeName)\".",
      category: .invalidArgument,
      exceptionType: "System.Management.Automation.PSInvalidCastException", target: value)
  }
}
