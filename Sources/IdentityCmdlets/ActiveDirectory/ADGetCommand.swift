import IdentityEngine
import ShellCore

/// The body the Get-AD* search cmdlets share: `-Identity`, or `-Filter`/`-LDAPFilter` with
/// the search parameters, then `-Properties` applied to what was found.
enum ADGetCommand {
  static func run(_ context: CommandContext, _ adClass: ADClass) throws {
    let ad = try ADContext(context)
    let request: ADPropertyRequest
    do {
      request = try ADPropertyRequest(ad.strings("Properties") ?? [], for: adClass)
    } catch let invalid as ADPropertyRequest.InvalidName {
      let target = context.parameters["Identity"].map { Value.string(ADContext.identityText($0)) }
      throw RuntimeError(ADErrors.invalidProperty(context, invalid.name, target: target ?? .null))
    }
    let selection = request.selection(for: adClass)
    let isSearch =
      context.parameters.contains("Filter") || context.parameters.contains("LDAPFilter")
    if !isSearch, let identity = context.parameters["Identity"] ?? context.input {
      let entry = try ad.resolve(identity, as: adClass, attributes: selection)
      try context.write(.object(ad.factory.make(entry, as: adClass, request: request)))
      return
    }
    let filter = try userFilter(ad, adClass)
    try ad.search(adClass, filter: filter, attributes: selection) { entry in
      try context.write(.object(ad.factory.make(entry, as: adClass, request: request)))
    }
  }

  /// The predicate of `-Filter` or `-LDAPFilter`, before the class filter.
  static func userFilter(_ ad: ADContext, _ adClass: ADClass) throws -> IdentityEngine.Predicate {
    let context = ad.context
    if let ldap = ad.string("LDAPFilter") {
      return try ad.run(target: .string(ldap)) { try LDAPFilterParser.parse(ldap) }
    }
    guard let raw = context.parameters["Filter"] else { return .any }
    let query: String
    if case .scriptBlock(let block) = raw { query = block.text } else { query = raw.toText() }
    let converter = ADFilterConverter(
      adClass: adClass,
      variable: { name in
        guard let variable = context.scope.lookup(name.lowercased()) else { return nil }
        return variable.value.isNull ? nil : variable.value
      },
      resolveDN: { identity in
        (try? ad.find(.string(identity), as: .principal))?.dn.description
      })
    do {
      return try converter.convert(query)
    } catch let error as ADFilterError {
      throw RuntimeError(error.record(context, query: query))
    }
  }
}

extension ADContext {
  /// Searches with the cmdlet's class filter and `-SearchBase`, `-SearchScope`,
  /// `-ResultSetSize`, `-ResultPageSize`, handing each entry to `body` as its page arrives;
  /// `-Verbose` shows the LDAP filter sent.
  func search(
    _ adClass: ADClass, filter: IdentityEngine.Predicate, attributes: AttributeSelection,
    each body: (DirectoryEntry) throws -> Void
  ) throws {
    let full = adClass.classFilter && filter
    let base = try string("SearchBase").map { try dn($0) } ?? domain.dn
    var scope = SearchScope.subtree
    if let name = string("SearchScope") {
      // The binder's valid-values check has already refused any other name.
      guard let named = SearchScope(name: name) else {
        throw RuntimeError(ADErrors.argument(context, "Invalid search scope: \(name)"))
      }
      scope = named
    }
    let limit = context.parameters["ResultSetSize"].flatMap { value -> Int? in
      if value.isNull { return nil }
      return Int(value.toText())
    }
    // The module's default page is 256 objects.
    let pageSize = context.parameters["ResultPageSize"].flatMap { Int($0.toText()) } ?? 256
    try context.writeVerbose(
      "Searching \(scope.rawValue) under '\(base)' with the LDAP filter: \(full.ldapFilter)")
    do {
      try directory.search(
        base: base, scope: scope, filter: full, attributes: attributes, sizeLimit: limit,
        pageSize: pageSize, each: body)
    } catch let error as DirectoryError {
      throw ADErrors.terminating(context, error, target: .string(base.description))
    } catch let error as LabError {
      throw LabErrors.terminating(context, error, target: .string(base.description))
    }
  }
}
