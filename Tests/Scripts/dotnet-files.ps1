# dotnet-files: [IO.File], [IO.Directory], [IO.Path] and [IO.FileInfo] read, write, list and remove files as .NET does
$root = Join-Path ([IO.Path]::GetTempPath()) "adsh-dotnet-files-$PID"
$null = [IO.Directory]::CreateDirectory("$root/sub")
[IO.Directory]::Exists($root)
$file = "$root/a.txt"
[IO.File]::WriteAllText($file, "one`ntwo`n")
[IO.File]::Exists($file)
[IO.File]::ReadAllLines($file).Count
[IO.File]::AppendAllText($file, 'three')
[IO.File]::ReadAllText($file)
[IO.File]::ReadAllBytes($file).Count
[IO.File]::WriteAllLines("$root/b.txt", [string[]]('x', 'y'))
[IO.File]::ReadAllText("$root/b.txt").Length
[IO.File]::WriteAllText("$root/bom.txt", 'z', [Text.Encoding]::UTF8)
[IO.File]::ReadAllBytes("$root/bom.txt") -join ','
[IO.File]::ReadAllText("$root/bom.txt")
[IO.File]::Copy($file, "$root/sub/c.txt")
try { [IO.File]::Copy($file, "$root/sub/c.txt") } catch { $_.Exception.Message.Replace($root, 'ROOT') }
[IO.File]::Move("$root/sub/c.txt", "$root/sub/d.log")
[IO.Directory]::GetFiles($root) | ForEach-Object { [IO.Path]::GetFileName($_) }
[IO.Directory]::GetFiles($root, '*.log', 'AllDirectories') | ForEach-Object { [IO.Path]::GetFileName($_) }
[IO.Directory]::GetDirectories($root) | ForEach-Object { [IO.Path]::GetFileName($_) }
$info = [IO.FileInfo]::new($file)
$info.Name
$info.Extension
$info.Length
$info.Exists
$info.DirectoryName -eq $root
$info.FullName -eq $file
$info.LastWriteTime.GetType().Name
(New-Object IO.DirectoryInfo $root).Exists
try { [IO.File]::ReadAllText("$root/missing.txt") } catch { $_.Exception.Message.Replace($root, 'ROOT') }
try { [IO.Directory]::Delete($root) } catch { $_.Exception.Message.Replace($root, 'ROOT') }
[IO.File]::Delete($file)
[IO.File]::Exists($file)
[IO.Directory]::Delete($root, $true)
[IO.Directory]::Exists($root)
[IO.Path]::GetFileNameWithoutExtension('/x/y.tar.gz')
[IO.Path]::GetExtension('/x/y.tar.gz')
[IO.Path]::GetDirectoryName('/a/b/c.txt')
[IO.Path]::ChangeExtension('/a/b.txt', 'md')
[IO.Path]::IsPathRooted('a/b')
[IO.Path]::GetFullPath('/a/b/../c/./d')
[IO.Path]::DirectorySeparatorChar
[IO.Path]::PathSeparator
[IO.Path]::GetRandomFileName().Length
[IO.Path]::GetTempPath().EndsWith('/')
