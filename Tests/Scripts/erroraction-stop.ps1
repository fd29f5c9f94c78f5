# erroraction-stop: -ErrorAction Stop and $ErrorActionPreference make errors catchable
try {
    Write-Error 'stop here' -ErrorAction Stop
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
}
$ErrorActionPreference = 'Stop'
try { Write-Error 'pref stop'; 'not reached' } catch { "caught pref: $($_.Exception.Message)" }
$ErrorActionPreference = 'Continue'
Write-Error 'silent' -ErrorAction SilentlyContinue
'after silent'
Write-Error 'ignored' -ea Ignore
'done'
