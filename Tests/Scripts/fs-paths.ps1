# fs-paths: Join-Path, Split-Path, Test-Path and Resolve-Path on pure paths and on a file the script writes under $HOME
Join-Path /usr bin
Join-Path 'a\b' 'c/' '/d'
Join-Path -Path a, b -ChildPath c
Split-Path /usr/local/bin
Split-Path /usr
Split-Path /usr/local/bin/ -Leaf
Split-Path archive.tar.gz -LeafBase
Split-Path archive.tar.gz -Extension
"[$(Split-Path README -Extension)]"
Split-Path ./rel -IsAbsolute
Split-Path /rel -IsAbsolute
$file = Join-Path $env:HOME 'paths.txt'
Set-Content -Path $file -Value 'x'
Test-Path $file
Test-Path $file -PathType Container
Test-Path $file -PathType Leaf
Test-Path $env:HOME -PathType Container
Test-Path (Join-Path $env:HOME 'p*.txt')
Test-Path (Join-Path $env:HOME 'nothing-*.txt')
Test-Path -Path $file, (Join-Path $env:HOME 'missing.txt')
Test-Path '/no such dir' -IsValid
Split-Path (Resolve-Path (Join-Path $env:HOME 'p*.txt')).Path -Leaf
(Resolve-Path $file).GetType().FullName
Resolve-Path (Join-Path $env:HOME 'missing.txt') -ErrorAction SilentlyContinue
"status: $?"
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
