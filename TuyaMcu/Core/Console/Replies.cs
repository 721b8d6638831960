namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// The wording of the console's common refusals, so every command names itself and the bad
    /// value the same way (the text after "ERROR: ").
    /// </summary>
    public static class Replies
    {
        /// <summary>A value the command cannot take: names the command, the value and why.</summary>
        public static string BadValue(AtLine line, string reason)
        {
            return line.Command + "=" + line.Value + ": " + reason;
        }

        /// <summary>A set or get form of a command that only runs.</summary>
        public static string RunOnly(AtLine line)
        {
            if (line.Form == AtForm.Set)
            {
                return line.Command + " takes no value (run it as " + line.Command + ")";
            }

            return line.Command + " has no value to get (run it as " + line.Command + ")";
        }

        /// <summary>The run form of a command that needs a value.</summary>
        public static string NeedsValue(AtLine line, string valueForm)
        {
            return line.Command + " needs a value: " + line.Command + "=" + valueForm;
        }

        /// <summary>The get form of a module setting the protocol cannot read back.</summary>
        public static string CannotRead(AtLine line)
        {
            return line.Command + " cannot be read back: the module has no query for it";
        }
    }
}
