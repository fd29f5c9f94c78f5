/// The reference translations one synchronization pass has already looked up.
///
/// A group's members name the same few thousand users over and over; a full pass over
/// 100,000 groups with 1,000,000 memberships would otherwise ask the store two million times.
/// Only translations to an object that exists are kept, and the pass forgets them all
/// whenever a connector-space object leaves its metaverse object or a metaverse object goes
/// away, so no answer outlives the link it came from.
final class SyncReferenceCache {
  /// `connector` + NUL + DN key or anchor → metaverse GUID.
  var toMetaverse: [String: String] = [:]
  /// `connector` + NUL + metaverse GUID → DN (AD) or anchor (tenant).
  var fromMetaverse: [String: String] = [:]
  /// Set when a reference could not be translated; the pass clears it per object.
  var missedReference = false

  /// The key of a value on a connector.
  static func key(_ connector: String, _ value: String) -> String {
    connector + "\u{0}" + value
  }

  /// Drops every translation: a link they may rest on has changed.
  func forget() {
    toMetaverse.removeAll(keepingCapacity: true)
    fromMetaverse.removeAll(keepingCapacity: true)
  }
}
