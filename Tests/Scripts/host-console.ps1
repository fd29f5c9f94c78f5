# test: width=80
# host-console: $Host and [Console] when output is not a terminal: the host's members, colours that read -1 until set, writes through the host and past it, the cursor at 0,0, and the errors of the key members (input is no terminal) and of bad values
$Host.Name
$Host.InstanceId -is [guid]
$Host.UI.RawUI.WindowSize.psobject.Properties.Name
$Host.UI.RawUI.BufferSize.Width -eq $Host.UI.RawUI.WindowSize.Width
[Console]::WindowWidth -eq $Host.UI.RawUI.WindowSize.Width
[Console]::BufferWidth -eq [Console]::WindowWidth
"$([Console]::ForegroundColor)"
[Console]::ForegroundColor = 'DarkCyan'
[Console]::ForegroundColor
$Host.UI.RawUI.ForegroundColor
[Console]::ResetColor()
"$($Host.UI.RawUI.ForegroundColor)"
try { $Host.UI.RawUI.BackgroundColor = 'Purple' } catch { $_.FullyQualifiedErrorId }
"$([Console]::BackgroundColor)"
$Host.UI.WriteLine('through the host')
$Host.UI.Write('one, '); $Host.UI.WriteLine('two')
$Host.UI.WriteLine('Yellow', 'Blue', 'no colour when not a terminal')
$Host.UI.WriteWarningLine('careful')
$Host.UI.WriteVerboseLine('shown whatever the preference says')
[Console]::WriteLine('{0} + {1} = {2}', 1, 2, 3)
[Console]::Write('no line break'); [Console]::WriteLine()
try { [Console]::ReadKey() } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [Console]::KeyAvailable } catch { $_.FullyQualifiedErrorId }
try { $Host.UI.WriteLine('a', 'b') } catch { $_.FullyQualifiedErrorId }
"$($Host.UI.RawUI.CursorPosition) $([Console]::CursorLeft) $([Console]::CursorTop)"
try { [Console]::SetCursorPosition(-1, 0) } catch { $_.FullyQualifiedErrorId }
try { $Host.UI.RawUI.CursorPosition = 'corner' } catch { $_.FullyQualifiedErrorId }
[Console]::IsOutputRedirected
$Host.UI.WriteErrorLine('to standard error')
