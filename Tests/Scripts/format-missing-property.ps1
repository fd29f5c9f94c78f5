# format-missing-property: a name that matches no property keeps the typed text as its label and
# shows empty cells; a property name takes the property's real casing (§1.3)
[pscustomobject]@{Name='a'; Size=1} | Format-Table name, Nope
