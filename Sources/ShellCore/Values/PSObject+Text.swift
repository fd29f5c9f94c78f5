/// How a PSObject turns into text: its own `ToString`, else PowerShell's `@{a=1; b=2}` form.
extension PSObject {
  public var text: String {
    var text = ""
    appendText(to: &text)
    return text
  }

  /// Appends the text to `text`: nested custom objects write into the same string, so that
  /// a chain of 100,000 objects takes time in proportion to its text, not to its square.
  func appendText(to text: inout String) {
    if let stringValue {
      text += stringValue()
      return
    }
    // A ToString that fails falls back to the object's own form, as the text of an object
    // is never an error.
    if let method = methods["tostring"], let result = try? method.invoke([]) {
      text += result.toText()
      return
    }
    guard typeName == "System.Management.Automation.PSCustomObject" || base == nil else {
      text += typeName
      return
    }
    guard !properties.isEmpty else { return }
    text += "@{"
    for (index, property) in properties.values.enumerated() {
      if index > 0 { text += "; " }
      text += property.name
      text += "="
      if case .object(let inner) = property.value {
        inner.appendText(to: &text)
      } else {
        text += property.value.toText()
      }
    }
    text += "}"
  }
}
