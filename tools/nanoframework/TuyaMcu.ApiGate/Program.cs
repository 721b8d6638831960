using System;
using TuyaMcu.ApiGate.Cli;

namespace TuyaMcu.ApiGate;

internal static class Program
{
    private static int Main(string[] args)
    {
        return GateCommand.Run(args, Environment.CurrentDirectory, Console.Out, Console.Error);
    }
}
