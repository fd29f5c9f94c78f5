/// One element of an XML document: its name, attributes, child elements and text.
///
/// Format files (`*.format.ps1xml`) need only elements and text, so this is all the reader
/// builds; comments, processing instructions and the declaration are skipped.
struct XMLElementNode {
  var name: String
  var attributes: [String: String] = [:]
  var children: [XMLElementNode] = []
  /// The element's own text (CDATA included), entities decoded, not trimmed.
  var text = ""
  /// The line the element starts on, for errors.
  var line: Int

  /// The first child with this name (case-insensitive, as PowerShell reads format files).
  func child(_ name: String) -> XMLElementNode? {
    children.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
  }

  /// Every child with this name.
  func children(_ name: String) -> [XMLElementNode] {
    children.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }
  }

  /// The trimmed text of the first child with this name.
  func text(of name: String) -> String? {
    child(name).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
  }
}
