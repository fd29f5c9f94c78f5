/// How a PSObject turns into text: its own `ToString`, else PowerShell's `@{a=1; b=2}` form.
extension PSObject {
  public var text: String {
    if let stringValue { return stringValue() }
    if let method = methods["tostring"], let result = try? method.invoke([]) {
      return result.toText()
    }
    if typeName == "System.Management.Automation.PSCustomObject" || base == nil {
      let pairs = properties.values.map { "\($0.name)=\($0.value.toText())" }
      return pairs.isEmpty ? "" : "@{" + pairs.joined(separator: "; ") + "}"
    }
    return typeName
  }
}
