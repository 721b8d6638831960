using TuyaMcu.Profiles.Cpn01;
using TuyaMcu.Tooling.Sessions;
using TuyaMcu.HostTests.Sessions;
using TuyaMcu.Tooling.AtConsole;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.HostTests.Cli;

/// <summary><c>mcu --pid</c>: the product ID the firmware reports, as Program.cs sets it on the board.</summary>
public sealed class McuProductIdTests
{
    [Fact]
    public void Pid_IsTheProductIdTheFirmwareReports()
    {
        var session = new McuSession(new VirtualClock(), new SilentTransport(), new RecordingOutput(), new McuSessionOptions { ProductId = "k3x9ab2cdefgh4ij" });

        Assert.Equal("k3x9ab2cdefgh4ij", session.Device.Options.Dispatcher.ToProductInfo().ProductId);
    }

    [Fact]
    public void WithoutPid_TheProfilesPlaceholderIsReported()
    {
        var session = new McuSession(new VirtualClock(), new SilentTransport(), new RecordingOutput());

        Assert.Equal(Cpn01Profile.PlaceholderProductId, session.Device.Options.Dispatcher.ToProductInfo().ProductId);
    }

    [Theory]
    [InlineData("my pid", "product ID must be printable ASCII without quotes")]
    [InlineData("p\"d", "product ID must be printable ASCII without quotes")]
    public void ABadPid_IsRefused_BeforeAnyPortIsOpened(string pid, string why)
    {
        var r = CliRunner.Run("mcu", "--port", "/dev/ttyUSB-tuyamcu-missing", "--pid", pid);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"tuyamcu mcu: --pid: {why}, got '{pid}'\n", r.Error);
    }
}
