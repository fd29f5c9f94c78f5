# enum-flags: a [Flags()] enum prints combined values as "A, B" and accepts comma-separated names, -bor results and numbers made of its flags
[Flags()] enum Access {
  Read = 1
  Write = 2
  Execute = 4
}
[Access]'Read, Write'
[Access]::Read -bor [Access]::Execute
[Access]7
([Access]'Write,Execute').value__
([Access]3).HasFlag([Access]::Write)
