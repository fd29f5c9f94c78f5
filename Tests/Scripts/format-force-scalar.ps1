# format-force-scalar: Format-Table leaves strings alone unless -Force (§1.1, issue 18523)
'hello' | Format-Table
'hello' | Format-Table -Force
