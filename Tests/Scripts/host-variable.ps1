# host-variable: $Host names the console host and its version, and its UI tells whether the terminal takes escape sequences (not when TERM is dumb)
$Host.Name
"$($Host.Version)" -eq "$($PSVersionTable.PSVersion)"
$Host.UI.SupportsVirtualTerminal -is [bool]
$Host.UI.RawUI.WindowSize.Width -gt 0
