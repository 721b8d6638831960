using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.Cli.Commands;

/// <summary>How the serial commands (<c>monitor</c>, <c>module</c>, <c>mcu</c>) end on a device or output error: one line naming the device, exit status 1; an unsupported rate is a usage error.</summary>
internal static class SerialCommandErrors
{
    /// <summary>Runs <paramref name="body"/>; a serial or output failure becomes "tuyamcu <paramref name="command"/>: message" and exit status 1.</summary>
    public static int Guard(string command, CliConsole console, Func<int> body, string outputProblem = "")
    {
        try
        {
            return body();
        }
        catch (SerialPortException e) when (e.Kind == SerialErrorKind.UnsupportedBaudRate)
        {
            throw new UsageException($"--baud: {e.Message}");
        }
        catch (SerialPortException e)
        {
            console.Out.Flush();
            console.Error.WriteLine($"tuyamcu {command}: {e.Message}");
            return 1;
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"tuyamcu {command}: {outputProblem}{e.Message}");
            return 1;
        }
    }
}
