using System;
using System.Diagnostics;
using System.IO;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Captures what a running test writes: Console.Out, OutputHelper (which writes to the console, as on the
    /// device), Debug and Trace go to the standard output; Console.Error to the standard error. While capturing,
    /// a failing Debug.Assert or Trace.Fail throws a <see cref="DebugAssertFailedException"/> into the test
    /// instead of ending the test process.
    /// </summary>
    internal sealed class OutputCapture : IDisposable
    {
        private readonly StringWriter output = new();
        private readonly StringWriter error = new();
        private readonly TextWriter previousOut;
        private readonly TextWriter previousError;
        private readonly CapturingTraceListener listener;
        private bool stopped;

        private OutputCapture()
        {
            TextWriter sharedOutput = TextWriter.Synchronized(output);
            previousOut = Console.Out;
            previousError = Console.Error;
            listener = new CapturingTraceListener(sharedOutput);
            Console.SetOut(sharedOutput);
            Console.SetError(TextWriter.Synchronized(error));
            Trace.Listeners.Insert(0, listener);
        }

        /// <summary>Everything written to the standard output while capturing.</summary>
        public string StandardOutput => output.ToString();

        /// <summary>Everything written to the standard error while capturing.</summary>
        public string StandardError => error.ToString();

        /// <summary>Starts capturing; dispose the result to stop.</summary>
        public static OutputCapture Start() => new();

        /// <summary>Stops capturing and restores the console and trace listeners.</summary>
        public void Dispose()
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            Trace.Listeners.Remove(listener);
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }

        private sealed class CapturingTraceListener : TraceListener
        {
            private readonly TextWriter writer;

            public CapturingTraceListener(TextWriter writer)
            {
                this.writer = writer;
            }

            public override void Write(string message) => writer.Write(message);

            public override void WriteLine(string message) => writer.WriteLine(message);

            public override void Fail(string message, string detailMessage) =>
                throw new DebugAssertFailedException(
                    "Debug.Assert failed." + (string.IsNullOrEmpty(message) ? string.Empty : " " + message)
                    + (string.IsNullOrEmpty(detailMessage) ? string.Empty : " " + detailMessage));
        }
    }

    /// <summary>A Debug.Assert or Trace.Fail failed while a test ran.</summary>
    internal sealed class DebugAssertFailedException : Exception
    {
        public DebugAssertFailedException(string message)
            : base(message)
        {
        }
    }
}
