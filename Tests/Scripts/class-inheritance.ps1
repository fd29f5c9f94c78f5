# class-inheritance: a derived class chains to its base constructor with base(...), overrides a method, inherits the others, and -is/-as know both types
class Animal {
  [string]$Name
  Animal([string]$name) { $this.Name = $name }
  [string] Speak() { return '...' }
  [string] Describe() { return "$($this.Name) says $($this.Speak())" }
}
class Dog : Animal {
  [string]$Breed
  Dog([string]$name, [string]$breed) : base($name) { $this.Breed = $breed }
  [string] Speak() { return 'Woof' }
}
$dog = [Dog]::new('Rex', 'Collie')
$dog.Describe()
$dog.Name
$dog -is [Animal]
$dog -is [Dog]
[Animal]::new('Cat') -is [Dog]
$null -eq ([Animal]::new('Cat') -as [Dog])
($dog -as [Animal]).Breed
function Get-AnimalName([Animal]$Animal) { $Animal.Name }
Get-AnimalName $dog
$dog.GetType().Name
