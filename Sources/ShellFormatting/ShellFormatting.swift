import ShellCore

/// What this target gives an interpreter: PowerShell's formatted output.
public enum ShellFormatting {
  /// Installs Out-Default's formatting sink and `$PSStyle` in an interpreter, and gives the
  /// console host the cell widths and progress view it draws with.
  ///
  /// The sink holds the session's format views (`Interpreter.formatViews`): call this before
  /// registering cmdlets, whose views go to that registry.
  public static func register(in interpreter: Interpreter) {
    interpreter.outDefault = OutDefaultSink(interpreter: interpreter)
    interpreter.globalScope.set("PSStyle", PSStyleVariable.make())
    (interpreter.host as? StandardHost)?.rendering = ProgressView.rendering
    interpreter.prepareRunspace = { parent, child in
      // The runspace starts with the session's views; Update-FormatData in it stays in it.
      child.outDefault = OutDefaultSink(interpreter: child, formatViews: parent.formatViews.copy())
      child.globalScope.set("PSStyle", PSStyleVariable.make())
    }
  }
}
