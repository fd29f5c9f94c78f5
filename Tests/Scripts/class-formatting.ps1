# class-formatting: instances show their public, non-hidden properties in declaration order, a table for up to four and a list for more; a typed property converts what is assigned or fails with ExceptionWhenSetting
class Server {
  [string]$Name
  [int]$Port = 80
  hidden [string]$Token = 'x'
}
[Server]@{ Name = 'web01' } | Out-String
class Wide {
  [int]$A = 1
  [int]$B = 2
  [int]$C = 3
  [int]$D = 4
  [int]$E = 5
}
[Wide]::new() | Out-String
$server = [Server]::new()
$server.Port = '8080'
$server.Port + 1
try { $server.Port = 'eighty' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
