import ShellCore

/// The format views of a session, keyed by type name, as PowerShell's format.ps1xml files are.
///
/// Other targets register views for their object types (`interpreter.formatViews.register(...)`);
/// Out-Default and the Format-* cmdlets look them up by every name in an object's `typeNames`,
/// most derived first. The first view registered for a name is its default view, as the first
/// view in a format.ps1xml file is.
public final class FormatViewRegistry {
  private var viewsByType: [String: [FormatView]] = [:]

  public init() {}

  /// Adds a view for every type name it lists.
  public func register(_ view: FormatView) {
    for name in view.typeNames {
      viewsByType[name.lowercased(), default: []].append(view)
    }
  }

  /// Adds views loaded from a format file: with `prepend`, ahead of the views already known
  /// for their types (in the order given), else after them.
  public func add(_ views: [FormatView], prepend: Bool) {
    guard prepend else {
      for view in views { register(view) }
      return
    }
    for view in views.reversed() {
      for name in view.typeNames {
        viewsByType[name.lowercased(), default: []].insert(view, at: 0)
      }
    }
  }

  /// A registry holding the same views, which changes apart from this one (a new runspace's).
  public func copy() -> FormatViewRegistry {
    let copy = FormatViewRegistry()
    copy.viewsByType = viewsByType
    return copy
  }

  /// The views registered for one type name, in registration order.
  public func views(forTypeName name: String) -> [FormatView] {
    viewsByType[name.lowercased()] ?? []
  }

  /// The first view for any of the type names (most derived first), optionally of one shape
  /// and with one name (`-View`, case-insensitive).
  public func view(
    for typeNames: [String], shape: FormatShape? = nil, named name: String? = nil
  ) -> FormatView? {
    for typeName in typeNames {
      for view in views(forTypeName: typeName) {
        if let shape, view.shape != shape { continue }
        if let name, view.name.caseInsensitiveCompare(name) != .orderedSame { continue }
        return view
      }
    }
    return nil
  }
}

/// The shape of a view: what the Format-* cmdlet of the same name draws.
public enum FormatShape: Equatable, Sendable {
  case table
  case list
  case wide
  /// Free-form lines computed by a closure (PowerShell's CustomControl).
  case custom
}

/// How a table column aligns its cells and label.
public enum FormatAlignment: Equatable, Sendable {
  case left
  case center
  case right

  /// Parses `Left`, `Center` or `Right` (any unambiguous prefix, case-insensitively).
  public init?(text: String) {
    let lower = text.lowercased()
    guard !lower.isEmpty else { return nil }
    if "left".hasPrefix(lower) {
      self = .left
    } else if "center".hasPrefix(lower) || "centre".hasPrefix(lower) {
      self = .center
    } else if "right".hasPrefix(lower) {
      self = .right
    } else {
      return nil
    }
  }
}

/// Where a column's or list item's value comes from.
public enum FormatValueSource {
  /// A property of the object (`Name`).
  case property(String)
  /// A script block run with `$_` set to the object.
  case scriptBlock(ScriptBlock)
  /// A Swift function of the object, for views registered by other targets.
  case compute((Value) -> Value)
}

/// One column of a table view, or one line of a list view.
public struct FormatColumn {
  /// The header or list label; nil uses the property name.
  public var label: String?
  public var source: FormatValueSource
  /// The column width in cells; nil lets the formatter measure it.
  public var width: Int?
  /// nil aligns left in views and by value type in generated tables.
  public var alignment: FormatAlignment?
  /// A .NET format string applied to the value (`N2`, `{0:yyyy-MM-dd}`).
  public var formatString: String?

  public init(
    label: String? = nil, source: FormatValueSource, width: Int? = nil,
    alignment: FormatAlignment? = nil, formatString: String? = nil
  ) {
    self.label = label
    self.source = source
    self.width = width
    self.alignment = alignment
    self.formatString = formatString
  }

  /// A column showing one property.
  public init(
    property: String, label: String? = nil, width: Int? = nil, alignment: FormatAlignment? = nil,
    formatString: String? = nil
  ) {
    self.init(
      label: label, source: .property(property), width: width, alignment: alignment,
      formatString: formatString)
  }

  /// The text shown as the header or list label.
  public var displayLabel: String {
    if let label { return label }
    switch source {
    case .property(let name): return name
    case .scriptBlock(let block): return block.text
    case .compute: return ""
    }
  }

  /// True when the label is not simply the property's name (styled in italics in headers).
  var hasCustomLabel: Bool {
    guard let label else { return false }
    if case .property(let name) = source {
      return label.caseInsensitiveCompare(name) != .orderedSame
    }
    return true
  }
}

/// A registered view: how objects of some type names are drawn.
public struct FormatView {
  /// The name `-View` selects.
  public var name: String
  /// The type names the view applies to.
  public var typeNames: [String]
  public var shape: FormatShape
  /// Table columns, list lines, or (wide) the one property shown.
  public var columns: [FormatColumn]
  /// Starts a new group (with its own header) whenever this value changes.
  public var groupBy: FormatColumn?
  /// The group header line for a group value; nil gives PowerShell's `   Label: value`.
  public var groupHeader: ((Value) -> String)?
  /// True when the table should be sized to all its rows (the view's `<AutoSize/>`).
  public var autoSize: Bool
  /// True when long cells continue on the next lines (the row entry's `<Wrap/>`).
  public var wrap = false
  /// True when the table is drawn without its header (the control's `<HideTableHeaders/>`).
  public var hideTableHeaders = false
  /// For `.custom` views: the lines one object prints as.
  public var custom: ((Value) -> [String])?

  public init(
    name: String, typeNames: [String], shape: FormatShape, columns: [FormatColumn] = [],
    groupBy: FormatColumn? = nil, groupHeader: ((Value) -> String)? = nil, autoSize: Bool = false,
    custom: ((Value) -> [String])? = nil
  ) {
    self.name = name
    self.typeNames = typeNames
    self.shape = shape
    self.columns = columns
    self.groupBy = groupBy
    self.groupHeader = groupHeader
    self.autoSize = autoSize
    self.custom = custom
  }

  /// True when the view applies to an object with these type names.
  func applies(to names: [String]) -> Bool {
    names.contains { name in
      typeNames.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
    }
  }
}
