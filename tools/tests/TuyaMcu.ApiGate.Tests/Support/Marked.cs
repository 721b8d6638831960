using System;

namespace TuyaMcu.ApiGate.Tests.Support;

/// <summary>Device source whose offending line ends with the marker comment <c>// &lt;--</c>.</summary>
internal static class Marked
{
    public const string Marker = "// <--";

    /// <summary>The 1-based line of the marker.</summary>
    public static int Line(string source)
    {
        string[] lines = source.Replace("\r\n", "\n").Split('\n');
        int index = Array.FindIndex(lines, l => l.Contains(Marker, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new ArgumentException("the source has no " + Marker + " marker");
        }

        return index + 1;
    }
}
