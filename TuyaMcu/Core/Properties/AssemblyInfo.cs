using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("TuyaMcu.Core")]
[assembly: AssemblyDescription("Tuya NB-IoT serial protocol and CPN01-style sensor logic, hardware-independent")]
[assembly: AssemblyProduct("TuyaMcu")]
[assembly: AssemblyCopyright("Copyright (c) TuyaMcu contributors")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
[assembly: InternalsVisibleTo("NFUnitTest")]
