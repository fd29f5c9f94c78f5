# format-calculated-center: a fixed Width with centre alignment (reference §1.3 test evidence)
[pscustomobject]@{one=1} | Format-Table @{l='one';e='one';width=10;alignment='center'}
