using TuyaMcu.Hal;

namespace TuyaMcu.Tests.Support
{
    /// <summary>Keeps every logged message, one a line.</summary>
    internal sealed class RecordingLog : ILog
    {
        public string Text = string.Empty;

        public void Write(LogLevel level, string component, string message)
        {
            Text = Text + message + "\n";
        }
    }
}
