/// The `.psobject` view of a value: its properties as objects, its type names.
enum PSObjectView {
  static let notePropertyTypeName = "System.Management.Automation.PSNoteProperty"

  static func make(for value: Value) -> PSObject {
    let view = PSObject(typeNames: ["System.Management.Automation.PSObject", "System.Object"])
    var properties: [Value] = []
    if case .object(let object) = value {
      for property in object.properties.values {
        let memberType =
          property.memberType ?? (property.isComputed ? "ScriptProperty" : "NoteProperty")
        properties.append(entry(property.name, property.value, memberType: memberType))
      }
      view.set("Properties", .array(propertyCollection(properties, of: object)))
    } else {
      view.set("Properties", .array(PSArray(properties, keyProperty: "Name")))
    }
    view.set("TypeNames", typeNameList(for: value))
    view.set("BaseObject", value)
    view.set("ImmediateBaseObject", value)
    return view
  }

  /// A property as `.PSObject.Properties` lists it (a PSNoteProperty for a note).
  static func entry(_ name: String, _ value: Value, memberType: String = "NoteProperty")
    -> Value
  {
    let entry = PSObject(typeNames: [notePropertyTypeName, "System.Object"])
    entry.set("Name", .string(name))
    entry.set("Value", value)
    entry.set("MemberType", .string(memberType))
    entry.set("TypeNameOfValue", .string(value.dotNetType.fullName))
    entry.set("IsSettable", .bool(true))
    entry.set("IsGettable", .bool(true))
    entry.stringValue = { "\(value.dotNetType.fullName) \(name)=\(value.toText())" }
    return .object(entry)
  }

  /// `[psnoteproperty]::new(name, value)` and New-Object PSNoteProperty.
  static func newNoteProperty(_ arguments: [Value]) throws -> Value {
    guard arguments.count == 2 else { throw OperatorErrors.argumentCount("new", arguments.count) }
    let name = arguments[0].toText()
    guard !name.isEmpty else {
      throw OperatorErrors.methodException(
        "new", 2, "The value of argument \"name\" (\"\") is invalid. (Parameter 'name')")
    }
    return entry(name, arguments[1])
  }

  /// `.PSObject.Properties` of an object: indexed by name, and live: `Add(PSNoteProperty)`,
  /// `Remove(name)`, `Item(name)` and `Match(pattern)` act on the object as pwsh's
  /// PSMemberInfoCollection does.
  private static func propertyCollection(_ entries: [Value], of object: PSObject) -> PSArray {
    let collection = PSArray(entries, keyProperty: "Name")
    let find = { (name: String) -> Value in
      collection.items.first {
        $0.psObject?.value(of: "Name")?.toText().caseInsensitiveCompare(name) == .orderedSame
      } ?? .null
    }
    collection.methods["item"] = PSMethod(name: "Item") { arguments in
      guard arguments.count == 1 else {
        throw OperatorErrors.argumentCount("Item", arguments.count)
      }
      return find(arguments[0].toText())
    }
    collection.methods["match"] = PSMethod(name: "Match") { arguments in
      guard arguments.count == 1 else {
        throw OperatorErrors.argumentCount("Match", arguments.count)
      }
      let pattern = arguments[0].toText()
      return .array(
        collection.items.filter {
          Operators.wildcardMatch($0.psObject?.value(of: "Name")?.toText() ?? "", pattern: pattern)
        })
    }
    collection.methods["remove"] = PSMethod(name: "Remove") { arguments in
      guard arguments.count == 1 else {
        throw OperatorErrors.argumentCount("Remove", arguments.count)
      }
      let name = arguments[0].toText()
      object.removeProperty(name)
      collection.items.removeAll {
        $0.psObject?.value(of: "Name")?.toText().caseInsensitiveCompare(name) == .orderedSame
      }
      return .automationNull
    }
    collection.methods["add"] = PSMethod(name: "Add") { arguments in
      guard arguments.count == 1 || arguments.count == 2 else {
        throw OperatorErrors.argumentCount("Add", arguments.count)
      }
      guard let note = arguments[0].psObject, note.typeName == notePropertyTypeName,
        let name = note.value(of: "Name")?.toText()
      else {
        throw OperatorErrors.methodException(
          "Add", arguments.count, "Cannot add a member of this kind to the collection.")
      }
      if object.property(name) != nil {
        throw OperatorErrors.methodException(
          "Add", arguments.count,
          "Cannot add a member with the name \"\(name)\" because a member with that name "
            + "already exists. To overwrite the member anyway, add the Force parameter to your "
            + "command.")
      }
      let value = note.value(of: "Value") ?? .null
      object.set(name, value)
      collection.items.append(entry(name, value))
      return .automationNull
    }
    return collection
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
