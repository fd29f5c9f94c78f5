# strings-single: single-quoted strings are verbatim
'hello'
'it''s'
'$HOME is not expanded'
'tab`there'
'a "quoted" word'
'before'
''
'after'
'multi
line'
