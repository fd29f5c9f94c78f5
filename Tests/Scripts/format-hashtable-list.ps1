# format-hashtable-list: Format-List of a hashtable lists each DictionaryEntry with its Name
# alias, Key and Value (unconfirmed in the reference: property order Name, Key, Value)
[ordered]@{ a = 1 } | Format-List
