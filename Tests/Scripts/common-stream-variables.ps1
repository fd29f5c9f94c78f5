# -OutVariable, -WarningVariable and -InformationVariable (and their +name form) collect what an
# advanced function's commands write; -OutVariable holds an ArrayList; -PipelineVariable names
# each object for the commands after it; -WarningAction and -InformationAction act on the
# commands inside the function (about_CommonParameters)
function Test-Streams {
  [CmdletBinding()] param()
  Write-Warning 'w1'
  Write-Information 'i1'
  'out1'
}
Test-Streams -OutVariable ov -WarningVariable wv -InformationVariable iv
"ov: $ov ($($ov.GetType().FullName))"
"wv: $wv ($($wv[0].GetType().Name))"
"iv: $iv ($($iv[0].GetType().Name))"
Test-Streams -OutVariable +ov -WarningVariable +wv -WarningAction SilentlyContinue
"ov count: $($ov.Count); wv count: $($wv.Count)"
Test-Streams -ov ov -wv wv -iv iv -WarningAction SilentlyContinue -InformationAction Continue |
  Out-Null
"replaced: $($ov.Count) $($wv.Count) $($iv.Count)"
Write-Information 'note' -Tags a, b -InformationVariable info
"$($info.MessageData) tags=$($info.Tags -join ',') time=$($info.TimeGenerated -is [datetime])"
Write-Information 'shown' -InformationAction Continue
$InformationPreference = 'Continue'
Write-Information 'shown by preference'
$InformationPreference = 'SilentlyContinue'
1..3 | Write-Output -PipelineVariable item | ForEach-Object { "item $item" }
Get-Date -OutVariable now | Out-Null
$now.GetType().Name
Write-Warning 'cmdlet warning' -WarningVariable cw -WarningAction SilentlyContinue
"cw: $cw"
