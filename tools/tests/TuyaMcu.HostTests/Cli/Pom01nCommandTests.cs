using System.Text.Json;
using TuyaMcu.Profiles.Pom01n;

namespace TuyaMcu.HostTests.Cli;

/// <summary><c>tuyamcu pom01n HEX</c>: the POM01-N payload decoder.</summary>
public sealed class Pom01nCommandTests
{
    // The POM01-N manual's hex payload (2.2.2).
    private const string ManualExample = "f863663062798914f46008702330007343640d041201010168fee3ec010168fee371010168fee335010168fee2f9010168fee2bd010168fee281010168fee245010168fee209010168fee1cd";

    [Fact]
    public void DecodesTheManualExample_IntoTheNamedFields()
    {
        var r = CliRunner.Run("pom01n", ManualExample);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Error);
        Assert.Single(r.Lines);
        using var json = JsonDocument.Parse(r.Out);
        JsonElement p = json.RootElement;
        Assert.Equal("863663062798914", p.GetProperty("imei").GetString());
        Assert.Equal("460087023300073", p.GetProperty("imsi").GetString());
        Assert.Equal(0x43, p.GetProperty("model").GetInt32());
        Assert.Equal("1.0.0", p.GetProperty("firmwareVersion").GetString());
        Assert.Equal(3332, p.GetProperty("batteryMv").GetInt32());
        Assert.Equal(18, p.GetProperty("signal").GetInt32());
        Assert.Equal(1, p.GetProperty("mod").GetInt32());
        Assert.Equal(1, p.GetProperty("powerOutage").GetInt32());
        Assert.Equal(1, p.GetProperty("lowVoltage").GetInt32());
        Assert.Equal(1761534956, p.GetProperty("timestamp").GetInt64());
        JsonElement records = p.GetProperty("records");
        Assert.Equal(8, records.GetArrayLength());
        for (int i = 0; i < 8; i++)
        {
            Assert.Equal(1, records[i].GetProperty("powerOutage").GetInt32());
            Assert.Equal(1, records[i].GetProperty("lowVoltage").GetInt32());
            Assert.Equal(0x68fee371L - 60 * i, records[i].GetProperty("timestamp").GetInt64());
        }
    }

    [Fact]
    public void DecodesWhatTheFirmwareEncodes_GivenInSpacedBytes()
    {
        var written = new Pom01nPayload();
        byte[] manual = Convert.FromHexString(ManualExample);
        Assert.Null(written.Decode(manual, 0, manual.Length));
        written.Firmware = 123;
        (written.BatteryMv, written.Signal, written.PowerOutage, written.Timestamp) = (4105, 99, 0, 4294967295);
        written.EntryCount = 2;
        (written.EntryPowerOutage[0], written.EntryLowVoltage[1], written.EntryTimestamp[1]) = (0, 0, 1761599100);
        byte[] bytes = new byte[Pom01nPayload.MaxLength];
        int length = written.Encode(bytes, 0);
        string[] spaced = Enumerable.Range(0, length).Select(i => bytes[i].ToString("X2")).ToArray();

        var r = CliRunner.Run(["pom01n", .. spaced]);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(
            """{"imei":"863663062798914","imsi":"460087023300073","model":67,"firmwareVersion":"1.2.3","batteryMv":4105,"signal":99,"mod":1,"powerOutage":0,"lowVoltage":1,"timestamp":4294967295,"records":[{"powerOutage":0,"lowVoltage":1,"timestamp":1761534833},{"powerOutage":1,"lowVoltage":0,"timestamp":1761599100}]}""",
            r.Out.Trim());
    }

    [Fact]
    public void APayloadWithoutEntries_HasAnEmptyRecordList()
    {
        var r = CliRunner.Run("pom01n", ManualExample[..56]);

        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Out);
        Assert.Equal(0, json.RootElement.GetProperty("records").GetArrayLength());
    }

    [Theory]
    [InlineData("0g", "tuyamcu pom01n: the payload is not hex: 'g' at position 1")]
    [InlineData("f86", "tuyamcu pom01n: the payload is not hex")]
    [InlineData("f863663062798914", "tuyamcu pom01n: a POM01-N payload has at least 28 bytes, got 8")]
    [InlineData(ManualExample + "0101", "tuyamcu pom01n: after the 28-byte header, entries are 6 bytes each; 50 bytes is not a whole number of entries")]
    public void BadPayloads_ExitWith2_AndOneLineNamesTheProblem(string hex, string expected)
    {
        var r = CliRunner.Run("pom01n", hex);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        string[] lines = r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(expected, lines[0]);
        Assert.Equal("run 'tuyamcu help pom01n' for usage", lines[1].Trim());
    }

    [Fact]
    public void MoreThan32Entries_AreRefused()
    {
        string hex = ManualExample[..56] + string.Concat(Enumerable.Repeat("010168fee1cd", 33));

        var r = CliRunner.Run("pom01n", hex);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("more than 32 entries", r.Error);
    }

    [Fact]
    public void NoPayload_AsksForOne()
    {
        var r = CliRunner.Run("pom01n");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("tuyamcu pom01n: give the payload as hex", r.Error);
    }

    [Fact]
    public void TheOverview_ListsTheCommand()
    {
        var r = CliRunner.Run("help");

        Assert.Contains(r.Lines, l => l.StartsWith("pom01n") && l.Contains("POM01-N"));
    }
}
