/// How a PSObject turns into text: its own `ToString`, else PowerShell's `@{a=1; b=2}` form.
extension PSObject {
  public var text: String {
    var text = ""
    appendText(to: &text)
    return text
  }

  /// Appends the text to `text`, walking nested custom objects with a stack of its own: a
  /// chain of 100,000 objects takes time in proportion to its text and no call stack.
  func appendText(to text: inout String) {
    // Custom objects being written, each with the index of its next property.
    var open: [(object: PSObject, next: Int)] = []
    var pending: PSObject? = self
    while true {
      if let object = pending {
        pending = nil
        if let own = object.ownText {
          text += own
        } else if !object.properties.isEmpty {
          text += "@{"
          open.append((object, 0))
        }
      }
      guard let (object, index) = open.popLast() else { return }
      let properties = object.properties.values
      guard index < properties.count else {
        text += "}"
        continue
      }
      if index > 0 { text += "; " }
      let property = properties[properties.startIndex + index]
      text += property.name
      text += "="
      open.append((object, index + 1))
      if case .object(let inner) = property.value {
        pending = inner
      } else {
        text += property.value.toText()
      }
    }
  }

  /// The text when it is not the `@{…}` form: the object's own ToString or its type name.
  private var ownText: String? {
    if let stringValue { return stringValue() }
    // A ToString that fails falls back to the object's own form, as the text of an object
    // is never an error.
    if let method = methods["tostring"], let result = try? method.invoke([]) {
      return result.toText()
    }
    if typeName == "System.Management.Automation.PSCustomObject" || base == nil { return nil }
    return typeName
  }
}
