// The application (TuyaMcu.nfproj) compiles these sources into itself and has its own attributes;
// only the library build defines TUYAMCU_CORE_LIBRARY.
#if TUYAMCU_CORE_LIBRARY
using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyTitle("TuyaMcu.Core")]
[assembly: AssemblyDescription("Tuya NB-IoT serial protocol, the device platform and its profiles (CPN01), hardware-independent")]
[assembly: AssemblyProduct("TuyaMcu")]
[assembly: AssemblyCopyright("Copyright (c) TuyaMcu contributors")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
[assembly: InternalsVisibleTo("NFUnitTest")]
#endif
