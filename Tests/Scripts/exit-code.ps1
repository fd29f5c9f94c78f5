# test: exit=3
# exit-code: exit N stops the script and becomes the process exit code
'before exit'
$code = 3
if ($code) { exit $code }
'not printed'
