namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// One AT command line taken apart: its form, the command name (upper case, without AT+) and
    /// the value of the set form (as typed, trimmed). Names are case-insensitive; values are not
    /// (passwords, APNs).
    /// </summary>
    public sealed class AtLine
    {
        private AtLine(AtForm form, string name, string value)
        {
            Form = form;
            Name = name;
            Value = value;
        }

        /// <summary>The form.</summary>
        public AtForm Form { get; private set; }

        /// <summary>The command name without AT+, upper case; empty for AT, AT? and ATZ.</summary>
        public string Name { get; private set; }

        /// <summary>The value of the set form (possibly empty), else null.</summary>
        public string Value { get; private set; }

        /// <summary>The command as the user names it, e.g. AT+TDC.</summary>
        public string Command
        {
            get { return "AT+" + Name; }
        }

        /// <summary>
        /// Reads the set form's value as a whole number within <paramref name="min"/>..<paramref name="max"/>.
        /// Null when it is one, else the refusal naming the command, the value and why, the range
        /// followed by <paramref name="unit"/> and the reason by <paramref name="hint"/> (each may be null).
        /// </summary>
        public string ParseNumber(long min, long max, string unit, string hint, out long value)
        {
            string error = NumberText.Parse(Value, min, max, unit, out value);
            if (error == null)
            {
                return null;
            }

            return Replies.BadValue(this, hint == null ? error : error + " " + hint);
        }

        /// <summary>
        /// Parses a trimmed, non-empty line. Returns null and the parsed line, or an error message
        /// (without the "ERROR: " prefix) naming what is wrong.
        /// </summary>
        public static string Parse(string line, out AtLine parsed)
        {
            parsed = null;
            string upper = line.ToUpper();
            if (!upper.StartsWith("AT"))
            {
                return "not an AT command: '" + line + "' (commands start with AT; AT? lists them)";
            }

            if (upper == "AT")
            {
                parsed = new AtLine(AtForm.Attention, string.Empty, null);
                return null;
            }

            if (upper == "AT?")
            {
                parsed = new AtLine(AtForm.ShortHelp, string.Empty, null);
                return null;
            }

            if (upper == "ATZ")
            {
                parsed = new AtLine(AtForm.Reset, string.Empty, null);
                return null;
            }

            if (upper[2] != '+')
            {
                return "unknown command " + line + " (AT? lists the commands)";
            }

            // The name runs to '=' or '?'; the manual writes "AT+ DEBUG", so spaces around it go.
            int end = 3;
            while (end < line.Length && line[end] != '=' && line[end] != '?')
            {
                end++;
            }

            string name = upper.Substring(3, end - 3).Trim();
            if (name.Length == 0)
            {
                return "missing command name after AT+ (AT? lists the commands)";
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return "malformed command name '" + line.Substring(3, end - 3).Trim() + "' (AT? lists the commands)";
                }
            }

            string rest = line.Substring(end);
            if (rest.Length == 0)
            {
                parsed = new AtLine(AtForm.Run, name, null);
                return null;
            }

            if (rest == "?")
            {
                parsed = new AtLine(AtForm.Help, name, null);
                return null;
            }

            if (rest[0] == '=' && rest.Substring(1).Trim() == "?")
            {
                parsed = new AtLine(AtForm.Get, name, null);
                return null;
            }

            if (rest[0] == '=')
            {
                parsed = new AtLine(AtForm.Set, name, rest.Substring(1).Trim());
                return null;
            }

            return "malformed: '" + line + "'; the forms are AT+" + name + ", AT+" + name + "?, AT+" + name + "=? and AT+" + name + "=<value>";
        }
    }
}
