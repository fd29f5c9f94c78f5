# error-nonterminating: Write-Error reports an error but the script keeps going
'start'
Write-Error 'something failed'
"status: $?"
'still running'
