using System.Diagnostics;
using TuyaMcu.HostTests.Serial;

namespace TuyaMcu.HostTests.Cli;

/// <summary>A hang-up (the terminal closed, the SSH session dropped) stops <c>mcu</c> as Ctrl+C does: saved first.</summary>
public sealed class HangUpTests
{
    [Theory]
    [InlineData("HUP")]
    [InlineData("TERM")]
    public void Mcu_SavesAndStops_OnTheSignal(string signal)
    {
        using var state = new TempDirectory();
        using Process mcu = ToolProcess.Start("mcu", "--pty", "--state", state.Path);
        var output = new SharedWriter();
        mcu.OutputDataReceived += (_, e) => output.WriteLine(e.Data);
        mcu.BeginOutputReadLine();

        // One count: too few for the firmware to save it on its own before a stop.
        mcu.StandardInput.WriteLine("open");
        mcu.StandardInput.Flush();
        Eventually.Until(() => output.Text.Contains("contact open", StringComparison.Ordinal), "the contact to open");
        Eventually.Until(() =>
        {
            // The count comes once the contact's debounce has passed.
            mcu.StandardInput.WriteLine("status");
            mcu.StandardInput.Flush();
            Thread.Sleep(100);
            return output.Text.Contains("total 1,", StringComparison.Ordinal);
        }, "the count in the status");

        ToolProcess.Signal(mcu, signal);
        string error = mcu.StandardError.ReadToEnd();
        Assert.True(mcu.WaitForExit((int)Eventually.Timeout.TotalMilliseconds), "mcu did not stop");

        Assert.Equal(0, mcu.ExitCode);
        Assert.Contains("tuyamcu mcu: stopped after ", error);
        var after = CliRunner.RunWithInput("12345678\nAT+SETCNT=?\n", "console", "--state", state.Path);
        Assert.Equal(["1", "OK"], after.Lines[^2..]);
    }
}
