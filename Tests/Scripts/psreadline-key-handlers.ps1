# psreadline-key-handlers: PSReadLine's Emacs bindings, chords set and removed, options, and the errors for bad chords
(Get-Command Get-PSReadLineKeyHandler, Set-PSReadLineOption).Source
(Get-PSReadLineKeyHandler -Chord Ctrl+a, Ctrl+e, Ctrl+k, Ctrl+u, Ctrl+w, Ctrl+y, Alt+d, Alt+b).Function
Set-PSReadLineKeyHandler -Chord 'Ctrl+x,Ctrl+k' -Function KillLine
Get-PSReadLineKeyHandler -Chord 'ctrl+X,ctrl+K' | ForEach-Object { "$($_.Key) $($_.Function) $($_.Group)" }
Remove-PSReadLineKeyHandler -Chord Ctrl+a
@(Get-PSReadLineKeyHandler -Chord Ctrl+a).Count
Set-PSReadLineOption -EditMode Emacs
(Get-PSReadLineKeyHandler -Chord Ctrl+a).Function
Set-PSReadLineOption -EditMode Vi
(Get-PSReadLineKeyHandler -Chord Escape).Function
Set-PSReadLineOption -EditMode Emacs
$options = Get-PSReadLineOption
"$($options.EditMode) $($options.HistoryNoDuplicates) $($options.BellStyle) $($options.CompletionQueryItems)"
Set-PSReadLineOption -BellStyle none -HistorySearchCursorMovesToEnd -CompletionQueryItems 20
$options = Get-PSReadLineOption
"$($options.BellStyle) $($options.HistorySearchCursorMovesToEnd) $($options.CompletionQueryItems)"
foreach ($chord in 'Ctrl+Foo', 'a,b,c', 'Ctrl+Ctrl+a', 'Alt') {
  try { Set-PSReadLineKeyHandler -Chord $chord -Function Yank } catch { "$($_.FullyQualifiedErrorId): $_" }
}
try { Set-PSReadLineOption -EditMode Bogus } catch { "$($_.FullyQualifiedErrorId): $_" }
