using System;
using System.Collections.Generic;
using System.Linq;
using TuyaMcu.ApiGate.Reporting;
using Xunit;

namespace TuyaMcu.ApiGate.Tests.Support;

/// <summary>Assertions on violations that show every violation when they fail.</summary>
internal static class Expect
{
    /// <summary>There is a violation in <paramref name="file"/> at <paramref name="line"/> whose message contains every one of <paramref name="fragments"/>.</summary>
    public static void Violation(IReadOnlyList<Violation> violations, string file, int? line, params string[] fragments)
    {
        bool found = violations.Any(v => v.File == file && v.Line == line && fragments.All(f => v.Message.Contains(f, StringComparison.Ordinal)));
        Assert.True(found, $"expected {file}:{line}: ...{string.Join("...", fragments)}... among:\n{Describe(violations)}");
    }

    public static void None(IReadOnlyList<Violation> violations) =>
        Assert.True(violations.Count == 0, "expected no violations, got:\n" + Describe(violations));

    public static string Describe(IEnumerable<Violation> violations) =>
        string.Join("\n", violations.Select(v => "  " + v)) is { Length: > 0 } text ? text : "  (none)";
}
