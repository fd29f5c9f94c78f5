/// Row ids of member DNs, as written, remembered across the creates of one batch.
///
/// Groups written back by one export share their members: 100,000 groups with 1,000,000
/// memberships name ten thousand users. The owner of a cache forgets it when an object may
/// have moved or gone (`forget()`), so an id never outlives its DN.
final class MemberIdCache {
  var ids: [String: Int64] = [:]

  /// Drops every remembered id.
  func forget() { ids.removeAll(keepingCapacity: true) }
}
