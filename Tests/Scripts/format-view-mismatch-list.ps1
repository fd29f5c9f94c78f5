# format-view-mismatch-list: under a registered view (DictionaryEntry), an object of another
# type is printed on its own as a list, with an empty line before and after (§1.1)
@{ k = 'v' }
[pscustomobject]@{x=1}
