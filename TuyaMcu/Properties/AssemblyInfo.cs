using System.Reflection;

[assembly: AssemblyTitle("TuyaMcu")]
[assembly: AssemblyDescription("ESP32 firmware: the MCU beside a Tuya NB-IoT module")]
[assembly: AssemblyProduct("TuyaMcu")]
[assembly: AssemblyCopyright("Copyright (c) TuyaMcu contributors")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
