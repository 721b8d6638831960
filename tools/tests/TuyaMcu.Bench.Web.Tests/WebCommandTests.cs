using TuyaMcu.Cli;

namespace TuyaMcu.Bench.Web.Tests;

/// <summary><c>tuyamcu web</c> run in-process: its arguments, the address it prints, its stop.</summary>
public sealed class WebCommandTests
{
    private static (int Status, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int status = CommandLine.Run(args, new CliConsole(new StringReader(""), output, error));
        return (status, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("tuyamcu web: --profile: unknown profile 'pom01' (known: cpn01, pom01n)", "--profile", "pom01")]
    [InlineData("tuyamcu web: --sim and --module cannot be used together: one session a bench", "--sim", "--module", "--pty")]
    [InlineData("tuyamcu web: --port is required (or --pty)", "--module")]
    [InlineData("tuyamcu web: --sim runs no serial line: --port and --pty are for --module, --mcu and --monitor", "--port", "/dev/ttyUSB0")]
    [InlineData("tuyamcu web: --speed is for --sim only", "--mcu", "--pty", "--speed", "10")]
    [InlineData("tuyamcu web: --state is for --mcu only", "--state", "/tmp/x")]
    [InlineData("tuyamcu web: --http-port must be 0..65535, got 70000", "--http-port", "70000")]
    [InlineData("tuyamcu web: --speed must be between 0.1 and 100000, got 0", "--speed", "0")]
    [InlineData("tuyamcu web: --faults must be none or harsh, got 'mild'", "--faults", "mild")]
    [InlineData("tuyamcu web: --power-mode is for the cpn01 profile, not pom01n", "--profile", "pom01n", "--power-mode", "battery")]
    public void BadArguments_OneLineAndStatus2(string message, params string[] args)
    {
        (int status, string output, string error) = Run(["web", .. args]);
        Assert.Equal(2, status);
        Assert.Equal("", output);
        Assert.Equal(message, error.Split('\n')[0]);
    }

    [Fact]
    public void Web_PrintsItsAddress_ServesIt_AndStopsWhenTold()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => new Cli.Commands.WebCommand(stop.Token).Run(["--http-port", "0", "--speed", "100"], new CliConsole(new StringReader(""), output, error)));
        string? url = null;
        for (int i = 0; i < 800 && url == null && !run.IsCompleted; i++)
        {
            Thread.Sleep(25);
            url = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("url: ", StringComparison.Ordinal))?[5..];
        }

        Assert.NotNull(url);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", url);
        using var http = new HttpClient();
        Assert.Contains("<title>TuyaMcu bench</title>", http.GetStringAsync(url).GetAwaiter().GetResult());
        Assert.Contains("\"mode\":\"sim\"", http.GetStringAsync(url + "api/info").GetAwaiter().GetResult());
        stop.Cancel();
        Assert.True(run.Wait(TimeSpan.FromSeconds(20)));
        Assert.Equal(0, run.Result);
        Assert.Contains("tuyamcu web: sim (cpn01) on simulated module, virtual time", error.ToString());
        Assert.EndsWith("tuyamcu web: stopped\n", error.ToString().Replace("\r", ""));
    }

    [Fact]
    public void Web_StopsAfterTheDuration()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        (int status, string output, _) = Run("web", "--http-port", "0", "--duration", "1");
        Assert.Equal(0, status);
        Assert.StartsWith("url: http://127.0.0.1:", output);
        Assert.True(watch.Elapsed > TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Web_TakesTheProfileFromTheRegistry()
    {
        (int status, _, string error) = Run("web", "--profile", "pom01n", "--http-port", "0", "--duration", "1");
        Assert.Equal(0, status);
        Assert.Contains("tuyamcu web: sim (pom01n) on simulated module, virtual time", error);
    }

    [Fact]
    public void Web_ThePortInUse_OneLineAndStatus1()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        int port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        (int status, _, string error) = Run("web", "--http-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--duration", "1");
        Assert.Equal(1, status);
        Assert.StartsWith($"tuyamcu web: --http-port {port}: ", error);
    }
}
