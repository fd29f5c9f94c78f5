# test: width=120 exit=0
# timespan-display: a TimeSpan prints as PowerShell 7's list view of System.TimeSpan
New-TimeSpan -Hours 1 -Minutes 25
[timespan]'-1.02:03:04.5'
