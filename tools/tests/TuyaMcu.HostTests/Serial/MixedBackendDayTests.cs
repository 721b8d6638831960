using TuyaMcu.HostTests.Sessions;
using TuyaMcu.Tooling.Serial;
using Xunit.Abstractions;

namespace TuyaMcu.HostTests.Serial;

/// <summary>
/// <c>module --pty</c> against <c>mcu --port /dev/pts/N --serial-backend dotnet</c>: the simulated
/// day of <see cref="SerialDayTests"/> with the firmware's end opened through System.IO.Ports and
/// the module's through termios, every check the same.
/// </summary>
public sealed class McuOnDotNetDayTests(McuOnDotNetDayTests.Day day, ITestOutputHelper log) : SerialDayChecks<McuOnDotNetDayTests.Day>(day, log)
{
    /// <summary>The module on the pty master (termios), the firmware on the slave through System.IO.Ports.</summary>
    public sealed class Day() : SerialDayChecks.DayRun(SerialBackend.DotNet, mcuOnMaster: false);
}

/// <summary>
/// <c>mcu --pty</c> against <c>module --port /dev/pts/N --serial-backend dotnet</c>: the same day
/// with the roles swapped, so each session has run on each backend.
/// </summary>
public sealed class ModuleOnDotNetDayTests(ModuleOnDotNetDayTests.Day day, ITestOutputHelper log) : SerialDayChecks<ModuleOnDotNetDayTests.Day>(day, log)
{
    /// <summary>The firmware on the pty master (termios), the module on the slave through System.IO.Ports.</summary>
    public sealed class Day() : SerialDayChecks.DayRun(SerialBackend.DotNet, mcuOnMaster: true);
}
