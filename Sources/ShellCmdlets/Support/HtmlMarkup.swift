import ShellCore

/// The markup ConvertTo-Html writes, line by line, as pwsh's ConvertToHtmlCommand builds it:
/// the XHTML 1.0 page frame, the `<colgroup>` line, header and data rows, and list entries.
///
/// Only property values are HTML-encoded (as .NET's WebUtility.HtmlEncode does); names, titles
/// and the caller's head, body, pre- and post-content are written as given, as pwsh does.
enum HtmlMarkup {
  /// The doctype line: XHTML 1.0 Strict, or Transitional under -Transitional (two spaces
  /// before the system identifier, as pwsh writes them).
  static func doctype(transitional: Bool) -> String {
    transitional
      ? "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"  "
        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
      : "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"  "
        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">"
  }

  static let htmlOpen = "<html xmlns=\"http://www.w3.org/1999/xhtml\">"

  /// The `<meta>` names written with `http-equiv`; the rest are written with `name`.
  static let httpEquivNames: Set<String> = ["content-type", "default-style", "x-ua-compatible"]
  /// The `<meta>` names pwsh accepts without a warning.
  static let knownMetaNames: Set<String> = httpEquivNames.union([
    "application-name", "author", "description", "generator", "keywords", "viewport",
  ])

  /// One `<meta>` line for a -Meta entry.
  static func meta(_ name: String, _ content: String) -> String {
    let attribute = httpEquivNames.contains(name.lowercased()) ? "http-equiv" : "name"
    return "<meta \(attribute)=\"\(name)\" content=\"\(content)\">"
  }

  /// The warning pwsh gives for a -Meta name it does not know.
  static func unknownMetaWarning(_ name: String, _ content: String) -> String {
    "Accepted meta properties are content-type, default-style, application-name, author, "
      + "description, generator, keywords, x-ua-compatible, and viewport. The meta pair: "
      + "\(name) and \(content) may not function correctly."
  }

  /// The `<colgroup>` line: one `<col/>` per column, with its width and alignment when given.
  static func columnGroup(_ columns: [PropertyExpression]) -> String {
    var line = "<colgroup>"
    for column in columns {
      line += "<col"
      if let width = column.width { line += " width = \"\(width)\"" }
      if let alignment = column.alignment { line += " align = \"\(alignment)\"" }
      line += "/>"
    }
    return line + "</colgroup>"
  }

  /// Text encoded as .NET's WebUtility.HtmlEncode encodes it: the five markup characters,
  /// U+00A0 to U+00FF and characters beyond the Basic Multilingual Plane as numeric entities.
  static func encode(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "&": result += "&amp;"
      default:
        let value = scalar.value
        if (160..<256).contains(value) || value >= 0x10000 {
          result += "&#\(value);"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
