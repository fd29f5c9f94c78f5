import ShellCore

/// The session's random generator (SplitMix64), kept per interpreter so that -SetSeed
/// makes the numbers that follow repeat.
final class RandomSource {
  static let stateKey = "ShellRuntime.Random"
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The generator of an interpreter, seeded from the system on first use.
  static func of(_ interpreter: Interpreter) -> RandomSource {
    if let source = interpreter.moduleState[stateKey] as? RandomSource { return source }
    var system = SystemRandomNumberGenerator()
    let source = RandomSource(seed: system.next())
    interpreter.moduleState[stateKey] = source
    return source
  }

  func reseed(_ seed: UInt64) { state = seed }

  func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A number in 0..<bound (bound > 0), without modulo bias.
  func next(below bound: UInt64) -> UInt64 {
    guard bound > 1 else { return 0 }
    let limit = UInt64.max - UInt64.max % bound
    while true {
      let value = next()
      if value < limit { return value % bound }
    }
  }

  /// A double in [0, 1).
  func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
