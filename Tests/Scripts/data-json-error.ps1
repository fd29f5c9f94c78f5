# data-json-error: invalid JSON stops ConvertFrom-Json with Newtonsoft's message, path and position
'before'
'{"a": 1, "b": x}' | ConvertFrom-Json
'after'
