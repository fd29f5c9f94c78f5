# test: width=60
# help-about-wrapped: an about_ topic is laid out as about_*.help.txt files are (TOPIC, SHORT DESCRIPTION,
# LONG DESCRIPTION, text indented by four) and each paragraph is word-wrapped to one column less than the
# window, continuation lines keeping the indentation (ConsoleLineOutput.ColumnNumber); examples sit four columns further in
Get-Help about_ADLab
