import Foundation
import ShellCore

/// Entity references (`@odata.id`, `owners@odata.bind`): how a request names the object a
/// link points to, for members and owners alike.
enum GraphReferences {
  /// The collections an entity reference may name an object through.
  static let referenceCollections: Set<String> = [
    "directoryobjects", "users", "groups", "serviceprincipals",
  ]

  /// The object id in an entity reference such as
  /// `https://graph.microsoft.com/v1.0/directoryObjects/{id}` (or `users/`, `groups/`).
  ///
  /// Braces around the id are dropped, as in the SDK's own example. A reference that is not
  /// such a URL is Graph's unsupported-reference error for `relation`. The id itself is not
  /// checked here: Graph answers an id that names nothing (a UPN, say) with 404.
  static func objectId(fromReference reference: String, relation: String) throws -> String {
    let text = reference.trimmingCharacters(in: .whitespaces)
    let lowered = text.lowercased()
    guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else {
      throw GraphFailure.unsupportedReference(relation)
    }
    let segments = text.dropFirst(scheme.count).split(separator: "/").map(String.init)
    guard segments.count >= 3, let last = segments.last,
      referenceCollections.contains(segments[segments.count - 2].lowercased())
    else { throw GraphFailure.unsupportedReference(relation) }
    if last.hasPrefix("{"), last.hasSuffix("}"), last.count > 2 {
      return String(last.dropFirst().dropLast())
    }
    return last
  }

  /// The ids of an `owners@odata.bind` or `members@odata.bind` array in a request body.
  static func boundIds(_ value: Value?, relation: String) throws -> [String] {
    guard let value, !value.isNull else { return [] }
    return try value.enumerated.map {
      try objectId(fromReference: $0.toText(), relation: relation)
    }
  }

  /// The object id a link request names: its `-OdataId` or `-DirectoryObjectId` (`given`),
  /// else the body's `@odata.id`; a body without one is Graph's bad-request error.
  static func linkedId(given: String?, reference: String?, body: [String: Value], relation: String)
    throws -> String
  {
    if let given { return given }
    let text =
      reference
      ?? (body["@odata.id"] ?? body["odataid"]).flatMap {
        $0.isNull ? nil : $0.toText()
      }
    guard let text else { throw missingReference }
    return try objectId(fromReference: text, relation: relation)
  }

  /// A body without `@odata.id`: there is nothing to link.
  static let missingReference = GraphFailure(
    code: "Request_BadRequest",
    message: "The request body is missing the '@odata.id' of the object to add.")
}
