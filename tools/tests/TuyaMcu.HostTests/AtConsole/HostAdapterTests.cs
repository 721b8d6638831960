using System.Text;
using TuyaMcu.AtConsole;
using TuyaMcu.Tooling.AtConsole;

namespace TuyaMcu.HostTests.AtConsole;

public sealed class HostAdapterTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "tuyamcu-console-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    private static byte[] ReadAll(TextTransport transport)
    {
        var bytes = new List<byte>();
        var buffer = new byte[7];
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!transport.IsDrained && DateTime.UtcNow < deadline)
        {
            transport.WaitForInput(50);
            int n;
            while ((n = transport.Read(buffer, 0, buffer.Length)) > 0)
            {
                bytes.AddRange(buffer.AsSpan(0, n).ToArray());
            }
        }

        return [.. bytes];
    }

    [Fact]
    public void TextTransport_DeliversTheInputAsUtf8_AndEndsAnUnfinishedLastLine()
    {
        var transport = new TextTransport(new StringReader("AT\r\nAT+APN=é"), new StringWriter());

        Assert.Equal(Encoding.UTF8.GetBytes("AT\r\nAT+APN=é\n"), ReadAll(transport));
        Assert.True(transport.IsDrained);
        Assert.Equal(0, transport.Read(new byte[4], 0, 4));
        Assert.False(transport.WaitForInput(1));
    }

    [Fact]
    public void TextTransport_LeavesAFinishedLastLineAlone()
    {
        var transport = new TextTransport(new StringReader("AT\n"), new StringWriter());

        Assert.Equal(Encoding.ASCII.GetBytes("AT\n"), ReadAll(transport));
    }

    [Fact]
    public void TextTransport_WritesBytesAsText_EvenWhenACharacterIsSplit()
    {
        var output = new StringWriter();
        var transport = new TextTransport(new StringReader(string.Empty), output);
        byte[] bytes = Encoding.UTF8.GetBytes("ok é\n");

        transport.Write(bytes, 0, 4);
        transport.Write(bytes, 4, bytes.Length - 4);

        Assert.Equal("ok é\n", output.ToString());
    }

    [Fact]
    public void SilentTransport_NeverDelivers()
    {
        var line = new SilentTransport();
        line.Write(new byte[5], 0, 5);

        Assert.Equal(0, line.Read(new byte[5], 0, 5));
        Assert.Equal(5, line.BytesWritten);
    }

    [Fact]
    public void Session_RunsTheInput_SavesAtTheEnd_AndTheNextSessionSeesIt()
    {
        var output = new StringWriter();
        var first = new HostConsoleSession(_state, new StringReader("12345678\nAT+TDC=600\nAT+SETCNT=5\n"), output);

        Assert.Equal(ConsoleSessionEnd.EndOfInput, first.Run());
        Assert.Contains("Correct password\nOK\nOK\nOK\n", output.ToString());

        var again = new StringWriter();
        var second = new HostConsoleSession(_state, new StringReader("12345678\nAT+TDC=?\nAT+SETCNT=?"), again);
        Assert.Equal(ConsoleSessionEnd.EndOfInput, second.Run());
        Assert.EndsWith("Correct password\nOK\n600\nOK\n5\nOK\n", again.ToString());
    }

    [Fact]
    public void Session_EndsOnAtz()
    {
        var output = new StringWriter();
        var session = new HostConsoleSession(_state, new StringReader("12345678\nATZ\nAT+TDC=?\n"), output);

        Assert.Equal(ConsoleSessionEnd.Reboot, session.Run());
        Assert.EndsWith("rebooting\nOK\n", output.ToString());
    }

    [Fact]
    public void Session_TakesConsoleOptions()
    {
        var output = new StringWriter();
        var session = new HostConsoleSession(_state, new StringReader("12345678\n"), output, new ConsoleOptions { NewLine = "\r\n", ProductName = "P" });

        session.Run();
        Assert.StartsWith("P, firmware", output.ToString());
        Assert.Contains("\r\n", output.ToString());
    }

    // DirectoryStorage writes a temporary file and renames it over the slot: a directory in the
    // temporary file's place makes every write fail, while what was saved stays readable (also as root).
    private void MakeWritesFail()
    {
        foreach (string name in new[] { "config", "state", "identity" })
        {
            Directory.CreateDirectory(Path.Combine(_state, name + ".a.tmp"));
            Directory.CreateDirectory(Path.Combine(_state, name + ".b.tmp"));
        }
    }

    private void MakeWritesWork()
    {
        foreach (string dir in Directory.GetDirectories(_state, "*.tmp"))
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Session_WhoseSavesFail_AnswersError_LogsIt_AndEndsWithSaveFailed()
    {
        new HostConsoleSession(_state, new StringReader("12345678\nAT+SETCNT=5\n"), new StringWriter()).Run();
        MakeWritesFail();

        var output = new StringWriter();
        var log = new StringWriter();
        var session = new HostConsoleSession(_state, new StringReader("12345678\nAT+SETCNT=777\n"), output, log: log);

        Assert.Equal(ConsoleSessionEnd.SaveFailed, session.Run());
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ERROR: AT+SETCNT=777: nothing changed: saving the counters and datalog failed: ", lines[^2]);
        Assert.StartsWith("ERROR: not saved at the end of the input: saving the counters and datalog failed: ", lines[^1]);
        Assert.StartsWith("error storage: saving the counters and datalog failed: ", log.ToString());

        MakeWritesWork();
        var after = new StringWriter();
        new HostConsoleSession(_state, new StringReader("12345678\nAT+SETCNT=?\n"), after).Run();
        Assert.EndsWith("\n5\nOK\n", after.ToString());
    }

    [Fact]
    public void ConsoleCommand_WhoseSaveAtTheEndFails_ExitsNonZero_WithTheReasonOnStandardError()
    {
        Assert.Equal(0, Cli.CliRunner.RunWithInput("12345678\nAT+SETCNT=5\n", "console", "--state", _state).ExitCode);
        MakeWritesFail();

        var result = Cli.CliRunner.RunWithInput("12345678\nAT+SETCNT=777\n", "console", "--state", _state);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("ERROR: AT+SETCNT=777: nothing changed: ", result.Lines[^2]);
        Assert.StartsWith("ERROR: not saved at the end of the input: ", result.Lines[^1]);
        Assert.StartsWith("error storage: saving the counters and datalog failed: ", result.Error);
    }
}
