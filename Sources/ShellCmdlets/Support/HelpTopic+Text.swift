import ShellCore

/// An about_ topic as Get-Help shows it: the layout of the about_*.help.txt files, with
/// TOPIC, SHORT DESCRIPTION and LONG DESCRIPTION at the margin and the text indented by four.
extension HelpTopic {
  var lines: [String] {
    var lines = ["TOPIC", "    " + name, "", "SHORT DESCRIPTION", "    " + synopsis, ""]
    lines.append("LONG DESCRIPTION")
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { lines.append("") }
      if paragraph.hasPrefix(" ") {
        lines += paragraph.split(separator: "\n").map { "    " + $0 }
      } else {
        lines.append("    " + paragraph)
      }
    }
    lines.append("")
    return lines
  }
}
