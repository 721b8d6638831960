using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>How the <c>mcu</c> session's firmware is set up.</summary>
public sealed class McuSessionOptions
{
    /// <summary>The directory that is the device's flash (created if missing), or null to keep everything in memory.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>The product ID (PID) the firmware reports to the module, or null for the profile's placeholder (a real module activates only with the PID of its owner's product).</summary>
    public string? ProductId { get; set; }

    /// <summary>The line speed, for the link's timing (a real UART paces the bytes itself).</summary>
    public int BaudRate { get; set; } = SerialPorts.DefaultBaudRate;

    /// <summary>The device profile the firmware runs, or null for the default (<see cref="ProfileRegistry.Default"/>).</summary>
    public HostProfile? Device { get; set; }
}
