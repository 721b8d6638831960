using TuyaMcu.AtConsole;
using TuyaMcu.Platform;
using TuyaMcu.Hal;
using TuyaMcu.Tooling.Profiles;
using TuyaMcu.Tooling.Simulation;
using TuyaMcu.Tooling.Storage;

namespace TuyaMcu.Tooling.AtConsole;

/// <summary>How a <see cref="HostConsoleSession"/> ended.</summary>
public enum ConsoleSessionEnd
{
    /// <summary>The input ended; everything was saved.</summary>
    EndOfInput,

    /// <summary>ATZ or AT+FDR: the device rebooted (after saving, or after erasing).</summary>
    Reboot,

    /// <summary>The input ended, and saving failed (an ERROR line says why): what was not saved is lost.</summary>
    SaveFailed,
}

/// <summary>
/// The firmware's AT console on the host, in real time: a <see cref="Device"/> whose flash
/// is a directory, with no module attached (module-facing commands end as "did not answer") and
/// still hardware (the profile's inputs at rest: a closed contact, or mains present; no battery reading), talking over a text reader
/// and writer. What the device saves lands in the directory, so the next session sees it; what it
/// logs about its flash goes to the log writer, if one is given.
/// </summary>
public sealed class HostConsoleSession
{
    /// <summary>Longest sleep between passes, ms: input is also noticed at once.</summary>
    public const int MaxSleepMs = 50;

    private readonly SystemClock _clock = new();
    private readonly SimulatedSystem _system;
    private readonly TextTransport _transport;
    private readonly TextWriter _output;
    private readonly string _newLine;

    /// <summary>Builds the device (<paramref name="device"/>, or the default profile) over <paramref name="stateDirectory"/> (created if missing) and the console over the streams; <paramref name="log"/> gets the storage log lines.</summary>
    public HostConsoleSession(string stateDirectory, TextReader input, TextWriter output, ConsoleOptions? options = null, TextWriter? log = null, HostProfile? device = null)
    {
        device ??= ProfileRegistry.Default;
        Storage = new DirectoryStorage(stateDirectory);
        var parts = new SimulatedHardware(device, SimulatedBoard.UartOnly(_clock, new SilentTransport()), storage: Storage, log: log == null ? null : new StorageLog(log));
        _system = parts.System;
        Device = new Device(parts.Hardware, new DeviceOptions(), device.CreateDevice());
        Device.Setup();
        _transport = new TextTransport(input, output);
        _output = output;
        options ??= new ConsoleOptions { NewLine = "\n" };
        _newLine = options.NewLine;
        Console = new AtCommandConsole(_transport, _clock, Device, options);
    }

    /// <summary>The device.</summary>
    public Device Device { get; }

    /// <summary>The console.</summary>
    public AtCommandConsole Console { get; }

    /// <summary>The device's flash.</summary>
    public DirectoryStorage Storage { get; }

    /// <summary>Why reading the input failed (the session then ended as at the end of the input), or null.</summary>
    public string? InputError => _transport.InputError;

    /// <summary>Runs until the input ends (then saves; a failed save is an ERROR line and <see cref="ConsoleSessionEnd.SaveFailed"/>) or the device reboots.</summary>
    public ConsoleSessionEnd Run()
    {
        while (true)
        {
            Console.Loop();
            Device.Loop();
            if (_system.Reboots > 0)
            {
                // ATZ saved before rebooting; AT+FDR erased: saving now would undo it.
                return ConsoleSessionEnd.Reboot;
            }

            if (_transport.IsDrained && Console.IsIdle)
            {
                if (Device.SaveAll())
                {
                    return ConsoleSessionEnd.EndOfInput;
                }

                _output.Write("ERROR: not saved at the end of the input: " + Device.Persistence.LastError + _newLine);
                _output.Flush();
                return ConsoleSessionEnd.SaveFailed;
            }

            long wait = Math.Min(Console.NextDueMs, Device.NextDueMs) - _clock.UptimeMs;
            if (wait > 0)
            {
                _transport.WaitForInput((int)Math.Min(wait, MaxSleepMs));
            }
        }
    }
}
