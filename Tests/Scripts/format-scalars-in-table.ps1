# format-scalars-in-table: scalars are printed out of band, between the rows of the table that
# is open (§1.1; one session per run is unconfirmed in the reference)
[pscustomobject]@{a=1}
'in between'
[pscustomobject]@{a=2}
