using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// The <c>module</c> session's prompt: one line at a time, it makes the simulated module send DP
/// commands (by schema code), product queries, battery checks and network statuses, go offline or
/// reset, and shows what the module knows. A bad line gets one "error: ..." line and sends nothing.
/// </summary>
public sealed class ModulePrompt(ModuleSimulator module, DpAssignments assignments)
{
    /// <summary>Longest outage <c>offline</c> accepts, seconds (a week).</summary>
    public const long MaxOfflineSeconds = 7 * 24 * 3600;

    /// <summary>What <c>help</c> prints (the <c>module</c> command's usage shows it too).</summary>
    public static string Help { get; } = $"""
        set CODE=VALUE ...   send one DP command (0x09) setting each DP by schema code; a CPN01 name
                             stands for its DP (tdc, tr, noud, ttrmod, calcflag, setcnt, clrc, intmod);
                             writable: {Wrap(new DpAssignments(SensorDps.Create()).WritableCodes, 31)}
        query                ask the MCU for its product information again (0x01); the network
                             statuses 1..4 follow its answer, as after activation
        battery              ask whether the battery allows a firmware update (0xBC)
        network STATUS       report a network status (0x02): 1 searching, 2 found, 3 connected, 4 cloud
        offline SECONDS      lose the cloud for SECONDS: status 2, reports fail, records are retained
                             and uploaded when status 4 returns
        reset                restart the module: activation starts again
        status               what the module knows: network, product information, sleep lock, APN, ...
        help                 this list
        quit                 stop
        """;

    /// <summary>Runs <paramref name="line"/>; false when it was <c>quit</c>.</summary>
    public bool Execute(string line, TextWriter reply)
    {
        PromptLine input = PromptLine.Parse(line);
        if (input.TryRunCommon(Help, reply, out bool goOn))
        {
            return goOn;
        }

        switch (input.Command)
        {
            case "set":
                Set(input, reply);
                return true;
            case "query":
                Queue(input, reply, module.SendProductQuery, "product information query (0x01)");
                return true;
            case "battery":
                Queue(input, reply, module.SendBatteryCheck, "battery check (0xBC)");
                return true;
            case "network":
                Network(input, reply);
                return true;
            case "offline":
                if (input.TryNumber("SECONDS", 1, MaxOfflineSeconds, reply, out long seconds))
                {
                    module.GoOffline(seconds * 1000);
                    reply.WriteLine($"offline for {seconds} s (network status 2 until then)");
                }

                return true;
            case "reset":
                if (input.NoArguments(reply))
                {
                    module.Reset();
                    reply.WriteLine("module reset: activation starts again");
                }

                return true;
            case "status":
                if (input.NoArguments(reply))
                {
                    ModuleStatusText.Write(module, reply);
                }

                return true;
            default:
                input.Unknown(reply);
                return true;
        }
    }

    private void Set(PromptLine input, TextWriter reply)
    {
        string? problem = assignments.TryEncode(input.Arguments, out byte[] units);
        if (problem != null)
        {
            PromptLine.Error(reply, problem);
            return;
        }

        module.SendDpCommand(units);
        reply.WriteLine($"queued DP command (0x09): {string.Join(' ', input.Arguments)}");
    }

    private void Network(PromptLine input, TextWriter reply)
    {
        byte status = input.Arguments.Length == 1 ? ParseNetworkStatus(input.Arguments[0]) : (byte)0;
        if (status == 0)
        {
            PromptLine.Error(reply, "network takes one status: 1 searching, 2 found, 3 connected, 4 cloud");
            return;
        }

        module.SendNetworkStatus(status);
        reply.WriteLine($"queued network status {status} ({NetworkStatus.GetName(status)})");
    }

    private static byte ParseNetworkStatus(string text) => text.ToLowerInvariant() switch
    {
        "1" or "searching" => NetworkStatus.Searching,
        "2" or "found" => NetworkStatus.NetworkFound,
        "3" or "connected" => NetworkStatus.ConnectedNotBound,
        "4" or "cloud" => NetworkStatus.CloudConnected,
        _ => 0,
    };

    /// <summary>The codes, comma-separated, in lines of about 90 characters, continued with <paramref name="indent"/> spaces.</summary>
    private static string Wrap(IEnumerable<string> codes, int indent)
    {
        var text = new System.Text.StringBuilder();
        int column = indent;
        foreach (string code in codes)
        {
            if (text.Length > 0)
            {
                text.Append(',');
                column++;
                if (column + code.Length + 1 > 90)
                {
                    text.Append('\n').Append(' ', indent);
                    column = indent;
                }
                else
                {
                    text.Append(' ');
                    column++;
                }
            }

            text.Append(code);
            column += code.Length;
        }

        return text.ToString();
    }

    private static void Queue(PromptLine input, TextWriter reply, Action send, string what)
    {
        if (input.NoArguments(reply))
        {
            send();
            reply.WriteLine("queued " + what);
        }
    }
}
