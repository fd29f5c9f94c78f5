import Foundation

/// Properties and methods of values.
///
/// These are the .NET members scripts use on strings, numbers, arrays, hashtables, dates and
/// types, plus PSObject notes and PowerShell's intrinsic `.ForEach()`/`.Where()`. Names are
/// case-insensitive.
public enum Members {
  /// A property of a value, or nil when it has no such member (the interpreter then
  /// enumerates arrays or yields `$null`).
  public static func property(of target: Value, named name: String) -> Value? {
    let key = name.lowercased()
    switch target {
    case .null: return nil
    case .string(let text):
      if key == "length" { return .int(Int32(clamping: text.utf16.count)) }
    case .array(let array):
      if let type = array.collectionType, type.kind == .collection {
        return collectionProperty(array, type, key)
      }
      switch key {
      case "count", "length": return .int(Int32(clamping: array.items.count))
      case "longlength": return .long(Int64(array.items.count))
      case "rank": return .int(1)
      case "isfixedsize", "isreadonly": return .bool(key == "isfixedsize")
      default: return nil
      }
    case .hashtable(let table): return hashtableProperty(table, name: name, key: key)
    case .dateTime(let date):
      if let value = dateProperty(date, key) ?? dateSpanProperty(date, key) { return value }
    case .timeSpan(let span): if let value = timeSpanProperty(span, key) { return value }
    case .object(let object):
      if let value = object.value(of: name) { return value }
      // A date with notes (Get-Date's DisplayHint) keeps the date's own members.
      if case .dateTime(let date)? = object.baseValue {
        if key == "datetime" {
          return .string(displayText(date, hint: object.value(of: "DisplayHint")?.toText()))
        }
        if let value = dateProperty(date, key) ?? dateSpanProperty(date, key) { return value }
      }
    case .type(let type):
      switch key {
      case "name": return .string(type.name)
      case "fullname": return .string(type.fullName)
      case "namespace":
        let parts = type.genericBaseName.split(separator: ".")
        return .string(parts.dropLast().joined(separator: "."))
      case "isarray": return .bool(type.kind == .array || type.kind == .typedArray)
      default: break
      }
    default: break
    }
    // PowerShell gives every single object a Count and Length of 1.
    if key == "count" || key == "length" { return .int(1) }
    return nil
  }

  /// Calls a method on a value; unknown methods raise `MethodNotFound`.
  public static func invokeMethod(
    on target: Value, named name: String, arguments: [Value], context: OperatorContext
  ) throws -> Value {
    let key = name.lowercased()
    if case .null = target { throw OperatorErrors.methodOnNull() }
    if key == "foreach" || key == "where" {
      return try intrinsic(key, target, name: name, arguments: arguments, context: context)
    }
    let call = MethodCall(target: target, name: name, key: key, arguments: arguments)
    if let result = try typeSpecific(call, context: context) { return result }
    if let result = try common(call) { return result }
    if let result = try propertyAccessor(call) { return result }
    if case .array(let array) = target, !array.items.isEmpty {
      // A method the array lacks is called on each element (method enumeration).
      var results: [Value] = []
      for item in array.items {
        let value = try invokeMethod(on: item, named: name, arguments: arguments, context: context)
        if !value.isAutomationNull { results.append(value) }
      }
      return .array(results)
    }
    throw OperatorErrors.methodNotFound(target.dotNetType.fullName, name)
  }

  private static func typeSpecific(_ call: MethodCall, context: OperatorContext) throws -> Value? {
    switch call.target {
    case .string(let text): return try stringMethod(text, call)
    case .int, .long, .double, .decimal: return try numberMethod(call)
    case .array(let array):
      if let method = array.methods[call.key] { return try method.invoke(call.arguments) }
      if let type = array.collectionType, let flavor = type.collectionFlavor {
        return try collectionMethod(array, type, flavor, call, context)
      }
      return try arrayMethod(array, call)
    case .hashtable(let table):
      if let type = table.dictionaryType, let result = try dictionaryMethod(table, type, call) {
        return result
      }
      return try hashtableMethod(table, call)
    case .dateTime(let date): return try dateMethod(date, call) ?? dateSpanMethod(date, call)
    case .timeSpan(let span): return try timeSpanMethod(span, call)
    case .object(let object):
      if let method = object.methods[call.key] {
        do {
          return try method.invoke(call.arguments)
        } catch let error as RuntimeError {
          throw error
        } catch {
          throw OperatorErrors.methodException(call.name, call.arguments.count, "\(error)")
        }
      }
      if case .dateTime(let date)? = object.baseValue,
        let result = try dateMethod(date, call) ?? dateSpanMethod(date, call)
      {
        return result
      }
      if call.key == "tostring", call.arguments.isEmpty { return .string(object.text) }
      return nil
    case .scriptBlock(let block):
      switch call.key {
      case "invoke", "invokereturnasis":
        return try context.invokeScriptBlock(block, call.arguments.first ?? .null)
      case "getnewclosure": return call.target
      default: return nil
      }
    default: return nil
    }
  }

  /// `get_Name()` and `set_Name(value)`: the accessor methods .NET compiles each property
  /// into, which PowerShell lets scripts call (`$table.get_Keys()`).
  private static func propertyAccessor(_ call: MethodCall) throws -> Value? {
    let name = String(call.name.dropFirst(4))
    guard !name.isEmpty else { return nil }
    if call.key.hasPrefix("get_"), call.arguments.isEmpty {
      return property(of: call.target, named: name)
    }
    guard call.key.hasPrefix("set_"), call.arguments.count == 1 else { return nil }
    switch call.target {
    case .object(let object) where object.property(name) != nil:
      object.set(name, call.arguments[0])
    case .hashtable(let table):
      try table.assign(.string(name), call.arguments[0])
    default: return nil
    }
    return .automationNull
  }

  /// Members every value has: GetType, ToString, Equals, GetHashCode, CompareTo.
  private static func common(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "gettype":
      try call.expect(0)
      return .type(call.target.dotNetType)
    case "tostring":
      try call.expect(0)
      return .string(defaultToString(call.target))
    case "equals":
      try call.expect(1)
      let other = call.arguments[0]
      return .bool(
        other.dotNetType.fullName == call.target.dotNetType.fullName
          && Operators.areEqual(call.target, other, caseSensitive: true))
    case "gethashcode":
      try call.expect(0)
      return .int(Int32(truncatingIfNeeded: HashKey(call.target).hashValue))
    case "compareto":
      try call.expect(1)
      guard let order = Operators.compare(call.target, call.arguments[0], caseSensitive: true)
      else {
        throw OperatorErrors.methodException(
          call.name, 1, "Object must be of type \(call.target.dotNetType.name).")
      }
      return .int(Int32(order))
    default: return nil
    }
  }

  /// `.ToString()` as .NET writes each value (numbers round-trip, `System.Object[]`, ...).
  static func defaultToString(_ value: Value) -> String {
    switch value {
    case .double, .decimal:
      guard let number = Numeric(exactly: value) else { return value.toText() }
      return NumberFormatting.general(number, precision: nil)
    case .array: return "System.Object[]"
    default: return value.toText()
    }
  }
}

/// One method call: the target, the name as written and lowercased, and the arguments.
struct MethodCall {
  let target: Value
  let name: String
  let key: String
  let arguments: [Value]

  /// Fails with `MethodCountCouldNotFindBest` unless there are `counts` arguments.
  func expect(_ counts: Int...) throws {
    guard counts.contains(arguments.count) else {
      throw OperatorErrors.argumentCount(name, arguments.count)
    }
  }

  /// The argument at `index` as an Int32, with .NET's argument conversion error.
  func int(_ index: Int) throws -> Int {
    let argument = arguments[index]
    do {
      if case .int(let number) = try argument.convert(to: .int) { return Int(number) }
    } catch let error as RuntimeError {
      throw RuntimeError.make(
        "MethodArgumentConversionInvalidCastArgument",
        "Cannot convert argument \"\(index)\", with value: \"\(argument.toText())\", for "
          + "\"\(name)\" to type \"System.Int32\": \"\(error.record.message)\"")
    }
    return 0
  }

  /// The argument at `index` as a Double.
  func double(_ index: Int) throws -> Double {
    guard case .double(let number) = try arguments[index].convert(to: .double) else { return 0 }
    return number
  }

  func string(_ index: Int) -> String { arguments[index].toText() }

  /// A .NET exception raised from inside the method.
  func failure(_ message: String) -> RuntimeError {
    OperatorErrors.methodException(name, arguments.count, message)
  }
}
