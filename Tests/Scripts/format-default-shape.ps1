# format-default-shape: up to 4 properties give a table, 5 or more a list (§1.1, §1.4)
[pscustomobject]@{A=1;B=2;C=3;D=4} | Out-Default
[pscustomobject]@{A=1;B=2;C=3;D=4;E=5} | Out-Default
