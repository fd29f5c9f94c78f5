/// `[array]::Sort`, `Reverse`, `IndexOf`, `LastIndexOf`: the System.Array statics scripts use.
extension Members {
  static func arrayStatic(_ call: MethodCall) throws -> Value? {
    guard let first = call.arguments.first, case .array(let array) = first else {
      return call.key == "indexof" || call.key == "lastindexof" ? .int(-1) : nil
    }
    switch call.key {
    case "sort":
      // Array.Sort is in place and stable for equal keys only by accident; PowerShell users
      // rely on the ordering of Operators.compare.
      array.items.sort { (Operators.compare($0, $1) ?? 0) < 0 }
      return .automationNull
    case "reverse":
      array.items.reverse()
      return .automationNull
    case "indexof", "lastindexof":
      guard call.arguments.count >= 2 else { return nil }
      let wanted = call.arguments[1]
      let indexes = Array(array.items.indices)
      let ordered = call.key == "indexof" ? indexes : indexes.reversed()
      let found = ordered.first { Operators.areEqual(array.items[$0], wanted, caseSensitive: true) }
      return .int(Int32(found ?? -1))
    case "exists":
      return nil
    default:
      return nil
    }
  }
}
