# redirect-errors: a redirection to a file that cannot be written reports pwsh's Out-File error and sets $? false, and the script goes on
'x' > /nonexistent-adsh-folder/out.txt
$?
'after'
