# Write-Warning, -Verbose, -Debug, -Information and their preferences; Write-Progress is silent
Write-Warning 'careful'
Write-Verbose 'hidden'
Write-Verbose 'shown' -Verbose
Write-Debug 'hidden debug'
$VerbosePreference = 'Continue'
Write-Verbose 'now shown'
Write-Information 'info hidden'
Write-Information 'info shown' -InformationAction Continue
Write-Warning 'quiet' -WarningAction SilentlyContinue
Write-Progress -Activity 'Working' -PercentComplete 50
'done'
