import ShellCore

/// The members Get-Member reports for each kind of value, with .NET's definition text.
///
/// Definitions are written as PowerShell prints them: overloads separated by ", ", type names
/// shortened to their accelerators (`string`, `int`, `bool`, `type`, `cultureinfo`). Only the
/// methods the shell implements are listed for strings, numbers, arrays, hashtables and dates.
enum MemberTable {
  /// One member of a type.
  struct Member {
    let name: String
    let memberType: String
    let definition: String
  }

  static let equals = Member(
    name: "Equals", memberType: "Method", definition: "bool Equals(System.Object obj)")
  static let getHashCode = Member(
    name: "GetHashCode", memberType: "Method", definition: "int GetHashCode()")
  static let getType = Member(name: "GetType", memberType: "Method", definition: "type GetType()")
  static let toString = Member(
    name: "ToString", memberType: "Method", definition: "string ToString()")
  /// The methods of System.Object, which every object has.
  static let objectMethods = [equals, getHashCode, getType, toString]

  /// The members of one value.
  static func members(of value: Value) -> [Member] {
    switch value {
    case .object(let object):
      if let base = object.baseValue {
        return members(of: base) + noteProperties(of: object)
      }
      if object.typeNames.contains("System.Management.Automation.PSCustomObject") {
        return objectMethods + noteProperties(of: object)
      }
      if object.isScriptClassInstance { return scriptClassMembers(of: object) }
      return objectMethods
        + object.properties.values.map { property in
          Member(
            name: property.name, memberType: "Property",
            definition: "\(shortTypeName(of: property.value)) \(property.name) {get;set;}")
        }
    case .string: return stringMembers
    case .int, .long, .double, .decimal, .bool, .char:
      return numberMembers(value.dotNetType)
    case .array: return arrayMembers
    case .hashtable: return hashtableMembers
    case .dateTime: return dateMembers
    case .timeSpan: return timeSpanMembers
    default: return objectMethods
    }
  }

  /// A script class instance: its methods (overriding System.Object's) and its non-hidden
  /// properties as the class declared them.
  static func scriptClassMembers(of object: PSObject) -> [Member] {
    let hidden = object.hiddenPropertyNames
    let methods = object.methods.values.compactMap { method in
      method.definition.map { Member(name: method.name, memberType: "Method", definition: $0) }
    }
    let inherited = objectMethods.filter { member in
      !methods.contains { $0.name.lowercased() == member.name.lowercased() }
    }
    let properties = object.properties.values.filter { !hidden.contains($0.name.lowercased()) }
      .map { property in
        Member(
          name: property.name, memberType: "Property",
          definition: property.definition
            ?? "\(shortTypeName(of: property.value)) \(property.name) {get;set;}")
      }
    return inherited + methods + properties
  }

  /// Note properties as `type Name=value`; computed ones as script properties; members that
  /// Add-Member described (alias properties, script methods) as it described them.
  static func noteProperties(of object: PSObject) -> [Member] {
    let scriptMethods = object.methods.values.compactMap { method in
      method.definition.map {
        Member(name: method.name, memberType: "ScriptMethod", definition: $0)
      }
    }
    return scriptMethods
      + object.properties.values.map { property in
        if let memberType = property.memberType, let definition = property.definition {
          return Member(name: property.name, memberType: memberType, definition: definition)
        }
        if property.isComputed {
          return Member(
            name: property.name, memberType: "ScriptProperty",
            definition: "System.Object \(property.name) {get;}")
        }
        let value = property.value
        let shown: String
        switch value {
        case .null: shown = "null"
        case .array: shown = "System.Object[]"
        default: shown = value.toText()
        }
        return Member(
          name: property.name, memberType: "NoteProperty",
          definition: "\(shortTypeName(of: value)) \(property.name)=\(shown)")
      }
  }

  /// The type name PowerShell writes in definitions: the accelerator when there is one.
  static func shortTypeName(of value: Value) -> String {
    switch value {
    case .null: return "object"
    case .bool: return "bool"
    case .int: return "int"
    case .long: return "long"
    case .double: return "double"
    case .decimal: return "decimal"
    case .string: return "string"
    case .char: return "char"
    case .dateTime: return "datetime"
    case .timeSpan: return "timespan"
    case .array: return "Object[]"
    case .hashtable(let table):
      return table.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "hashtable"
    case .scriptBlock: return "scriptblock"
    case .type: return "type"
    case .object(let object):
      if let base = object.baseValue { return shortTypeName(of: base) }
      return object.typeName
    }
  }

  private static func method(_ name: String, _ overloads: String...) -> Member {
    Member(name: name, memberType: "Method", definition: overloads.joined(separator: ", "))
  }

  private static func property(_ name: String, _ type: String, settable: Bool = false) -> Member {
    Member(
      name: name, memberType: "Property",
      definition: "\(type) \(name) {get;\(settable ? "set;" : "")}")
  }

  static let stringMembers: [Member] = [
    method("Clone", "System.Object Clone()", "System.Object ICloneable.Clone()"),
    method(
      "CompareTo", "int CompareTo(System.Object value)", "int CompareTo(string strB)",
      "int IComparable.CompareTo(System.Object obj)",
      "int IComparable[string].CompareTo(string other)"),
    method(
      "Contains", "bool Contains(string value)",
      "bool Contains(string value, System.StringComparison comparisonType)",
      "bool Contains(char value)",
      "bool Contains(char value, System.StringComparison comparisonType)"),
    method(
      "EndsWith", "bool EndsWith(string value)",
      "bool EndsWith(string value, System.StringComparison comparisonType)",
      "bool EndsWith(string value, bool ignoreCase, cultureinfo culture)",
      "bool EndsWith(char value)"),
    method(
      "Equals", "bool Equals(System.Object obj)", "bool Equals(string value)",
      "bool Equals(string value, System.StringComparison comparisonType)",
      "bool IEquatable[string].Equals(string other)"),
    method(
      "GetHashCode", "int GetHashCode()", "int GetHashCode(System.StringComparison comparisonType)"),
    getType,
    method(
      "IndexOf", "int IndexOf(char value)", "int IndexOf(char value, int startIndex)",
      "int IndexOf(char value, System.StringComparison comparisonType)",
      "int IndexOf(char value, int startIndex, int count)", "int IndexOf(string value)",
      "int IndexOf(string value, int startIndex)",
      "int IndexOf(string value, int startIndex, int count)",
      "int IndexOf(string value, System.StringComparison comparisonType)",
      "int IndexOf(string value, int startIndex, System.StringComparison comparisonType)",
      "int IndexOf(string value, int startIndex, int count, System.StringComparison comparisonType)"
    ),
    method(
      "IndexOfAny", "int IndexOfAny(char[] anyOf)", "int IndexOfAny(char[] anyOf, int startIndex)",
      "int IndexOfAny(char[] anyOf, int startIndex, int count)"),
    method("Insert", "string Insert(int startIndex, string value)"),
    method(
      "LastIndexOf", "int LastIndexOf(char value)", "int LastIndexOf(char value, int startIndex)",
      "int LastIndexOf(char value, int startIndex, int count)", "int LastIndexOf(string value)",
      "int LastIndexOf(string value, int startIndex)",
      "int LastIndexOf(string value, int startIndex, int count)",
      "int LastIndexOf(string value, System.StringComparison comparisonType)",
      "int LastIndexOf(string value, int startIndex, System.StringComparison comparisonType)",
      "int LastIndexOf(string value, int startIndex, int count, "
        + "System.StringComparison comparisonType)"),
    method(
      "Normalize", "string Normalize()",
      "string Normalize(System.Text.NormalizationForm normalizationForm)"),
    method(
      "PadLeft", "string PadLeft(int totalWidth)",
      "string PadLeft(int totalWidth, char paddingChar)"),
    method(
      "PadRight", "string PadRight(int totalWidth)",
      "string PadRight(int totalWidth, char paddingChar)"),
    method(
      "Remove", "string Remove(int startIndex, int count)", "string Remove(int startIndex)"),
    method(
      "Replace",
      "string Replace(string oldValue, string newValue, bool ignoreCase, "
        + "cultureinfo culture)",
      "string Replace(string oldValue, string newValue, System.StringComparison comparisonType)",
      "string Replace(char oldChar, char newChar)",
      "string Replace(string oldValue, string newValue)"),
    method(
      "Split", "string[] Split(char separator, System.StringSplitOptions options)",
      "string[] Split(char separator, int count, System.StringSplitOptions options)",
      "string[] Split(Params char[] separator)", "string[] Split(char[] separator, int count)",
      "string[] Split(char[] separator, System.StringSplitOptions options)",
      "string[] Split(char[] separator, int count, System.StringSplitOptions options)",
      "string[] Split(string separator, System.StringSplitOptions options)",
      "string[] Split(string separator, int count, System.StringSplitOptions options)",
      "string[] Split(string[] separator, System.StringSplitOptions options)",
      "string[] Split(string[] separator, int count, System.StringSplitOptions options)"),
    method(
      "StartsWith", "bool StartsWith(string value)",
      "bool StartsWith(string value, System.StringComparison comparisonType)",
      "bool StartsWith(string value, bool ignoreCase, cultureinfo culture)",
      "bool StartsWith(char value)"),
    method(
      "Substring", "string Substring(int startIndex)",
      "string Substring(int startIndex, int length)"),
    method(
      "ToCharArray", "char[] ToCharArray()", "char[] ToCharArray(int startIndex, int length)"),
    method("ToLower", "string ToLower()", "string ToLower(cultureinfo culture)"),
    method("ToLowerInvariant", "string ToLowerInvariant()"),
    method(
      "ToString", "string ToString()", "string ToString(System.IFormatProvider provider)",
      "string IConvertible.ToString(System.IFormatProvider provider)"),
    method("ToUpper", "string ToUpper()", "string ToUpper(cultureinfo culture)"),
    method("ToUpperInvariant", "string ToUpperInvariant()"),
    method(
      "Trim", "string Trim()", "string Trim(char trimChar)", "string Trim(Params char[] trimChars)"),
    method(
      "TrimEnd", "string TrimEnd()", "string TrimEnd(char trimChar)",
      "string TrimEnd(Params char[] trimChars)"),
    method(
      "TrimStart", "string TrimStart()", "string TrimStart(char trimChar)",
      "string TrimStart(Params char[] trimChars)"),
    Member(
      name: "Chars", memberType: "ParameterizedProperty", definition: "char Chars(int index) {get;}"
    ),
    property("Length", "int"),
  ]

  /// Int32, Int64, Double, Decimal, Boolean and Char: comparison, equality and formatting.
  static func numberMembers(_ type: PSType) -> [Member] {
    let short: String
    switch type.kind {
    case .int: short = "int"
    case .long: short = "long"
    case .double: short = "double"
    case .decimal: short = "decimal"
    case .bool: short = "bool"
    default: short = "char"
    }
    return [
      method(
        "CompareTo", "int CompareTo(System.Object value)", "int CompareTo(\(short) value)",
        "int IComparable.CompareTo(System.Object obj)",
        "int IComparable[\(type.name)].CompareTo(\(short) other)"),
      method(
        "Equals", "bool Equals(System.Object obj)", "bool Equals(\(short) obj)",
        "bool IEquatable[\(type.name)].Equals(\(short) other)"),
      getHashCode, getType,
      method(
        "GetTypeCode", "System.TypeCode GetTypeCode()",
        "System.TypeCode IConvertible.GetTypeCode()"),
      method(
        "ToString", "string ToString()", "string ToString(string format)",
        "string ToString(System.IFormatProvider provider)",
        "string ToString(string format, System.IFormatProvider provider)",
        "string IFormattable.ToString(string format, System.IFormatProvider formatProvider)",
        "string IConvertible.ToString(System.IFormatProvider provider)"),
    ]
  }

  static let arrayMembers: [Member] = [
    Member(name: "Count", memberType: "AliasProperty", definition: "Count = Length"),
    method("Clone", "System.Object Clone(), System.Object ICloneable.Clone()"),
    method(
      "Contains", "bool IList.Contains(System.Object value)"),
    equals, method("Get", "System.Object Get(int )"), getHashCode, getType,
    method("IndexOf", "int IList.IndexOf(System.Object value)"),
    method("Set", "void Set(int , System.Object )"), toString,
    Member(
      name: "Item", memberType: "ParameterizedProperty",
      definition: "System.Object IList.Item(int index) {get;set;}"),
    property("IsFixedSize", "bool"), property("IsReadOnly", "bool"),
    property("IsSynchronized", "bool"), property("Length", "int"),
    property("LongLength", "long"), property("Rank", "int"),
    property("SyncRoot", "System.Object"),
  ]

  static let hashtableMembers: [Member] = [
    method(
      "Add", "void Add(System.Object key, System.Object value)",
      "void IDictionary.Add(System.Object key, System.Object value)"),
    method("Clear", "void Clear()", "void IDictionary.Clear()"),
    method("Clone", "System.Object Clone()", "System.Object ICloneable.Clone()"),
    method(
      "Contains", "bool Contains(System.Object key)", "bool IDictionary.Contains(System.Object key)"
    ),
    method("ContainsKey", "bool ContainsKey(System.Object key)"),
    method("ContainsValue", "bool ContainsValue(System.Object value)"),
    method(
      "CopyTo", "void CopyTo(array array, int arrayIndex)",
      "void ICollection.CopyTo(array array, int index)"),
    equals,
    method(
      "GetEnumerator", "System.Collections.IDictionaryEnumerator GetEnumerator()",
      "System.Collections.IDictionaryEnumerator IDictionary.GetEnumerator()",
      "System.Collections.IEnumerator IEnumerable.GetEnumerator()"),
    getHashCode, getType,
    method(
      "Remove", "void Remove(System.Object key)", "void IDictionary.Remove(System.Object key)"),
    toString,
    Member(
      name: "Item", memberType: "ParameterizedProperty",
      definition: "System.Object Item(System.Object key) {get;set;}"),
    property("Count", "int"), property("IsFixedSize", "bool"), property("IsReadOnly", "bool"),
    property("IsSynchronized", "bool"), property("Keys", "System.Collections.ICollection"),
    property("SyncRoot", "System.Object"), property("Values", "System.Collections.ICollection"),
  ]

  static let dateMembers: [Member] = [
    method("Add", "datetime Add(timespan value)"),
    method("AddDays", "datetime AddDays(double value)"),
    method("AddHours", "datetime AddHours(double value)"),
    method("AddMilliseconds", "datetime AddMilliseconds(double value)"),
    method("AddMinutes", "datetime AddMinutes(double value)"),
    method("AddMonths", "datetime AddMonths(int months)"),
    method("AddSeconds", "datetime AddSeconds(double value)"),
    method("AddTicks", "datetime AddTicks(long value)"),
    method("AddYears", "datetime AddYears(int value)"),
    method(
      "CompareTo", "int CompareTo(System.Object value)", "int CompareTo(datetime value)",
      "int IComparable.CompareTo(System.Object obj)",
      "int IComparable[datetime].CompareTo(datetime other)"),
    method(
      "Equals", "bool Equals(System.Object value)", "bool Equals(datetime value)",
      "bool IEquatable[datetime].Equals(datetime other)"),
    getHashCode, getType,
    method("Subtract", "timespan Subtract(datetime value)", "datetime Subtract(timespan value)"),
    method("ToLocalTime", "datetime ToLocalTime()"),
    method("ToLongDateString", "string ToLongDateString()"),
    method("ToLongTimeString", "string ToLongTimeString()"),
    method("ToShortDateString", "string ToShortDateString()"),
    method("ToShortTimeString", "string ToShortTimeString()"),
    method(
      "ToString", "string ToString()", "string ToString(string format)",
      "string ToString(System.IFormatProvider provider)",
      "string ToString(string format, System.IFormatProvider provider)",
      "string IFormattable.ToString(string format, System.IFormatProvider formatProvider)",
      "string IConvertible.ToString(System.IFormatProvider provider)"),
    method("ToUniversalTime", "datetime ToUniversalTime()"),
    property("Date", "datetime"), property("Day", "int"),
    property("DayOfWeek", "System.DayOfWeek"), property("DayOfYear", "int"),
    property("Hour", "int"), property("Kind", "System.DateTimeKind"),
    property("Millisecond", "int"), property("Minute", "int"), property("Month", "int"),
    property("Second", "int"), property("Ticks", "long"), property("TimeOfDay", "timespan"),
    property("Year", "int"),
  ]

  static let timeSpanMembers: [Member] =
    [
      method("Add", "timespan Add(timespan ts)"),
      method(
        "CompareTo", "int CompareTo(System.Object value)", "int CompareTo(timespan value)",
        "int IComparable.CompareTo(System.Object obj)",
        "int IComparable[timespan].CompareTo(timespan other)"),
      method("Divide", "timespan Divide(double divisor)", "double Divide(timespan ts)"),
      method("Duration", "timespan Duration()"),
      method(
        "Equals", "bool Equals(System.Object value)", "bool Equals(timespan obj)",
        "bool IEquatable[timespan].Equals(timespan other)"),
      getHashCode, getType,
      method("Multiply", "timespan Multiply(double factor)"),
      method("Negate", "timespan Negate()"),
      method("Subtract", "timespan Subtract(timespan ts)"),
      method(
        "ToString", "string ToString()", "string ToString(string format)",
        "string ToString(string format, System.IFormatProvider formatProvider)",
        "string IFormattable.ToString(string format, System.IFormatProvider formatProvider)"),
    ]
    + Members.timeSpanPropertyNames.sorted().map { name in
      property(name, name == "Ticks" ? "long" : name.hasPrefix("Total") ? "double" : "int")
    }
}
