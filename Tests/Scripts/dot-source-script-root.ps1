# dot-source-script-root: a dot-sourced script file sees its own $PSScriptRoot and $PSCommandPath, so it finds its neighbours, and the caller keeps its own
$dir = Join-Path $HOME 'tools'
$null = New-Item -ItemType Directory -Path $dir
Set-Content -Path (Join-Path $dir 'main.ps1') -Value @'
"root: $(Split-Path $PSScriptRoot -Leaf), file: $(Split-Path $PSCommandPath -Leaf)"
. (Join-Path $PSScriptRoot 'helper.ps1')
'@
Set-Content -Path (Join-Path $dir 'helper.ps1') -Value '"helper: $(Split-Path $PSCommandPath -Leaf)"'
. (Join-Path $dir 'main.ps1')
"caller: $(Split-Path $PSCommandPath -Leaf)"
