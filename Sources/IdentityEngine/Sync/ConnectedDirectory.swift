import Foundation
import GRDB

/// One object as a connector reads it from its directory: anchor, type, DN and the
/// attributes on the connector's inclusion list.
public struct ConnectedObject: Sendable, Equatable {
  public var anchor: String
  public var objectType: String
  public var dn: String
  public var attributes: [String: [String]]

  public init(anchor: String, objectType: String, dn: String, attributes: [String: [String]]) {
    self.anchor = anchor
    self.objectType = objectType
    self.dn = dn
    self.attributes = attributes
  }
}

/// What one export asks of a directory.
public struct ExportChange: Sendable, Equatable {
  /// Add, update or delete.
  public enum Action: String, Sendable, Equatable {
    case add = "Add"
    case update = "Update"
    case delete = "Delete"
  }

  public var action: Action
  public var objectType: String
  /// The object's DN now (for adds, the DN to create).
  public var dn: String
  /// The DN to rename or move to, when it differs.
  public var newDN: String?
  public var anchor: String?
  /// Attributes to set (all of them for adds; the changed ones for updates; empty = clear).
  public var attributes: [String: [String]]
}

/// A connected directory as a connector sees it, inside the sync step's transaction.
///
/// The AD forest and the tenant each implement it; delta imports read only what changed
/// since the connector's watermark, so their cost follows the change, not the directory.
public protocol ConnectedDirectory {
  /// Every in-scope object.
  func fullImport(_ db: Database) throws -> [ConnectedObject]
  /// Objects changed and anchors deleted since the last import (full or delta).
  func deltaImport(_ db: Database) throws -> (changed: [ConnectedObject], deleted: [String])
  /// Applies one export; returns the anchor of an added object.
  func export(_ db: Database, _ change: ExportChange) throws -> String?
  /// The references (members) the last export could not write, each with the directory's
  /// reason; asking empties the list.
  func takeRefusedReferences() -> [(member: String, reason: String)]
}

extension ConnectedDirectory {
  public func takeRefusedReferences() -> [(member: String, reason: String)] { [] }
}

/// The references a directory refused while one export was applied.
final class RefusedReferences {
  var refused: [(member: String, reason: String)] = []
}

/// A tenant with nothing in it, for a lab whose cloud side is not connected.
public struct EmptyCloudDirectory: ConnectedDirectory {
  public init() {}
  public func fullImport(_ db: Database) throws -> [ConnectedObject] { [] }
  public func deltaImport(_ db: Database) throws -> (changed: [ConnectedObject], deleted: [String])
  {
    ([], [])
  }
  public func export(_ db: Database, _ change: ExportChange) throws -> String? { nil }
}
