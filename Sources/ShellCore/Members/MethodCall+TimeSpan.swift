extension MethodCall {
  /// The argument at `index` as a TimeSpan (a number is ticks, text is parsed), with .NET's
  /// argument conversion error.
  func timeSpan(_ index: Int) throws -> TimeSpan {
    let argument = arguments[index]
    do {
      if case .timeSpan(let span) = try argument.unwrapped.convertToTimeSpan() { return span }
    } catch let error as RuntimeError {
      throw conversionFailure(index, error.record.message)
    }
    throw conversionFailure(
      index, OperatorErrors.invalidCast(argument, to: "System.TimeSpan").record.message)
  }

  private func conversionFailure(_ index: Int, _ reason: String) -> RuntimeError {
    RuntimeError.make(
      "MethodArgumentConversionInvalidCastArgument",
      "Cannot convert argument \"\(index)\", with value: \"\(arguments[index].toText())\", for "
        + "\"\(name)\" to type \"System.TimeSpan\": \"\(reason)\"")
  }
}
