using TuyaMcu.AtConsole;

namespace TuyaMcu.HostTests.AtConsole;

public sealed class SyntaxTests
{
    [Theory]
    [InlineData("AT", AtForm.Attention, "", null)]
    [InlineData("at", AtForm.Attention, "", null)]
    [InlineData("AT?", AtForm.ShortHelp, "", null)]
    [InlineData("ATZ", AtForm.Reset, "", null)]
    [InlineData("atz", AtForm.Reset, "", null)]
    [InlineData("AT+TDC", AtForm.Run, "TDC", null)]
    [InlineData("at+tdc?", AtForm.Help, "TDC", null)]
    [InlineData("AT+TDC=?", AtForm.Get, "TDC", null)]
    [InlineData("AT+TDC= ?", AtForm.Get, "TDC", null)]
    [InlineData("AT+TDC=600", AtForm.Set, "TDC", "600")]
    [InlineData("AT+TDC= 600 ", AtForm.Set, "TDC", "600")]
    [InlineData("AT+TDC=", AtForm.Set, "TDC", "")]
    [InlineData("AT+ DEBUG=1", AtForm.Set, "DEBUG", "1")]
    [InlineData("AT+pword=MixedCase", AtForm.Set, "PWORD", "MixedCase")]
    [InlineData("AT+APN=ctnb,IPv6", AtForm.Set, "APN", "ctnb,IPv6")]
    [InlineData("AT+5VT", AtForm.Run, "5VT", null)]
    public void Parse_RecognisesEveryForm(string line, AtForm form, string name, string? value)
    {
        Assert.Null(AtLine.Parse(line, out AtLine parsed));
        Assert.Equal(form, parsed.Form);
        Assert.Equal(name, parsed.Name);
        Assert.Equal(value, parsed.Value);
    }

    [Theory]
    [InlineData("hello", "not an AT command: 'hello'")]
    [InlineData("A", "not an AT command")]
    [InlineData("ATX", "unknown command ATX")]
    [InlineData("AT+", "missing command name")]
    [InlineData("AT+=5", "missing command name")]
    [InlineData("AT+T-C=5", "malformed command name 'T-C'")]
    [InlineData("AT+TDC?x", "malformed: 'AT+TDC?x'")]
    [InlineData("AT+TDC??", "malformed")]
    public void Parse_RefusesMalformedLines(string line, string fragment)
    {
        Assert.Contains(fragment, AtLine.Parse(line, out _));
    }

    [Fact]
    public void Console_Attention_ShortHelp_AndCommandHelp()
    {
        var rig = new ConsoleRig();

        rig.Ok("AT");
        rig.Ok("at");
        string[] help = rig.Send("AT?");
        Assert.Equal("OK", help[^1]);
        foreach (string name in Commands)
        {
            Assert.Contains(help, line => line.StartsWith("AT+" + name + ": ", StringComparison.Ordinal));
        }

        Assert.Contains(help, line => line.StartsWith("Not used", StringComparison.Ordinal) && line.Contains("AT+SERVADDR"));
        string[] tdcHelp = rig.Send("AT+TDC?");
        Assert.Equal(2, tdcHelp.Length);
        Assert.Contains("30..16777215", tdcHelp[0]);
        Assert.Equal("OK", tdcHelp[1]);
    }

    [Fact]
    public void EveryCommand_HasHelp_ThatNamesIt()
    {
        var rig = new ConsoleRig();
        foreach (string name in Commands)
        {
            string[] answer = rig.Send("AT+" + name.ToLowerInvariant() + "?");
            Assert.Equal(2, answer.Length);
            Assert.Contains("AT+" + name, answer[0]);
            Assert.Equal("OK", answer[1]);
        }
    }

    /// <summary>Every AT+ command of the CPN01 device: its own, the device's and the module's.</summary>
    private static readonly string[] Commands =
    [
        "TDC", "TR", "NOUD", "TTRIG", "TTRMOD", "CALCFLAG", "SETCNT", "CLRC", "INTMOD", "CFGMOD", "CDP", "CLRDTA",
        "CFG", "FDR", "PWORD", "DEBUG", "DEUI", "UPLINK",
        "APN", "T3324", "HBI", "SLEEPLOCK", "WAKEINT", "CSQ", "CESQ", "IMEI", "IMSI", "ICCID", "NETSTAT", "BIND", "MODSTAT",
        "HEARTBEAT", "MODSLEEP", "TIME", "MODRESET",
    ];

    [Fact]
    public void ShortHelp_ListsExactlyTheCommands_ThenTheOnesNotUsed()
    {
        var rig = new ConsoleRig();
        string[] help = rig.Send("AT?");

        string[] listed = help.Where(l => l.StartsWith("AT+", StringComparison.Ordinal) && !l.StartsWith("AT+<", StringComparison.Ordinal))
            .Select(l => l[3..l.IndexOf(':')]).ToArray();
        Assert.Equal(Commands, listed);
        Assert.StartsWith("Not used", help[^2]);
        Assert.Equal("OK", help[^1]);
    }

    [Theory]
    [InlineData("AT+XYZ", "unknown command AT+XYZ (AT? lists the commands)")]
    [InlineData("AT+XYZ=1", "unknown command AT+XYZ (AT? lists the commands)")]
    [InlineData("at+xyz?", "unknown command AT+XYZ (AT? lists the commands)")]
    [InlineData("ATQ", "unknown command ATQ")]
    [InlineData("hello", "not an AT command")]
    [InlineData("AT+TDC?5", "malformed")]
    public void Console_UnknownAndMalformed(string line, string fragment)
    {
        var rig = new ConsoleRig();
        rig.Error(line, fragment);
    }

    [Theory]
    [InlineData("PRO")]
    [InlineData("SERVADDR")]
    [InlineData("URI")]
    [InlineData("CLIENT")]
    [InlineData("UNAME")]
    [InlineData("PWD")]
    [InlineData("PUBTOPIC")]
    [InlineData("SUBTOPIC")]
    [InlineData("RXDL")]
    [InlineData("5VT")]
    public void DraginoOnlyCommands_AreRefused_InEveryForm(string name)
    {
        var rig = new ConsoleRig();
        foreach (string line in new[] { "AT+" + name, "AT+" + name + "?", "AT+" + name + "=?", "AT+" + name + "=1", "at+" + name.ToLowerInvariant() + "=x,y" })
        {
            rig.Error(line, "AT+" + name + ": not used: the Tuya module handles the cloud connection");
        }
    }

    [Theory]
    [InlineData("12", 0, 100, null, 12)]
    [InlineData("0", 0, 100, null, 0)]
    [InlineData("100", 0, 100, null, 100)]
    [InlineData("-5", -10, 100, null, -5)]
    [InlineData("007", 0, 100, null, 7)]
    [InlineData("101", 0, 100, "must be 0..100", 0)]
    [InlineData("-1", 0, 100, "must be 0..100", 0)]
    [InlineData("99999999999999999999999", 0, 100, "must be 0..100", 0)]
    [InlineData("-99999999999999999999999", 0, 100, "must be 0..100", 0)]
    [InlineData("", 0, 100, "a value is needed", 0)]
    [InlineData("-", 0, 100, "not a whole number", 0)]
    [InlineData("12x", 0, 100, "not a whole number", 0)]
    [InlineData("+5", 0, 100, "not a whole number", 0)]
    [InlineData("1e3", 0, 100000, "not a whole number", 0)]
    [InlineData("0x10", 0, 100, "not a whole number", 0)]
    [InlineData("1 2", 0, 100, "not a whole number", 0)]
    [InlineData("1.5", 0, 100, "not a whole number", 0)]
    public void NumberText_IsStrict(string text, long min, long max, string? error, long value)
    {
        Assert.Equal(error, NumberText.Parse(text, min, max, null, out long parsed));
        Assert.Equal(value, parsed);
    }
}
