using System;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>
    /// Logs to the debug output (Visual Studio / VS Code's Output window, or the USB serial port
    /// when no debugger is attached); debug-level lines only when verbose (AT+DEBUG=1).
    /// It writes through <c>Console.WriteLine</c>, not <c>Debug.WriteLine</c>: nanoFramework's
    /// <c>Debug.WriteLine</c> is <c>[Conditional("DEBUG")]</c>, so a Release build, the one flashed
    /// to devices, would compile every call out and log nothing, errors included. Both end in the
    /// same native write.
    /// </summary>
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

            Console.WriteLine(LevelText(level) + " " + component + ": " + message);
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
