using System;
using System.Linq;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Removes the frames a reader does not need from a failure's stack trace: the assertion's own frames
    /// at the top (nanoFramework.TestFramework) and the reflection and runner frames at the bottom.
    /// </summary>
    internal static class StackTraceTrimmer
    {
        private static readonly string[] FrameworkFrames = { "at nanoFramework.TestFramework." };

        private static readonly string[] InvocationFrames =
        {
            "at System.Reflection.", "at InvokeStub_", "at System.RuntimeMethodHandle.", "at TuyaMcu.NanoTest.Runner.",
        };

        public static string Trim(string stackTrace)
        {
            if (string.IsNullOrEmpty(stackTrace))
            {
                return stackTrace;
            }

            string[] frames = stackTrace.Split('\n').Select(frame => frame.TrimEnd('\r')).ToArray();
            int first = 0;
            while (first < frames.Length && StartsWithAny(frames[first], FrameworkFrames))
            {
                first++;
            }

            int last = frames.Length - 1;
            while (last >= first && StartsWithAny(frames[last], InvocationFrames))
            {
                last--;
            }

            // Keep everything when nothing but framework frames would be left.
            return last < first ? stackTrace : string.Join(Environment.NewLine, frames[first..(last + 1)]);
        }

        private static bool StartsWithAny(string frame, string[] prefixes)
        {
            string trimmed = frame.TrimStart();
            return prefixes.Any(prefix => trimmed.StartsWith(prefix, StringComparison.Ordinal));
        }
    }
}
