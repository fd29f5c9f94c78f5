import ShellSyntax

/// A statement list that holds a `trap`, with where it runs: a pipeline chain offers an error
/// to it only from the same function call and outside any `try` opened since (pwsh keeps a
/// function's traps on its own stack; a `try` hides them).
struct TrapFrame {
  let statements: [StatementAst]
  let callDepth: Int
  let tryDepth: Int
}
