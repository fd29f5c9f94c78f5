# fs-invoke-item: on Linux Invoke-Item runs an executable file and opens anything else with the first of xdg-open, gnome-open and kfmclient in PATH; with none the item cannot be opened
Set-Location $env:HOME
$bin = (New-Item (Join-Path $env:HOME 'bin') -ItemType Directory).FullName
'notes' | Set-Content .\notes.txt
"#!/bin/sh`necho `"opened `$1`" > `"$env:HOME/o.tmp`" && /bin/mv `"$env:HOME/o.tmp`" `"$env:HOME/opened.txt`"" |
  Set-Content "$bin/gnome-open"
"#!/bin/sh`necho ran > `"$env:HOME/r.tmp`" && /bin/mv `"$env:HOME/r.tmp`" `"$env:HOME/ran.txt`"" |
  Set-Content "$env:HOME/tool.sh"
chmod +x "$bin/gnome-open" "$env:HOME/tool.sh"
$saved = $env:PATH
$env:PATH = Join-Path $env:HOME 'empty'
try { Invoke-Item .\notes.txt } catch {
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.Category
  $_.Exception.GetType().FullName
  $_.Exception.Message.Replace($env:HOME, '~')
}
$env:PATH = $bin
ii .\notes.txt
Invoke-Item .\tool.sh
$env:PATH = $saved
foreach ($name in 'opened.txt', 'ran.txt') {
  $deadline = (Get-Date).AddSeconds(10)
  while (-not (Test-Path $name) -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 50 }
  (Get-Content $name).Replace($env:HOME, '~')
}
Invoke-Item .\missing.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
