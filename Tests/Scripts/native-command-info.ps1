# native-command-info: Get-Command finds programs as Application commands named after the file, with the full path as Source, Path and Definition; a name with a slash is a path
Get-Command /bin/sh
$sh = Get-Command sh
$sh.CommandType
$sh.Name
$sh.Source -eq $sh.Path
$sh.Definition -eq $sh.Path
$sh.Source -like '*/sh'
$sh.Version.ToString()
(Get-Command /bin/sh).Path
Get-Command nosuchprogram-anywhere -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
(Get-Command Write-Output).CommandType
(Get-Command echo).CommandType
