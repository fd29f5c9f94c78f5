import Foundation

/// Reproducible GUIDs for a seeded lab: the same state always gives the same GUID.
///
/// A splitmix64 sequence supplies the 128 bits; the version (4) and variant bits are set as in
/// a random GUID, so the values look like the ones AD and Entra ID issue.
public enum SeededGUID {
  /// The GUID whose splitmix64 sequence starts after `initial`, in lowercase text form.
  public static func make(startingAt initial: UInt64) -> String {
    var state = initial
    func next() -> UInt64 {
      state = state &+ 0x9E37_79B9_7F4A_7C15
      var mixed = state
      mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      return mixed ^ (mixed >> 31)
    }
    let high = (next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
    let low = (next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
    let hex = Array(String(format: "%016llx%016llx", high, low))
    return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }
      .joined(separator: "-")
  }
}
