using System.Diagnostics;
using System.Text;
using TuyaMcu.HostTests.Serial;
using TuyaMcu.Tooling.AtConsole;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Cli;

/// <summary>
/// <c>console</c> as a user meets it: the real process with a terminal (a kernel pseudo-terminal)
/// as its standard input and output, and with a pipe; and its input read with a bound.
/// </summary>
public sealed class ConsoleTerminalTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string State => _temp.Path;

    public void Dispose() => _temp.Dispose();

    [PosixFact]
    public void ATypedLine_IsAnsweredAtOnce_InATerminal()
    {
        using PseudoTerminal terminal = SerialPorts.OpenPseudoTerminal();
        using Process tool = ToolProcess.Shell("exec \"$@\" <\"$TTY\" >\"$TTY\" 2>&1", new Dictionary<string, string> { ["TTY"] = terminal.SlavePath }, "console", "--state", State);
        var screen = new Screen(terminal);
        try
        {
            screen.WaitFor("Enter password");

            // Nothing else is typed, and the terminal stays open: each line must be answered on its own.
            Type(terminal, "12345678\r");
            screen.WaitFor("Correct password");
            Type(terminal, "AT+TDC=?\r");
            screen.WaitFor("3600");
        }
        finally
        {
            tool.Kill(entireProcessTree: true);
            tool.WaitForExit();
        }
    }

    [Fact]
    public void APipedScript_StillRunsToItsEnd()
    {
        using Process tool = ToolProcess.Start("console", "--state", State);
        tool.StandardInput.Write("12345678\nAT+TDC=600\nAT+TDC=?\n");
        tool.StandardInput.Close();

        var (exit, output, error) = ToolProcess.Finish(tool);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(["Correct password", "OK", "OK", "600", "OK"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^5..]);
    }

    [Fact]
    public void StandardInputThatIsADirectory_EndsWithOneLineAndStatus1()
    {
        using Process tool = ToolProcess.Shell("exec \"$@\" <\"$IN\"", new Dictionary<string, string> { ["IN"] = Path.GetTempPath() }, "console", "--state", State);

        var (exit, _, error) = ToolProcess.Finish(tool);

        Assert.Equal(1, exit);
        Assert.Equal("tuyamcu console: cannot read standard input: Is a directory", error.Trim());
    }

    [PosixFact]
    public void TheInput_IsReadAheadOnlyUpToTheBound()
    {
        var endless = new EndlessReader();
        var transport = new TextTransport(endless, TextWriter.Null);

        // Nobody reads the transport: the reader must stop at the bound, not take the whole input.
        Eventually.Until(() => endless.CharsRead >= TextTransport.Capacity, "the reader to fill the queue");
        Thread.Sleep(200);
        long stalled = endless.CharsRead;
        Assert.InRange(stalled, TextTransport.Capacity, TextTransport.Capacity + 2 * EndlessReader.Block);

        // Taking bytes out lets it go on.
        var buffer = new byte[4096];
        for (int i = 0; i < 8; i++)
        {
            transport.Read(buffer, 0, buffer.Length);
        }

        Eventually.Until(() => endless.CharsRead > stalled, "the reader to go on");
    }

    private static void Type(PseudoTerminal terminal, string text) => terminal.Write(Encoding.ASCII.GetBytes(text));

    /// <summary>What the program wrote to the terminal so far.</summary>
    private sealed class Screen(PseudoTerminal terminal)
    {
        private readonly StringBuilder _text = new();

        public void WaitFor(string text) => Eventually.Until(() =>
        {
            var buffer = new byte[1024];
            int n;
            while ((n = terminal.Read(buffer)) > 0)
            {
                _text.Append(Encoding.UTF8.GetString(buffer, 0, n));
            }

            return _text.ToString().Contains(text, StringComparison.Ordinal);
        }, $"'{text}' on the terminal (so far: '{_text}')");
    }

    /// <summary>An input that never ends: lines of AT commands, as fast as they are read.</summary>
    private sealed class EndlessReader : TextReader
    {
        public const int Block = 1024;
        private long _charsRead;

        public long CharsRead => Interlocked.Read(ref _charsRead);

        public override int Read(char[] buffer, int index, int count)
        {
            int n = Math.Min(count, Block);
            for (int i = 0; i < n; i++)
            {
                buffer[index + i] = i % 8 == 7 ? '\n' : 'A';
            }

            Interlocked.Add(ref _charsRead, n);
            return n;
        }
    }
}
