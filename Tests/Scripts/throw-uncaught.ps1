# test: exit=1
# throw-uncaught: an uncaught throw stops the script with exit code 1
'before'
throw "boom"
'after'
