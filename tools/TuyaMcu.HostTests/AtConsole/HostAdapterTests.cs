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
}
