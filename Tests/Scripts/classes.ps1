# classes: a class with typed properties and defaults, constructors chosen by argument count, instance, void and static methods, ToString overrides, hashtable casts and New-Object; a class is usable above its definition
$early = [Person]::new('Ann', 30)
$early.Name
class Person {
  [string]$Name = 'nobody'
  [int]$Age
  hidden [string]$Secret = 'hidden'
  static [int]$Count = 0
  Person() { [Person]::Count++ }
  Person([string]$name, [int]$age) {
    $this.Name = $name
    $this.Age = $age
    [Person]::Count++
  }
  [string] Greet([string]$who) { return "Hi $who, I am $($this.Name)" }
  [string] Greet() { return $this.Greet('you') }
  [void] Birthday() { $this.Age++ }
  static [Person] Baby([string]$name) { return [Person]::new($name, 0) }
  [string] ToString() { return "$($this.Name) ($($this.Age))" }
}
$early.Greet('Bob')
$early.Greet()
$early.Birthday()
$early.Age
"$early"
$default = [Person]::new()
$default.Name
$default.Age
[Person]::Count
[Person]::Baby('Cy').Age
$fromTable = [Person]@{ Name = 'Dee'; Age = '41' }
$fromTable.Age.GetType().Name
$made = New-Object Person
$made.Name
$early.GetType().Name
$early -is [Person]
$early.Secret
