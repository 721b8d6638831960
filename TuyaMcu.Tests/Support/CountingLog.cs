using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    /// <summary>Counts log lines by level and keeps the first warning or error, so a long run keeps nothing else.</summary>
    internal sealed class CountingLog : ILog
    {
        public int Lines;
        public int Warnings;
        public int Errors;
        public string FirstProblem;

        public void Write(LogLevel level, string component, string message)
        {
            Lines++;
            if (level == LogLevel.Warning)
            {
                Warnings++;
            }
            else if (level == LogLevel.Error)
            {
                Errors++;
            }
            else
            {
                return;
            }

            if (FirstProblem == null)
            {
                FirstProblem = component + ": " + message;
            }
        }
    }
}
