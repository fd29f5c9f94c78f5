import ShellCore

/// The help page as text lines, laid out like PowerShell's help views: section titles at the
/// left margin, content indented by four spaces, two blank lines after each section.
///
/// Without help files PowerShell generates the page from metadata, and its exact layout is
/// not documented; this follows the MAML views' sections (NAME, SYNOPSIS, SYNTAX,
/// DESCRIPTION, PARAMETERS, examples, ALIASES, REMARKS) without their trailing spaces.
extension CommandHelp {
  /// Which view of the help page to show.
  enum View { case standard, detailed, full, examples }

  func lines(_ view: View) -> [String] {
    var lines = ["", "NAME", "    " + name, ""]
    if !synopsis.isEmpty || view == .examples {
      lines += ["SYNOPSIS", "    " + synopsis, "", ""]
    }
    if view == .examples {
      lines += exampleLines()
      return lines
    }
    lines.append("SYNTAX")
    for (index, line) in syntaxLines.enumerated() {
      if index > 0 { lines.append("") }
      lines.append("    " + line)
    }
    lines += ["", ""]
    if !description.isEmpty {
      lines +=
        ["DESCRIPTION"]
        + description.split(separator: "\n", omittingEmptySubsequences: false)
        .map { "    " + $0 } + ["", ""]
    }
    if view == .full || view == .detailed {
      lines.append("PARAMETERS")
      for parameter in parameters {
        lines += parameterLines(parameter, withAttributes: view == .full)
      }
      if hasCommonParameters { lines += commonParameterLines() }
      lines.append("")
      lines += exampleLines()
    }
    lines +=
      ["ALIASES"] + (aliases.isEmpty ? ["    None"] : aliases.map { "    " + $0 }) + ["", ""]
    lines.append("REMARKS")
    if isCmdlet {
      if view != .full {
        lines.append("    To see the examples, type: \"Get-Help \(name) -Examples\".")
      }
      if view == .standard {
        lines.append("    For more information, type: \"Get-Help \(name) -Detailed\".")
      }
      if view != .full {
        lines.append("    For technical information, type: \"Get-Help \(name) -Full\".")
      } else {
        lines.append("    None")
      }
    } else {
      lines.append("    None")
    }
    lines.append("")
    return lines
  }

  /// The block `-Parameter` shows for one parameter; `withAttributes` adds the table of
  /// Required?, Position?, pipeline input and aliases.
  func parameterLines(_ parameter: ParameterDeclaration, withAttributes: Bool) -> [String] {
    let title =
      parameter.isSwitch
      ? "    -\(parameter.name)" : "    -\(parameter.name) <\(Self.typeName(parameter.type))>"
    var lines = [title]
    if !parameter.help.isEmpty { lines.append("        " + parameter.help) }
    if let values = parameter.validValues, !values.isEmpty {
      lines.append("        Allowed values: " + values.joined(separator: ", "))
    }
    guard withAttributes else { return lines + [""] }
    var pipeline: [String] = []
    if parameter.valueFromPipeline { pipeline.append("ByValue") }
    if parameter.valueFromPipelineByPropertyName { pipeline.append("ByPropertyName") }
    lines += [
      "",
      "        Required?                    \(parameter.isMandatory ? "true" : "false")",
      "        Position?                    \(parameter.position.map(String.init) ?? "named")",
      "        Default value                None",
      "        Accept pipeline input?       "
        + (pipeline.isEmpty ? "False" : "True (\(pipeline.joined(separator: ", ")))"),
      "        Aliases                      "
        + (parameter.aliases.isEmpty ? "none" : parameter.aliases.joined(separator: ", ")),
      "        Accept wildcard characters?  false",
      "",
    ]
    return lines
  }

  private func commonParameterLines() -> [String] {
    [
      "    <CommonParameters>",
      "        This cmdlet supports the common parameters: Verbose, Debug,",
      "        ErrorAction, ErrorVariable, WarningAction, WarningVariable,",
      "        OutBuffer, PipelineVariable, and OutVariable. For more information, see",
      "        about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).",
      "",
    ]
  }

  /// Each example: a numbered rule, the code after a `PS > ` prompt, what it prints, and the
  /// remarks.
  func exampleLines() -> [String] {
    var lines: [String] = []
    for (index, example) in examples.enumerated() {
      lines += [
        "    -------------------------- EXAMPLE \(index + 1) --------------------------", "",
      ]
      for (number, codeLine) in example.code.split(separator: "\n").enumerated() {
        lines.append((number == 0 ? "    PS > " : "    ") + codeLine)
      }
      if let prints = example.prints, !prints.isEmpty {
        var output = prints.split(separator: "\n", omittingEmptySubsequences: false).map(
          String.init)
        if output.last == "" { output.removeLast() }
        lines += output.map { $0.isEmpty ? "" : "    " + $0 }
      }
      lines.append("")
      if !example.remarks.isEmpty { lines += ["    " + example.remarks, ""] }
      lines.append("")
    }
    return lines
  }
}
