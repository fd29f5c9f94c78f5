import Foundation
import IdentityEngine
import ShellCore
import ShellSyntax

/// Converts the ActiveDirectory module's `-Filter` language to the engine's predicate.
///
/// The filter is a PowerShell expression (about_ActiveDirectory_Filter), so ShellSyntax parses
/// it; this walks the AST: `-and`/`-or`/`-not`, one comparison per leaf with an attribute name
/// on the left and a quoted string, number, `$var` or `$var.Prop` on the right. Extended
/// property names map to LDAP attributes, and GroupScope, GroupCategory and the
/// userAccountControl Booleans become the bitwise tests the module builds (ad-module.md §4).
struct ADFilterConverter {
  let adClass: ADClass
  /// Reads a variable of the caller's scope; nil when it is not defined.
  let variable: (String) -> Value?
  /// Resolves a principal identity to a DN, for Manager and ManagedBy.
  let resolveDN: (String) -> String?

  /// The operators the module adds to PowerShell's; the parser's filter mode reads them as
  /// binary operators of comparison precedence.
  static let extraOperators: Set<String> = ["approx", "recursivematch"]

  func convert(_ query: String) throws -> IdentityEngine.Predicate {
    if query.trimmingCharacters(in: .whitespacesAndNewlines) == "*" { return .any }
    let source = SourceText(query)
    let (parsed, errors) = Parser.parseFilter(source, operators: Self.extraOperators)
    if let error = errors.first {
      throw ADFilterError.parse(
        message: "syntax error", position: position(of: error.range.startOffset, in: source))
    }
    guard let expression = parsed else {
      throw ADFilterError.parse(message: "syntax error", position: 1)
    }
    return try convert(expression, source: source)
  }

  /// The 1-based character position the module reports for a UTF-8 offset.
  func position(of offset: Int, in source: SourceText) -> Int {
    String(decoding: source.utf8.prefix(offset), as: UTF8.self).count + 1
  }

  func syntaxError(_ node: ExpressionAst, _ source: SourceText) -> ADFilterError {
    .parse(message: "syntax error", position: position(of: node.range.startOffset, in: source))
  }

  func convert(_ node: ExpressionAst, source: SourceText) throws
    -> IdentityEngine.Predicate
  {
    switch node.kind {
    case .binary(.and, _, _, _), .binary(.or, _, _, _):
      return try convertLogical(node, source: source)
    case .unary(.not, let inner):
      return .not(try convert(inner, source: source))
    case .paren(let statement):
      // In filter mode parentheses hold one expression.
      guard case .pipeline(let pipeline) = statement.kind, pipeline.elements.count == 1,
        case .expression(let inner, _) = pipeline.elements[0]
      else { throw syntaxError(node, source) }
      return try convert(inner, source: source)
    case .binary(let op, let left, let right, let operatorRange):
      // `-not Name -like 'x'` parses as `(-not Name) -like 'x'`; the module negates the
      // comparison.
      if case .unary(.not, let attribute) = left.kind {
        let rebuilt = ExpressionAst(
          .binary(op, attribute, right, operatorRange: operatorRange), node.range)
        return .not(try convert(rebuilt, source: source))
      }
      guard case .stringConstant(let name, .bare) = left.kind else {
        throw syntaxError(left, source)
      }
      let word = try operatorWord(op, operatorRange, source: source)
      let value = try self.value(right, source: source)
      return try comparison(name, word, value)
    default:
      throw syntaxError(node, source)
    }
  }

  /// Converts a chain of `-and` and `-or` (`a -and b -or c ...`).
  ///
  /// PowerShell gives -and and -or one precedence, left to right, so a long filter is a tree
  /// as deep as it is long. Its left spine is walked in a loop, and
  /// each run of one operator becomes one flat AND or OR: 10,000 terms need neither 10,000
  /// stack frames nor a copy of the list per term.
  func convertLogical(_ node: ExpressionAst, source: SourceText) throws
    -> IdentityEngine.Predicate
  {
    var chain: [(isAnd: Bool, operand: ExpressionAst)] = []
    var leftmost = node
    while case .binary(let op, let left, let right, _) = leftmost.kind, op == .and || op == .or {
      chain.append((op == .and, right))
      leftmost = left
    }
    var parts: [IdentityEngine.Predicate] = []
    var isAnd = chain.last?.isAnd ?? true
    func append(_ converted: IdentityEngine.Predicate) {
      switch (converted, isAnd) {
      case (.and(let inner), true), (.or(let inner), false): parts += inner
      case (.any, true): break
      default: parts.append(converted)
      }
    }
    append(try convert(leftmost, source: source))
    for (linkIsAnd, operand) in chain.reversed() {
      if linkIsAnd != isAnd {
        parts = [isAnd ? .and(parts) : .or(parts)]
        isAnd = linkIsAnd
      }
      append(try convert(operand, source: source))
    }
    if parts.count == 1 { return parts[0] }
    return isAnd ? .and(parts) : .or(parts)
  }

  /// The module's name for a binary operator (`eq`, `like`, `band`, `approx`, …).
  func operatorWord(
    _ op: BinaryOperator, _ range: SourceRange, source: SourceText
  ) throws -> String {
    switch op {
    case .band: return "band"
    case .bor: return "bor"
    case .filterOperator(let name): return name
    case .comparison(let comparison, false):
      let supported: [ComparisonOperator] = [.eq, .ne, .lt, .le, .gt, .ge, .like, .notlike]
      if supported.contains(comparison) { return comparison.rawValue }
    default:
      break
    }
    throw ADFilterError.parse(
      message: "Operator Not supported: ", position: position(of: range.startOffset, in: source))
  }

  /// The right-hand value: quoted text (never expanded), a number, `$var` or `$var.Prop`.
  func value(_ node: ExpressionAst, source: SourceText) throws -> Value {
    switch node.kind {
    case .stringConstant(let text, let quote) where quote != .bare:
      return .string(text)
    case .expandableString:
      // The module does not expand `$x` inside quotes: it searches for the literal text.
      let raw = source.slice(node.range.startOffset + 1, node.range.endOffset - 1)
      return .string(raw.replacingOccurrences(of: "`\"", with: "\""))
    case .constant(let constant):
      switch constant {
      case .int(let number, _): return .int(number)
      case .long(let number, _): return .long(number)
      case .double(let number, _): return .double(number)
      case .decimal(let digits): return .string(digits)
      }
    case .unary(.negate, let inner):
      let positive = try value(inner, source: source)
      switch positive {
      case .int(let number): return .long(-Int64(number))
      case .long(let number): return .long(-number)
      default: throw syntaxError(node, source)
      }
    case .variable(let path, _):
      guard let found = variable(path.name) else {
        throw ADFilterError.undefinedVariable(path.name)
      }
      return found
    case .member(let target, let member, false, false):
      guard case .variable(let path, _) = target.kind,
        case .stringConstant(let property, _) = member.kind
      else { throw syntaxError(node, source) }
      guard let found = variable(path.name) else {
        throw ADFilterError.undefinedVariable(path.name)
      }
      guard case .object(let object) = found,
        object.typeNames.contains(where: { $0.hasPrefix(ADErrors.management) }),
        let propertyValue = object.value(of: property)
      else {
        let typeName = found.psObject?.typeName ?? found.dotNetType.fullName
        throw ADFilterError.propertyNotFound(property: property, typeName: typeName)
      }
      return propertyValue
    default:
      throw syntaxError(node, source)
    }
  }
}
