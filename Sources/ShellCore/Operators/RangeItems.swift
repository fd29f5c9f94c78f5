/// The elements of a range `a..b`, produced one at a time: ints, or chars for a character
/// range (`'a'..'e'`), ascending or descending, both ends included.
struct RangeItems: Sequence {
  let start: Int64
  let end: Int64
  let isCharacter: Bool
  var isEmpty = false

  var count: Int64 { isEmpty ? 0 : Swift.abs(end - start) + 1 }

  func makeIterator() -> Iterator {
    Iterator(
      upcoming: start, end: end, step: start <= end ? 1 : -1, isCharacter: isCharacter,
      done: isEmpty)
  }

  struct Iterator: IteratorProtocol {
    var upcoming: Int64
    let end: Int64
    let step: Int64
    let isCharacter: Bool
    var done: Bool

    mutating func next() -> Value? {
      while !done {
        let current = upcoming
        if current == end { done = true } else { upcoming += step }
        if !isCharacter { return .int(Int32(current)) }
        // Codes that are no Unicode scalar (surrogates) are skipped, as before.
        if let scalar = Unicode.Scalar(UInt32(current)) { return .char(Character(scalar)) }
      }
      return nil
    }
  }
}
