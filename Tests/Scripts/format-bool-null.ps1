# format-bool-null: booleans print True/False (right-aligned), $null an empty cell; a row whose
# last cell is empty keeps the separator before it (§1.3)
[pscustomobject]@{Name='a'; Enabled=$true; Note=$null},
[pscustomobject]@{Name='b'; Enabled=$false; Note='x'} | Format-Table
