# switch-wildcard-regex: -Wildcard, -Regex with $Matches, -Exact, -CaseSensitive
switch -Wildcard ('report.txt') {
    '*.txt' { 'text file' }
    'rep*' { 'starts with rep' }
    '*.csv' { 'csv file' }
}
switch -Regex ('abc123') {
    '^\d+$' { 'all digits' }
    '(\d+)' { "digits: $($Matches[1])" }
    '^[a-z]+' { "letters: $($Matches[0])" }
}
switch -Regex ('Error: disk full', 'ok') {
    '^Error: (?<msg>.+)$' { "message is $($Matches.msg)" }
    default { "no error in $_" }
}
switch -Exact ('a*') { 'a*' { 'exact match' } }
switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }
