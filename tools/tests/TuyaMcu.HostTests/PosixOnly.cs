namespace TuyaMcu.HostTests;

// Pseudo-terminals and termios exist only on Linux and macOS; on Windows these tests report
// "skipped" with the reason instead of failing. Windows uses the System.IO.Ports backend, whose
// code is the same on every OS and is exercised on Linux with --serial-backend dotnet.

/// <summary>A <see cref="FactAttribute"/> that is skipped on Windows, where there are no pseudo-terminals.</summary>
public sealed class PosixFactAttribute : FactAttribute
{
    public PosixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = PosixOnly.Reason;
        }
    }
}

/// <summary>A <see cref="TheoryAttribute"/> that is skipped on Windows, where there are no pseudo-terminals.</summary>
public sealed class PosixTheoryAttribute : TheoryAttribute
{
    public PosixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = PosixOnly.Reason;
        }
    }
}

internal static class PosixOnly
{
    public const string Reason = "needs a pseudo-terminal (Linux or macOS)";
}
