using TuyaMcu.AtConsole;

namespace TuyaMcu.HostTests.AtConsole;

public sealed class LineInputTests
{
    private static string[] Feed(LineAssembler assembler, string text, List<LineEvent>? events = null)
    {
        var lines = new List<string>();
        foreach (char c in text)
        {
            LineEvent e = assembler.Feed((byte)c);
            events?.Add(e);
            if (e == LineEvent.Complete)
            {
                lines.Add(assembler.TakeLine());
            }
            else if (e == LineEvent.TooLong)
            {
                lines.Add("<too long>");
            }
        }

        return [.. lines];
    }

    [Theory]
    [InlineData("AT\r", "AT")]
    [InlineData("AT\n", "AT")]
    [InlineData("AT\r\n", "AT")]
    [InlineData("A\bB\r", "B")]
    [InlineData("AB\u007f\u007fC\n", "C")]
    [InlineData("\b\bAT\r", "AT")]
    [InlineData("A\tT\x1b\r", "AT")]
    public void Lines_EndAtCrLfOrCrLf_WithBackspaceAndDel(string input, string line)
    {
        Assert.Equal([line], Feed(new LineAssembler(128), input));
    }

    [Fact]
    public void CrLf_IsOneLineEnd_ButCrCrAndLfLfAreTwo()
    {
        Assert.Equal(["A", "B"], Feed(new LineAssembler(128), "A\r\nB\r\n"));
        Assert.Equal(["A", string.Empty], Feed(new LineAssembler(128), "A\r\r"));
        Assert.Equal(["A", string.Empty], Feed(new LineAssembler(128), "A\n\n"));
        Assert.Equal(["A", string.Empty], Feed(new LineAssembler(128), "A\n\r"));
    }

    [Fact]
    public void LongLines_AreRefusedWhole_UnlessBackspacedUnderTheLimit()
    {
        var assembler = new LineAssembler(128);
        Assert.Equal([new string('x', 128)], Feed(assembler, new string('x', 128) + "\r"));
        Assert.Equal(["<too long>"], Feed(assembler, new string('x', 129) + "\r"));
        Assert.Equal(["next"], Feed(assembler, "next\r"));
        Assert.Equal([new string('x', 127) + "y"], Feed(assembler, new string('x', 130) + "\b\b\b" + "y\r"));
    }

    [Fact]
    public void Events_SayWhatToEcho()
    {
        var events = new List<LineEvent>();
        Feed(new LineAssembler(4), "ab\b\b\b\x01\r\n", events);

        Assert.Equal(
            [LineEvent.Typed, LineEvent.Typed, LineEvent.Erased, LineEvent.Erased, LineEvent.None, LineEvent.None, LineEvent.Complete, LineEvent.None],
            events);
    }

    [Fact]
    public void Console_RefusesALineTooLong_AndRunsNothing()
    {
        var rig = new ConsoleRig();

        rig.Error("AT+TDC=600" + new string(' ', 119), "line too long", "128");
        Assert.Equal(3600, rig.Settings.TdcSeconds);
        rig.Ok("AT+TDC=600" + new string(' ', 118));
        Assert.Equal(600, rig.Settings.TdcSeconds);
    }

    [Fact]
    public void Console_TakesLinesThatArriveInPieces_AndSeveralLinesAtOnce()
    {
        var rig = new ConsoleRig();
        rig.Transport.ReadChunk = 3;
        rig.Transport.Type("AT+TD");
        Assert.Empty(rig.Run(10));
        rig.Transport.Type("C=?\rAT+TR=?\nAT+NOUD=?\r\n");

        Assert.Equal(["3600", "OK", "900", "OK", "8", "OK"], rig.Run(10));
    }

    [Fact]
    public void Console_IgnoresBlankLines_AndEditsWithBackspace()
    {
        var rig = new ConsoleRig();

        Assert.Empty(rig.Send("   "));
        Assert.Equal(["OK"], rig.Send("AT+TDC=6000\b\b0"));
        Assert.Equal(600, rig.Settings.TdcSeconds);
    }

    [Fact]
    public void Echo_IsOffByDefault_AndWhenOnMasksThePassword()
    {
        var silent = new ConsoleRig();
        Assert.Equal(["OK"], silent.Send("AT"));

        var echoing = new ConsoleRig(new ConsoleOptions { Echo = true }, login: false);
        echoing.Transport.Type("1234\b5678\r\n");
        Assert.Equal(["****\b \b****", "ERROR: wrong password (2 more tries before a 30 s lockout)"], echoing.Run(10));
        echoing.Transport.Type("12345678\r");
        echoing.Run(10);
        echoing.Transport.Type("AT\r");
        Assert.Equal(["AT", "OK"], echoing.Run(10));
    }
}
