import Foundation
import IdentityEngine
import ShellCore

/// `-ExpandProperty` (`$expand`): the navigation properties a group or user can carry
/// inline, each as an array of MicrosoftGraphDirectoryObject.
///
/// Groups expand `members`, `owners` and `memberOf`; users expand `memberOf`. As in Graph's
/// directory, an expanded relation holds at most 20 objects, and a name may carry its own
/// selection: `members($select=id,displayName)`.
enum GraphExpansion {
  /// The most objects Graph returns in one expanded relation.
  static let limit = 20

  static let parameter = ParameterDeclaration(
    "ExpandProperty", .stringArray, aliases: ["Expand"],
    help: "Navigation properties to return inline ($expand), such as members or memberOf.")

  /// The navigation properties of each kind, as the model names them.
  static func navigation(_ kind: TenantObjectKind) -> [String] {
    kind == .group ? ["MemberOf", "Members", "Owners"] : ["MemberOf"]
  }

  /// One relation to expand: its model name and the selection inside its parentheses.
  struct Request {
    let name: String
    let selection: Set<String>?
  }

  /// Parses `-ExpandProperty`; throws Graph's `$expand` error for a name the type lacks.
  static func parse(_ graph: GraphContext, _ kind: TenantObjectKind) throws -> [Request] {
    let names = graph.context.parameters["ExpandProperty"].map { value in
      value.enumerated.map { $0.toText() }
    }
    var requests: [Request] = []
    for text in (names ?? []).joined(separator: ",").splitTopLevel() {
      var name = text
      var selection: Set<String>?
      if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
        name = String(text[..<open])
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let option = inner.split(separator: "=", maxSplits: 1).map(String.init)
        guard option.count == 2, option[0].lowercased() == "$select" else {
          throw GraphFailure.unknownSelect(text, kind)
        }
        selection = Set(
          option[1].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
          })
      }
      guard
        let canonical = navigation(kind).first(where: {
          $0.lowercased() == name.trimmingCharacters(in: .whitespaces).lowercased()
        })
      else { throw GraphFailure.unknownSelect(name, kind) }
      requests.append(Request(name: canonical, selection: selection))
    }
    return requests
  }

  /// The expanded relations of one object, by model name.
  static func values(_ requests: [Request], of id: String, in tenant: Tenant) throws
    -> [String: Value]
  {
    guard !requests.isEmpty else { return [:] }
    return try tenant.read { transaction in
      var result: [String: Value] = [:]
      for request in requests {
        let objects: [TenantObject]
        switch request.name {
        case "Members": objects = try transaction.linked(.members, of: id)
        case "Owners": objects = try transaction.linked(.owners, of: id)
        default: objects = try transaction.memberOf(id).map { .group($0) }
        }
        result[request.name] = .array(
          objects.prefix(limit).map {
            .object(GraphObjects.directoryObject($0, selection: request.selection))
          })
      }
      return result
    }
  }
}

extension String {
  /// The comma-separated parts of an `$expand` list, keeping commas inside parentheses.
  fileprivate func splitTopLevel() -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for character in self {
      switch character {
      case "(": depth += 1
      case ")": depth -= 1
      case "," where depth == 0:
        parts.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
        continue
      default: break
      }
      current.append(character)
    }
    parts.append(current.trimmingCharacters(in: .whitespaces))
    return parts.filter { !$0.isEmpty }
  }
}
