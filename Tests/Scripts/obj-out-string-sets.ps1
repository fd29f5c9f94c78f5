# obj-out-string-sets: Out-String -Stream and -NoNewline belong to different parameter sets
try { 'a', 'b' | Out-String -NoNewline -Stream } catch { $_.FullyQualifiedErrorId }
'a', 'b' | Out-String -NoNewline
