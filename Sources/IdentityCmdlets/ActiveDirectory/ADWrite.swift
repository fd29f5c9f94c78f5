import IdentityEngine
import ShellCore

/// Helpers of the writing cmdlets: property parameters and `-Add`/`-Remove`/`-Replace`/
/// `-Clear` hashtables turned into directory modifications, `-PassThru` output.
extension ADContext {
  /// A directory value from a shell value: Booleans as TRUE/FALSE, AD objects as their DN.
  static func attributeText(_ value: Value) -> String {
    if case .bool(let flag) = value { return flag ? "TRUE" : "FALSE" }
    return identityText(value)
  }

  /// `@{mail='a'; proxyAddresses='x','y'}` as attribute → values, keys in their order.
  func attributes(of value: Value?) throws -> [(String, [String])] {
    guard let value, !value.isNull else { return [] }
    guard case .hashtable(let table) = value else {
      throw RuntimeError(ADErrors.argument(context, "A hashtable of attributes was expected."))
    }
    return table.entries.map { entry in
      (entry.key.toText(), entry.value.enumerated.map(Self.attributeText))
    }
  }

  /// The modifications of `-Remove`, `-Add`, `-Replace` and `-Clear`, in the order the module
  /// applies them (ad-module.md §1.3).
  func hashtableModifications() throws -> [Modification] {
    var changes: [Modification] = []
    for (name, values) in try attributes(of: context.parameters["Remove"]) {
      changes.append(.remove(name, values))
    }
    for (name, values) in try attributes(of: context.parameters["Add"]) {
      changes.append(.add(name, values))
    }
    for (name, values) in try attributes(of: context.parameters["Replace"]) {
      changes.append(.replace(name, values))
    }
    for name in strings("Clear") ?? [] { changes.append(.clear(name)) }
    return changes
  }

  /// Replace (or clear, for `$null` or empty) each bound property parameter's attribute.
  func propertyModifications(_ table: [(String, String)]) throws -> [Modification] {
    var changes: [Modification] = []
    for (parameter, attribute) in table {
      guard let value = context.parameters[parameter] else { continue }
      var text = value.isNull ? "" : Self.attributeText(value)
      if attribute == "manager" || attribute == "managedBy", !text.isEmpty {
        text = try resolve(value, as: .principal).dn.description
      }
      changes.append(text.isEmpty ? .clear(attribute) : .replace(attribute, [text]))
    }
    return changes
  }

  /// Attributes for a New-* cmdlet from its bound property parameters.
  func propertyAttributes(_ table: [(String, String)]) throws -> [(String, [String])] {
    try propertyModifications(table).compactMap { change in
      if case .replace(let name, let values) = change { return (name, values) }
      return nil
    }
  }

  /// Writes the object again with its default properties when `-PassThru` is set, as the
  /// cmdlet's class: Move-, Rename- and Set-ADObject write an ADObject (four properties, a
  /// table) even for a user or group, as the module's ADObject factory does.
  func passThru(_ dn: DistinguishedName, as adClass: ADClass) throws {
    guard context.parameters.isSet("PassThru") else { return }
    let selection = try ADPropertyRequest([], for: adClass).selection(for: adClass)
    guard let entry = try run({ try directory.entry(dn, attributes: selection) }) else {
      return
    }
    try context.write(.object(factory.make(entry, as: adClass)))
  }

  /// The directory call of a writing cmdlet, under `-WhatIf` and `-Confirm`; false when it
  /// was skipped.
  ///
  /// `impact` is the cmdlet's ConfirmImpact: High for the Remove-* cmdlets, which the module
  /// makes prompt by default (ad-module.md §1.1), Medium for the rest.
  func change(
    target: String, action: String, impact: ConfirmImpact = .medium, _ body: () throws -> Void
  ) throws -> Bool {
    guard try ADContext.shouldProcess(context, target: target, action: action, impact: impact)
    else { return false }
    try run(target: .string(target), body)
    return true
  }
}

extension ADContext {
  /// `CommandContext.shouldProcess` with ConfirmImpact, its NonInteractive failure carrying the
  /// module's FQID shape (`InvalidOperation,Microsoft.ActiveDirectory.Management.Commands.X`).
  static func shouldProcess(
    _ context: CommandContext, target: String, action: String, impact: ConfirmImpact
  ) throws -> Bool {
    do {
      return try context.shouldProcess(target: target, action: action, impact: impact)
    } catch let error as RuntimeError
      where error.record.fullyQualifiedErrorId.hasPrefix("InvalidOperation,")
    {
      throw RuntimeError(
        ADErrors.record(
          context, error.record.message, category: .invalidOperation,
          exception: error.record.exceptionType, qualifier: "InvalidOperation", target: .null))
    }
  }
}

/// Parameters the writing cmdlets share.
enum ADWriteParameters {
  static let hashtables = [
    ParameterDeclaration("Add", .hashtable, help: "Values to add, by LDAP attribute name."),
    ParameterDeclaration("Remove", .hashtable, help: "Values to remove, by LDAP attribute name."),
    ParameterDeclaration("Replace", .hashtable, help: "Values to set, by LDAP attribute name."),
    ParameterDeclaration("Clear", .stringArray, help: "LDAP attributes to clear."),
  ]

  /// The New-* cmdlets take these by property name too (`Import-Csv users.csv | New-ADUser`
  /// reads a Path column), as every property parameter of theirs.
  static let otherAttributes = ParameterDeclaration(
    "OtherAttributes", .hashtable, pipeline: .byPropertyName,
    help: "Further LDAP attributes and their values.")

  static let path = ParameterDeclaration(
    "Path", .string, pipeline: .byPropertyName,
    help: "The DN of the container or OU to create the object in.")

  /// String property parameters, each written to its LDAP attribute.
  static func properties(_ table: [(String, String)]) -> [ParameterDeclaration] {
    table.map { parameter, attribute in
      ParameterDeclaration(
        parameter, .any, pipeline: .byPropertyName, help: "Sets \(attribute).")
    }
  }
}
