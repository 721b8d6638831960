using TuyaMcu.Platform;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// The <c>mcu</c> session's prompt: one line at a time, it opens and closes the contact, adds
/// meter pulses, passes AT commands to the firmware's AT console and shows what the MCU knows.
/// A bad line gets one "error: ..." line and changes nothing.
/// </summary>
public sealed class McuPrompt(McuSession session)
{
    /// <summary>Most pulses one <c>pulse</c> line adds.</summary>
    public const long MaxPulses = 1_000_000;

    /// <summary>What <c>help</c> prints.</summary>
    public const string Help = """
        open                 open the contact (debounced, counted, uplinked as the settings say)
        close                close the contact
        pulse N              N meter pulses (counted in pulse mode: AT+CFGMOD=2)
        input ROLE 0|1       set an input's level (pom01n: power_outage, low_voltage 1 = active; act_button 0 = pressed)
        at COMMAND           run COMMAND on the firmware's AT console (AT+CFG, AT+TDC=600, ATZ, ...);
                             a line starting with AT goes there as it is; AT? lists the commands
        status               what the MCU knows: module, network, time, contact, counters, uplinks
        help                 this list
        quit                 stop (state is saved first)
        """;

    /// <summary>Runs <paramref name="line"/>; false when it was <c>quit</c>.</summary>
    public bool Execute(string line, TextWriter reply)
    {
        PromptLine input = PromptLine.Parse(line);
        if (IsAtCommand(input.Text))
        {
            session.Console.Submit(input.Text);
            return true;
        }

        if (input.TryRunCommon(Help, reply, out bool goOn))
        {
            return goOn;
        }

        switch (input.Command)
        {
            case "at":
                // "at" alone is the attention command, taken above; here words follow it.
                session.Console.Submit(input.Text[2..].Trim());
                return true;
            case "open":
            case "close":
                if (session.Contact == null)
                {
                    reply.WriteLine($"error: this profile has no contact; its inputs: {InputRoles()}");
                }
                else if (input.NoArguments(reply))
                {
                    session.SetContact(closed: input.Command == "close");
                    reply.WriteLine($"contact {(input.Command == "close" ? "closed" : "open")}");
                }

                return true;
            case "pulse":
            case "pulses":
                if (session.Pulses == null)
                {
                    reply.WriteLine($"error: this profile has no pulse counter; its inputs: {InputRoles()}");
                }
                else if (input.TryNumber("N", 1, MaxPulses, reply, out long pulses))
                {
                    session.Pulses.Add(pulses);
                    reply.WriteLine($"{pulses} pulse(s) added, {session.Pulses.Total} in all");
                }

                return true;
            case "input":
                SetInput(input.Arguments, reply);
                return true;
            case "status":
                if (input.NoArguments(reply))
                {
                    McuStatusText.Write(session, reply);
                }

                return true;
            default:
                input.Unknown(reply);
                return true;
        }
    }

    private void SetInput(string[] words, TextWriter reply)
    {
        HardwareInput? target = words.Length == 2 ? Array.Find(session.Inputs, i => i.Role == words[0] && i.Level is SimulatedInput) : null;
        if (words.Length != 2 || target == null || words[1] is not ("0" or "1"))
        {
            reply.WriteLine($"error: input takes a role and 0 or 1 (roles: {InputRoles()}), got '{string.Join(' ', words)}'");
            return;
        }

        ((SimulatedInput)target.Level).Level = words[1] == "1";
        reply.WriteLine($"{target.Role} {words[1]}");
    }

    private string InputRoles() => string.Join(", ", session.Inputs.Where(i => i.Level is SimulatedInput).Select(i => i.Role));

    /// <summary>AT, AT?, ATZ, AT+...: a line the console takes as it is.</summary>
    private static bool IsAtCommand(string text) =>
        text.StartsWith("AT", StringComparison.OrdinalIgnoreCase) && (text.Length == 2 || text[2] is '+' or '?' or 'Z' or 'z');
}
