# regex-literal-braces: a brace that does not form a quantifier {n}, {n,} or {n,m} is a literal character in .NET patterns; \p{..} categories keep their braces
'test  {1, 2}' -match 'test\s+{1, 2}'
'{abc}' -match '^{abc}$'
'aaa' -match '^a{3}$'
'aaaa' -match '^a{2,}$'
'ab' -match '^a{1,2}b$'
'x{,2}' -match 'x{,2}'
'É' -match '^\p{Lu}$'
'a}' -replace '}', ']'
