using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Cli.Commands;

/// <summary><c>encode --command N --data HEX [--version N]</c>: prints a frame's hex.</summary>
public sealed class EncodeCommand : ICommand
{
    public string Name => "encode";

    public string Summary => "build a frame from a command and data";

    public string Usage => """
        usage: tuyamcu encode --command N [--data HEX] [--version N]
          Prints the frame's bytes as hex: header, version (default 0), command, length, data,
          checksum. N is decimal or 0x-prefixed hex.
        """;

    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        CommandArgs parsed = CommandArgs.Parse(args, ["--command", "--data", "--version"], []);
        parsed.RejectPositionals(Name);
        byte command = (byte)CommandArgs.ParseInteger("--command", parsed.Require("--command"), 0, 255);
        byte version = (byte)parsed.GetInteger("--version", 0, 0, 255);
        byte[] data = HexArgument.Parse(parsed.Get("--data") ?? string.Empty, "--data is not hex");
        if (data.Length > FrameFormat.MaxEncodableDataLength)
        {
            throw new UsageException($"--data is {data.Length} bytes; a frame carries at most 65535");
        }

        byte[] frame = new byte[data.Length + FrameFormat.Overhead];
        int length = FrameWriter.Write(frame, 0, version, command, data, 0, data.Length);
        console.Out.WriteLine(Hex.Format(frame, 0, length, ' '));
        return 0;
    }
}
