# command-not-found: an unknown command fails only its own statement
'before'
Get-NoSuchThing
'after'
