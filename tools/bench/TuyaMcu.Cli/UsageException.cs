namespace TuyaMcu.Cli;

/// <summary>A command line the tool cannot act on. The message names what is wrong; the exit status is 2.</summary>
public sealed class UsageException(string message) : Exception(message);
