# Group-Object's table view (needs the GroupInfo view of the formatter; reference §7)
'a','b','a' | Group-Object
