# format-mixed-objects: one formatting session per run; later objects are fitted into the first
# object's columns, so the second object gives an empty cell (§1.1; the "one session per
# script" part is unconfirmed in the reference). The empty cell of a right-aligned column is
# padded to its width.
[pscustomobject]@{a=1}
[pscustomobject]@{b=2}
