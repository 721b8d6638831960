using System.Diagnostics;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>Logs to the debugger's output (Visual Studio / VS Code); debug-level lines only when verbose.</summary>
    public sealed class DebugLog : ILog
    {
        /// <summary>Also write Debug-level lines (AT+DEBUG=1).</summary>
        public bool Verbose;

        /// <inheritdoc />
        public void Write(LogLevel level, string component, string message)
        {
            if (level == LogLevel.Debug && !Verbose)
            {
                return;
            }

            Debug.WriteLine(LevelText(level) + " " + component + ": " + message);
        }

        private static string LevelText(LogLevel level)
        {
            switch (level)
            {
                case LogLevel.Debug: return "[debug]";
                case LogLevel.Info: return "[info]";
                case LogLevel.Warning: return "[warn]";
                default: return "[error]";
            }
        }
    }
}
