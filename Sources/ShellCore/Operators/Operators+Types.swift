/// The range operator and the type operators `-is`, `-isnot` and `-as`.
extension Operators {
  /// The most elements `a..b` may produce before it fails instead of exhausting memory.
  static let maximumRangeLength: Int64 = 50_000_000

  /// `a..b` as an array: inclusive, ascending or descending; single characters give a
  /// character range.
  static func range(_ lhs: Value, _ rhs: Value) throws -> Value {
    let items = try rangeItems(lhs, rhs)
    guard items.count <= maximumRangeLength else { throw OperatorErrors.outOfMemory() }
    return .array(Array(items))
  }

  /// `a..b` as a sequence made one element at a time, for the places pwsh enumerates a range
  /// without building it (the head of a pipeline, `foreach`): `1..2147483647 | Select -First 3`
  /// answers at once.
  static func rangeItems(_ lhs: Value, _ rhs: Value) throws -> RangeItems {
    if let first = singleCharacter(lhs), let last = singleCharacter(rhs) {
      return RangeItems(start: Int64(first), end: Int64(last), isCharacter: true)
    }
    guard case .int(let start) = try lhs.convert(to: .int),
      case .int(let end) = try rhs.convert(to: .int)
    else { return RangeItems(start: 1, end: 0, isCharacter: false, isEmpty: true) }
    return RangeItems(start: Int64(start), end: Int64(end), isCharacter: false)
  }

  /// The code of a char or one-character string (not a digit, which ranges as a number).
  private static func singleCharacter(_ value: Value) -> UInt32? {
    switch value {
    case .char(let character): return character.unicodeScalars.first?.value
    case .string(let text) where text.unicodeScalars.count == 1:
      guard let scalar = text.unicodeScalars.first, !("0"..."9").contains(scalar) else {
        return nil
      }
      return scalar.value
    default: return nil
    }
  }

  /// The type named by the right operand of `-is`/`-as`: a type value or a type name.
  static func typeOperand(_ rhs: Value) throws -> PSType {
    if case .type(let type) = rhs { return type }
    var name = rhs.toText()
    // A type written in brackets as a command argument arrives as text (`Where-Object Value
    // -Is [ActionPreference]`); .NET's conversion of such text to a type drops the brackets.
    if name.hasPrefix("["), name.hasSuffix("]"), name.count > 2 {
      name = String(name.dropFirst().dropLast())
    }
    if let type = PSType.resolve(name) { return type }
    throw RuntimeError.make(
      "TypeNotFound", "Unable to find type [\(name)].", category: .invalidOperation, target: rhs)
  }

  /// `-is`: whether the value's type chain includes the type (`$null` is nothing).
  static func isInstance(_ value: Value, of rhs: Value) throws -> Bool {
    let type = try typeOperand(rhs)
    if value.isNull { return false }
    switch type.kind {
    case .object: return true
    case .psObject: if case .object = value { return true }
    default: break
    }
    let chain = value.typeNameChain
    if chain.contains(where: { $0.caseInsensitiveEquals(type.fullName) }) { return true }
    if type.kind == .psCustomObject, case .object = value {
      return chain.contains { $0.caseInsensitiveEquals(PSType.psCustomObject.fullName) }
    }
    return false
  }

  /// `-as`: the converted value, or `$null` when the conversion is not possible.
  static func convertAs(_ value: Value, to rhs: Value) throws -> Value {
    let type = try typeOperand(rhs)
    do {
      return try value.convertIfPossible(to: type) ?? .null
    } catch {
      return .null
    }
  }
}

extension String {
  /// Case-insensitive equality as .NET's OrdinalIgnoreCase gives it.
  public func caseInsensitiveEquals(_ other: String) -> Bool {
    self == other || self.uppercased() == other.uppercased()
  }
}
