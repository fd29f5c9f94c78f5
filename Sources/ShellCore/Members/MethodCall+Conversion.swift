/// Argument conversion and the argument errors of .NET methods, as PowerShell's method binder
/// reports them (`Cannot convert argument "item", with value: ...`).
extension MethodCall {
  /// The argument at `index` converted to `type`; `name` is the .NET parameter's name, which
  /// the error quotes.
  func item(_ index: Int, as type: PSType, named name: String) throws -> Value {
    let argument = arguments[index]
    do {
      return try argument.convert(to: type)
    } catch let error as RuntimeError {
      throw conversionFailure(index, name, to: type.fullName, detail: error.record.message)
    }
  }

  /// The items of an enumerable argument (AddRange, UnionWith), each converted to `type`.
  func items(_ index: Int, as type: PSType) throws -> [Value] {
    let argument = arguments[index]
    if argument.isNull {
      throw failure("Value cannot be null. (Parameter 'collection')")
    }
    do {
      return try argument.enumerated.map { try $0.convert(to: type) }
    } catch let error as RuntimeError {
      throw conversionFailure(index, "collection", to: type.fullName, detail: error.record.message)
    }
  }

  /// `index, count` arguments as a range of a collection of `count` items.
  func range(count: Int) throws -> Range<Int> {
    let start = try int(0)
    let length = try int(1)
    guard start >= 0 else { throw outOfRange("index") }
    guard length >= 0 else { throw outOfRange("count") }
    guard start + length <= count else {
      throw failure(
        "Offset and length were out of bounds for the array or count is greater than the "
          + "number of elements from index to the end of the source collection.")
    }
    return start..<(start + length)
  }

  /// .NET's ArgumentOutOfRangeException for an index outside the collection.
  func outOfRange(_ parameter: String) -> RuntimeError {
    failure(
      "Index was out of range. Must be non-negative and less than the size of the collection. "
        + "(Parameter '\(parameter)')")
  }

  /// The binder's error for an argument that does not convert to the parameter's type.
  func conversionFailure(
    _ index: Int, _ parameter: String, to typeName: String, detail: String? = nil
  ) -> RuntimeError {
    let argument = arguments[index]
    let inner =
      detail
      ?? "Cannot convert the \"\(argument.toText())\" value of type "
      + "\"\(argument.dotNetType.fullName)\" to type \"\(typeName)\"."
    return RuntimeError.make(
      "MethodArgumentConversionInvalidCastArgument",
      "Cannot convert argument \"\(parameter)\", with value: \"\(argument.toText())\", for "
        + "\"\(name)\" to type \"\(typeName)\": \"\(inner)\"",
      category: .notSpecified, exceptionType: "System.Management.Automation.MethodException")
  }
}
