using TuyaMcu.AtConsole;
using TuyaMcu.Platform;
using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// The firmware's AT console (<see cref="AtCommandConsole"/>) behind the <c>mcu</c> session's
/// prompt. Whoever types at the prompt owns the device, so the console is logged in at once with
/// the device's own password and never locks; the login exchange is not shown (should the login
/// fail, the console's own prompt for the password is what comes next).
/// </summary>
public sealed class HostedAtConsole
{
    private readonly ConsoleLineTransport _transport;
    private readonly IClock _clock;
    private readonly bool _showing;

    /// <summary>Opens a console on <paramref name="device"/>; its output lines go to <paramref name="output"/>.</summary>
    public HostedAtConsole(Device device, IClock clock, Action<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _clock = clock;
        _transport = new ConsoleLineTransport(line =>
        {
            if (_showing)
            {
                output(line);
            }
        });
        Console = new AtCommandConsole(_transport, clock, device, new ConsoleOptions { NewLine = "\n", InactivityTimeoutMs = 0 });
        _transport.Submit(device.Settings.Password);
        Console.Loop();
        _showing = true;
    }

    /// <summary>The console.</summary>
    public AtCommandConsole Console { get; }

    /// <summary>When <see cref="Loop"/> next has work.</summary>
    public long NextDueMs => _transport.HasInput ? _clock.UptimeMs : Console.NextDueMs;

    /// <summary>Queues one AT command line.</summary>
    public void Submit(string line) => _transport.Submit(line);

    /// <summary>One non-blocking pass of the console.</summary>
    public void Loop() => Console.Loop();
}
