namespace TuyaMcu.AtConsole
{
    /// <summary>
    /// A set of <c>AT+</c> commands the console runs: the device's own, the module's, and the one a
    /// device profile adds. A group finds its commands by name (a <c>switch</c>), and its help texts
    /// are literals, which nanoCLR leaves in the assembly (flash): a group costs the heap only its
    /// own object, however many commands it has.
    /// </summary>
    public interface IAtCommandGroup
    {
        /// <summary>Writes one line per command for <c>AT?</c>: <c>AT+NAME: what it does</c>.</summary>
        void WriteSummaries(ConsoleOutput output);

        /// <summary>Writes what <c>AT?</c> adds after every group's commands (the commands this device has no use for), or nothing.</summary>
        void WriteNotes(ConsoleOutput output);

        /// <summary>The help <c>AT+NAME?</c> shows (forms and ranges), or null when <paramref name="name"/> (upper case, without AT+) is not this group's.</summary>
        string Usage(string name);

        /// <summary>Runs <paramref name="line"/> (any form but help); false, with nothing written, when its command is not this group's.</summary>
        bool Execute(AtLine line);

        /// <summary>True while a command of this group waits for the module (its answer is written when it comes).</summary>
        bool IsWaiting { get; }

        /// <summary>Writes what <c>AT+CFG</c> shows of this group's settings, as the commands that set them.</summary>
        void WriteConfiguration(ConsoleOutput output);

        /// <summary>Writes what <c>AT+CFG</c> shows of the state this group knows, after every group's settings.</summary>
        void WriteState(ConsoleOutput output);
    }
}
