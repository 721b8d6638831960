using System;

namespace TuyaMcu.ApiGate.Cli;

/// <summary>
/// A usage or environment problem (bad argument, no repository, no inventory): the gate cannot
/// judge anything, so it prints the message on one line and exits with 2.
/// </summary>
internal sealed class GateSetupException : Exception
{
    public GateSetupException(string message)
        : base(message)
    {
    }
}
