# format-hashtable-list: Format-List of a hashtable lists each DictionaryEntry with the list
# view of DotNetTypes.format.ps1xml: Name and Value
[ordered]@{ a = 1 } | Format-List
