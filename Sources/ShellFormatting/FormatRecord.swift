import ShellCore

/// The objects Format-* cmdlets write and Out-* cmdlets draw (PowerShell's FormatStartData,
/// GroupStartData, FormatEntryData, GroupEndData and FormatEndData).
///
/// A formatting session is `start`, then groups (`groupStart`, entries, `groupEnd`), then
/// `end`. Cells are already text; widths are decided by the outputter, which is what lets
/// a table stream after measuring its first rows.
enum FormatRecord {
  case start(FormatStart)
  /// A new group; `header` is its label line (nil for the one implicit group).
  case groupStart(header: String?)
  case entry(FormatEntry)
  /// A scalar printed with its text, outside the table or list.
  case outOfBandText(String)
  /// An object that does not fit the session's view, printed on its own as a list.
  case outOfBandList([ListLine])
  case groupEnd
  case end

  /// The type name the record shows as in the pipeline (`ft | Get-Member`).
  var typeName: String {
    let prefix = "Microsoft.PowerShell.Commands.Internal.Format."
    switch self {
    case .start: return prefix + "FormatStartData"
    case .groupStart: return prefix + "GroupStartData"
    case .entry, .outOfBandText, .outOfBandList: return prefix + "FormatEntryData"
    case .groupEnd: return prefix + "GroupEndData"
    case .end: return prefix + "FormatEndData"
    }
  }

  /// The record as a pipeline value.
  var value: Value {
    let object = PSObject(typeNames: [typeName, "System.Object"])
    object.base = FormatRecordBox(self)
    object.stringValue = { [typeName] in typeName }
    return .object(object)
  }

  /// The record a pipeline value carries, if it is one.
  init?(_ value: Value) {
    guard case .object(let object) = value, let box = object.base as? FormatRecordBox else {
      return nil
    }
    self = box.record
  }
}

/// Holds a record inside a PSObject's `base`.
final class FormatRecordBox {
  let record: FormatRecord
  init(_ record: FormatRecord) { self.record = record }
}

/// How a formatting session draws its entries.
enum FormatStart {
  case table(TableHeader)
  case list
  /// Format-Wide: a fixed number of columns, or as many as fit (`autoSize`).
  case wide(columns: Int?, autoSize: Bool)
  case custom
}

/// The columns of a table and the switches that change its layout.
struct TableHeader {
  var columns: [TableColumn]
  var autoSize = false
  var wrap = false
  var hideHeaders = false
}

/// One table column: its label, width (0 = measure it) and alignment.
struct TableColumn: Equatable {
  var label: String
  var width: Int
  var alignment: FormatAlignment
  /// A view label that is not a property name, drawn with `CustomTableHeaderLabel`.
  var isCustomLabel = false
}

/// One label and value of a list entry.
struct ListLine: Equatable {
  var label: String
  var value: String
}

/// One object's worth of formatted text.
enum FormatEntry {
  case tableRow([String])
  case list([ListLine])
  case wide(String)
  case custom([String])
}
