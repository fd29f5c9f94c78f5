/// The output of a command given -OutVariable, -WarningVariable, -InformationVariable or
/// -PipelineVariable: it passes objects on and keeps what its command (and every command
/// inside it) writes in the variables those parameters name.
///
/// pwsh attaches these lists to the command's output pipe, which the statements of an advanced
/// function write to as well: so `f -WarningVariable wv` also collects the warnings of the
/// commands `f` runs. Each list is an ArrayList, replaced when the command starts, or kept and
/// added to with the `+name` form.
final class StreamVariableSink: OutputSink {
  let next: OutputSink
  private var outList: PSArray?
  private var lists: [Interpreter.InformationStream: PSArray] = [:]
  /// -PipelineVariable: set to each object before the next command receives it, so that
  /// commands further down the pipeline see the object this command wrote.
  private var pipelineVariable: (name: String, scope: Scope)?

  /// A sink for the variables `parameters` name, or nil when it names none.
  static func make(next: OutputSink, parameters: BoundParameters, scope: Scope)
    -> StreamVariableSink?
  {
    let sink = StreamVariableSink(next: next)
    sink.outList = variableList(parameters["OutVariable"], scope)
    sink.lists[.warning] = variableList(parameters["WarningVariable"], scope)
    sink.lists[.information] = variableList(parameters["InformationVariable"], scope)
    if let name = parameters["PipelineVariable"]?.toText(), !name.isEmpty {
      sink.pipelineVariable = (name, scope)
    }
    guard sink.outList != nil || !sink.lists.isEmpty || sink.pipelineVariable != nil else {
      return nil
    }
    return sink
  }

  private init(next: OutputSink) { self.next = next }

  func write(_ value: Value) throws {
    outList?.items.append(value)
    if let pipelineVariable { pipelineVariable.scope.set(pipelineVariable.name, value) }
    try next.write(value)
  }

  /// Keeps a warning or information record, here and in the variables of enclosing commands.
  func collect(_ stream: Interpreter.InformationStream, _ record: PSObject) {
    lists[stream]?.items.append(.object(record))
    Self.enclosing(next)?.collect(stream, record)
  }

  /// The variable sink `sink` leads to, past the sinks that only restore stream routing or
  /// drop a clean block's objects.
  static func enclosing(_ sink: OutputSink) -> StreamVariableSink? {
    var current = sink
    while true {
      if let boundary = current as? RoutingBoundarySink {
        current = boundary.next
      } else if let clean = current as? CleanBlockSink {
        current = clean.next
      } else {
        break
      }
    }
    return current as? StreamVariableSink
  }

  /// The list a variable parameter names: a new ArrayList in the variable, or with `+name` the
  /// variable's list (its value made into one when it is not).
  private static func variableList(_ parameter: Value?, _ scope: Scope) -> PSArray? {
    guard let text = parameter?.toText(), !text.isEmpty else { return nil }
    let appends = text.hasPrefix("+")
    let name = appends ? String(text.dropFirst()) : text
    let arrayList = PSType(kind: .collection, fullName: "System.Collections.ArrayList")
    if appends, let existing = scope.lookup(name.lowercased())?.value {
      if case .array(let list) = existing, list.collectionType?.fullName == arrayList.fullName {
        return list
      }
      let list = PSArray(existing.isNull ? [] : existing.enumerated, collectionType: arrayList)
      scope.set(name, .array(list))
      return list
    }
    let list = PSArray([], collectionType: arrayList)
    scope.set(name, .array(list))
    return list
  }
}
