# format-list-properties: Format-List takes names with wildcards and * for every property
$o = [pscustomobject]@{Name='x'; Size=3; Note=$null}
$o | Format-List N*
$o | Format-List *
