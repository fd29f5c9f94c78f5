# match-and-matches: -match on a scalar sets $Matches; on a collection it filters
'hello world' -match 'o w'
$Matches[0]
'2024-01-15' -match '(\d+)-(\d+)-(\d+)'
$Matches[1]
$Matches[3]
$Matches.Count
'John Smith' -match '(?<first>\w+) (?<last>\w+)'
$Matches.first
$Matches['last']
'abc' -match 'x'
$Matches[0]
'abc' -notmatch 'x'
'ABC' -match 'b'
$Matches[0]
'ABC' -cmatch 'b'
'one', 'two', 'three' -match 'o'
