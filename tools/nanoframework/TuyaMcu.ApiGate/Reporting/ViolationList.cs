using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TuyaMcu.ApiGate.Reporting;

/// <summary>Collects violations, each distinct one (same place, same message) once.</summary>
internal sealed class ViolationList
{
    private readonly List<Violation> _items = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public void Add(Violation violation)
    {
        if (_seen.Add(violation.ToString()))
        {
            _items.Add(violation);
        }
    }

    public void Add(string file, int? line, string message) => Add(new Violation(file, line, message));

    /// <summary>Adds a violation at the line where <paramref name="location"/> starts (its tree's path is already repository-relative).</summary>
    public void Add(Location location, string message)
    {
        FileLinePositionSpan span = location.GetLineSpan();
        Add(span.Path, span.StartLinePosition.Line + 1, message);
    }

    public void AddRange(IEnumerable<Violation> violations)
    {
        foreach (Violation violation in violations)
        {
            Add(violation);
        }
    }

    /// <summary>The violations ordered by file, then line, then the order they were found in.</summary>
    public IReadOnlyList<Violation> Sorted() =>
        _items.OrderBy(v => v.File, StringComparer.Ordinal).ThenBy(v => v.Line ?? 0).ToList();
}
