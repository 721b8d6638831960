using System.Reflection;

[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("TuyaMcu unit tests: nanoFramework emulator and dotnet test")]
[assembly: AssemblyProduct("TuyaMcu")]
[assembly: AssemblyVersion("1.0.0.0")]
