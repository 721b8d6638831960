using System.Diagnostics;
using TuyaMcu.HostTests.Serial;
using TuyaMcu.Tooling.Storage;

namespace TuyaMcu.HostTests.Cli;

/// <summary>
/// A state directory the device cannot use is refused at once with a message, rather than hanging
/// the start (a FIFO), reading without end (/dev/zero) or starting silently from defaults (unreadable).
/// </summary>
public sealed class StateDirectoryTests : IDisposable
{
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(20);
    private readonly TempDirectory _temp = new();

    private string State => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AFifoInPlaceOfASlot_IsRefusedAtOnce()
    {
        MakeFifo(Path.Combine(State, "config.a"));

        IOException e = Thrown(() => new DirectoryStorage(State));
        Assert.Equal($"{Path.Combine(State, "config.a")} is not a regular file (a pipe, socket or terminal)", e.Message);
    }

    [Fact]
    public void DevZeroInPlaceOfASlot_IsRefusedAtOnce()
    {
        File.CreateSymbolicLink(Path.Combine(State, "state.b"), "/dev/zero");

        IOException e = Thrown(() => new DirectoryStorage(State));
        Assert.Equal($"{Path.Combine(State, "state.b")} is not a regular file (a device)", e.Message);
    }

    [Fact]
    public void ASlotThatBecomesADevice_IsReadInBoundedMemory()
    {
        var storage = new DirectoryStorage(State);
        File.CreateSymbolicLink(Path.Combine(State, "state.a"), "/dev/zero");

        long before = GC.GetAllocatedBytesForCurrentThread();
        IOException e = Assert.Throws<IOException>(() => storage.Read("state.a", new byte[4096], 0, 4096));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 64 * 1024);
        Assert.Contains("is not a regular file (a device)", e.Message);
    }

    [Fact]
    public void ConsoleOnAStateDirectoryWithAFifo_SaysWhichFileAndWhy()
    {
        MakeFifo(Path.Combine(State, "config.a"));

        var r = Refused(() => CliRunner.RunWithInput("12345678\nAT+TDC=?\n", "console", "--state", State));

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"tuyamcu console: --state: {Path.Combine(State, "config.a")} is not a regular file (a pipe, socket or terminal)", r.Error);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void McuOnAStateDirectoryWithADevice_SaysSoBeforeOpeningAnyPort()
    {
        File.CreateSymbolicLink(Path.Combine(State, "identity.a"), "/dev/zero");

        var r = Refused(() => CliRunner.Run("mcu", "--port", "/dev/ttyUSB-tuyamcu-missing", "--state", State));

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"tuyamcu mcu: --state: {Path.Combine(State, "identity.a")} is not a regular file (a device)", r.Error);
    }

    [Fact]
    public void AnUnreadableStateDirectory_IsRefused_NotTakenForAnEmptyOne()
    {
        string? asUser = ToolProcess.AsUnprivilegedUser();
        if (asUser == null)
        {
            return; // Root, with no way to drop the privilege that reads anything: nothing to show here.
        }

        File.SetUnixFileMode(State, UnixFileMode.None);
        using Process tool = ToolProcess.Shell(ToolProcess.RunnableByAnyone(), asUser + "\"$@\" </dev/null", new Dictionary<string, string>(), "console", "--state", State);

        var (exit, output, error) = ToolProcess.Finish(tool);

        Assert.Equal(2, exit);
        Assert.StartsWith($"tuyamcu console: --state: cannot use {State}: ", error);
        Assert.Equal("", output);
    }

    private static T Refused<T>(Func<T> start)
    {
        Task<T> task = Task.Run(start);
        Assert.True(task.Wait(AtOnce), "start-up hung");
        return task.Result;
    }

    private static IOException Thrown(Action start) => Refused(() => Assert.Throws<IOException>(start));

    private static void MakeFifo(string path)
    {
        using Process mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
