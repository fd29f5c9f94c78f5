# native-errors: a program's standard error goes to the shell's own unless redirected (2>&1 makes error records, 2>$null drops it, 2> writes a file); a file that is not executable fails to run; $PSNativeCommandUseErrorActionPreference turns a non-zero exit code into an error
sh -c 'echo straight to standard error >&2'
sh -c 'echo oops >&2' 2>&1 | ForEach-Object { $_.GetType().Name }
sh -c 'echo merged >&2' 2>&1
$records = sh -c 'echo one >&2; echo out; echo two >&2' 2>&1
$records.Count
($records | ForEach-Object { "$($_.GetType().Name) $_" } | Sort-Object) -join ', '
sh -c 'echo dropped >&2' 2>$null
"status after 2>`$null: $?"
sh -c 'echo to the file >&2; echo to the output' 2> "$env:HOME/errors.txt"
Get-Content "$env:HOME/errors.txt"
$Error.Count
$script = "$env:HOME/not-executable"
Set-Content $script 'echo never'
try {
  & $script
} catch {
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.Category
  $_.Exception.Message -like "Program 'not-executable' failed to run: An error occurred trying to start process '$script' with working directory '*'. Permission denied*"
}
nosuchprogram-anywhere
'still running'
$PSNativeCommandUseErrorActionPreference
$PSNativeCommandUseErrorActionPreference = $true
try {
  $ErrorActionPreference = 'Stop'
  sh -c 'exit 4'
  'not reached'
} catch {
  $_.FullyQualifiedErrorId
  $_.Exception.Message
  $_.Exception.GetType().Name
}
$ErrorActionPreference = 'Continue'
false
"status $? $LASTEXITCODE"
true
"status $?"
