namespace TuyaMcu.AtConsole
{
    /// <summary>One command of the catalog: its name, the line <c>AT?</c> shows, and the help <c>AT+CMD?</c> shows.</summary>
    public sealed class AtCommandInfo
    {
        /// <summary>Describes a command.</summary>
        public AtCommandInfo(string name, string summary, string usage)
        {
            Name = name;
            Summary = summary;
            Usage = usage;
        }

        /// <summary>The name without AT+, upper case.</summary>
        public string Name { get; private set; }

        /// <summary>What it does, in one line.</summary>
        public string Summary { get; private set; }

        /// <summary>Its forms and ranges.</summary>
        public string Usage { get; private set; }
    }
}
