namespace TuyaMcu.HostTests.Support;

/// <summary>
/// Checks figures a document quotes against what the code gives now. A figure that moved fails with a
/// message naming the file and line, the figure quoted there and the new one, so re-pinning is an
/// edit of that one line.
/// </summary>
public static class QuotedFigures
{
    /// <summary>
    /// The one line of <paramref name="document"/> (a path from the repository root) that contains every
    /// one of <paramref name="anchors"/>, with its 1-based number.
    /// </summary>
    public static (int Number, string Text) Line(string document, params string[] anchors)
    {
        string[] lines = File.ReadAllLines(Repository.PathOf(document));
        int[] found = Enumerable.Range(0, lines.Length).Where(i => anchors.All(a => lines[i].Contains(a, StringComparison.Ordinal))).ToArray();
        Assert.True(found.Length == 1, $"{document} has {found.Length} lines containing {string.Join(" and ", anchors.Select(a => $"'{a}'"))}, expected one");
        return (found[0] + 1, lines[found[0]]);
    }

    /// <summary>
    /// Fails unless <paramref name="quoted"/>, what line <paramref name="line"/> of <paramref name="document"/>
    /// says of <paramref name="what"/>, equals <paramref name="now"/>, what <paramref name="producedBy"/> gives today.
    /// </summary>
    public static void AssertSame(string document, int line, string what, string quoted, string now, string producedBy)
    {
        Assert.True(quoted == now,
            $"{document}:{line} quotes {what} as '{quoted}', but {producedBy} now gives '{now}': write '{now}' on that line of {document}");
    }

    /// <summary>
    /// Fails unless <paramref name="document"/> holds <paramref name="expected"/> as a whole line; the
    /// message shows the line quoted in its place (the one sharing the longest start) and the new one.
    /// </summary>
    public static void AssertQuotesLine(string document, string expected, string producedBy)
    {
        string[] lines = File.ReadAllLines(Repository.PathOf(document));
        if (lines.Contains(expected))
        {
            return;
        }

        int best = -1;
        int bestLength = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            int n = 0;
            while (n < lines[i].Length && n < expected.Length && lines[i][n] == expected[n])
            {
                n++;
            }

            if (n > bestLength)
            {
                best = i;
                bestLength = n;
            }
        }

        string where = best >= 0 && bestLength >= 12 ? $"{document}:{best + 1} quotes\n  {lines[best]}\n" : $"{document} does not quote it; ";
        Assert.Fail($"{where}but {producedBy} now prints\n  {expected}\nreplace that line of {document} with the new one");
    }
}
