using TuyaMcu.AtConsole;
using TuyaMcu.Hal;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.AtConsole;

/// <summary>
/// The AT console on the whole firmware against the simulated module, in virtual time: type a
/// line, run the loop a while, read the answer's lines.
/// </summary>
public sealed class ConsoleRig
{
    public const long ModuleWaitMs = 8_000;

    /// <summary>Builds the bench and the console; the banner is read (and with <paramref name="login"/>, the password given).</summary>
    public ConsoleRig(ConsoleOptions? options = null, bool login = true, bool joined = false, FaultProfile? faults = null, Cpn01Settings? settings = null, ModuleProfile? profile = null, IStorage? storage = null, ILog? log = null)
    {
        Bench = new DeviceBench(faults: faults, settings: settings, profile: profile, storage: storage, log: log);
        Options = options ?? new ConsoleOptions();
        Console = new AtCommandConsole(Transport, Bench.Clock, Bench.Device, Options);

        // Through the property, so a console rebuilt after a reboot takes over.
        Bench.Loop.Add("console", () => Console.Loop(), () => Console.NextDueMs);
        Banner = Run(10);
        if (joined)
        {
            Bench.Loop.RunFor(60_000);
        }

        if (login)
        {
            Assert.Equal(["Correct password", "OK"], Send(Cpn01Profile.DefaultPassword));
        }
    }

    public DeviceBench Bench { get; }

    public ConsoleOptions Options { get; }

    public ScriptedTransport Transport { get; } = new();

    public AtCommandConsole Console { get; private set; }

    public string[] Banner { get; }

    public Cpn01Application App => Bench.App;

    public Cpn01Settings Settings => Bench.App.Settings;

    public DeviceSettings DeviceSettings => Bench.Device.Settings;

    /// <summary>Types <paramref name="line"/> with CR LF and runs the loop for <paramref name="runMs"/>; returns the lines printed.</summary>
    public string[] Send(string line, long runMs = 50)
    {
        Transport.Type(line + "\r\n");
        return Run(runMs);
    }

    /// <summary>Sends a module-facing command and waits long enough for the module (or its silence).</summary>
    public string[] SendToModule(string line) => Send(line, ModuleWaitMs);

    /// <summary>Runs the loop; returns the lines printed meanwhile.</summary>
    public string[] Run(long ms)
    {
        Bench.Loop.RunFor(ms);
        return Lines(Transport.TakeText());
    }

    /// <summary>A fresh console on the device now on the bench (after a reboot), its banner read.</summary>
    public string[] Reattach(bool login = true)
    {
        Console = new AtCommandConsole(Transport, Bench.Clock, Bench.Device, Options);
        string[] banner = Run(10);
        if (login)
        {
            Assert.Equal(["Correct password", "OK"], Send(Bench.Device.Settings.Password));
        }

        return banner;
    }

    public static string[] Lines(string text)
    {
        string[] lines = text.Split("\r\n");
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    /// <summary>Sends and asserts the answer is one ERROR line containing every fragment; returns it.</summary>
    public string Error(string line, params string[] fragments)
    {
        string[] answer = Send(line);
        Assert.True(answer.Length == 1 && answer[0].StartsWith("ERROR: ", StringComparison.Ordinal), $"{line} -> [{string.Join(" | ", answer)}]");
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, answer[0]);
        }

        return answer[0];
    }

    /// <summary>Sends and asserts the answer is the given lines then OK.</summary>
    public void Ok(string line, params string[] expected)
    {
        Assert.Equal([.. expected, "OK"], Send(line));
    }
}
