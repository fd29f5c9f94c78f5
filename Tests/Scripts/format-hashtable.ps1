# format-hashtable: a hashtable shows its entries with the DictionaryEntry view: Name fixed at
# 30 cells, Value takes the rest (§1.1); a key longer than 30 cells is cut with an ellipsis
[ordered]@{ Name = 'x'; Count = 3; Tags = 'a', 'b'; ThisIsAVeryLongKeyNameThatExceedsThirty = 1 }
