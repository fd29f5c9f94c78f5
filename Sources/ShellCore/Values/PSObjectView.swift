/// The `.psobject` view of a value: its properties as objects, its type names.
enum PSObjectView {
  static func make(for value: Value) -> PSObject {
    let view = PSObject(typeNames: ["System.Management.Automation.PSObject", "System.Object"])
    var properties: [Value] = []
    if case .object(let object) = value {
      for property in object.properties.values {
        let entry = PSObject(
          typeNames: ["System.Management.Automation.PSNoteProperty", "System.Object"])
        entry.set("Name", .string(property.name))
        entry.set("Value", property.value)
        let memberType =
          property.memberType ?? (property.isComputed ? "ScriptProperty" : "NoteProperty")
        entry.set("MemberType", .string(memberType))
        entry.set("TypeNameOfValue", .string(property.value.dotNetType.fullName))
        entry.set("IsSettable", .bool(true))
        entry.set("IsGettable", .bool(true))
        properties.append(.object(entry))
      }
    }
    view.set("Properties", .array(properties))
    view.set("TypeNames", typeNameList(for: value))
    view.set("BaseObject", value)
    view.set("ImmediateBaseObject", value)
    return view
  }

  /// An object's type names as a list whose changes (Insert, Add, Remove, Clear) rename the
  /// object, as `.PSObject.TypeNames` and `.PSTypeNames` do; other values get a copy.
  static func typeNameList(for value: Value) -> Value {
    let list = PSArray(
      value.typeNameChain.map(Value.string),
      collectionType: PSType.resolve("System.Collections.Generic.List[string]"))
    if case .object(let object) = value {
      list.onChange = { items in object.typeNames = items.map { $0.toText() } }
    }
    return .array(list)
  }
}
