namespace TuyaMcu.Tooling.Power;

/// <summary>Whether a <see cref="PowerEntry"/> value comes from a document or from reasoning.</summary>
public enum SourceKind
{
    /// <summary>Taken from a named document (datasheet + section or table, or a manual).</summary>
    Citation,

    /// <summary>Estimated; <see cref="PowerSource.Text"/> gives the reasoning.</summary>
    Assumption,

    /// <summary>Computed from a board setting (e.g. V / R of a pull-up); <see cref="PowerSource.Text"/> gives the setting and the arithmetic.</summary>
    Computed,
}

/// <summary>Where a <see cref="PowerEntry"/> value comes from: a citation, or an assumption with its reasoning.</summary>
public sealed record PowerSource
{
    private PowerSource(SourceKind kind, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("a power table source needs a citation or the reasoning of an assumption", nameof(text));
        }

        Kind = kind;
        Text = text.Trim();
    }

    public SourceKind Kind { get; }

    /// <summary>The citation (document, section or table, the figure) or the reasoning of the assumption.</summary>
    public string Text { get; }

    /// <summary>A value taken from a document: name it with section or table and the figure quoted.</summary>
    public static PowerSource Cite(string citation) => new(SourceKind.Citation, citation);

    /// <summary>An estimated value: say why it is what it is.</summary>
    public static PowerSource Assume(string reasoning) => new(SourceKind.Assumption, reasoning);

    /// <summary>A value computed from a board setting: name the setting and show the arithmetic.</summary>
    public static PowerSource Compute(string arithmetic) => new(SourceKind.Computed, arithmetic);

    /// <summary>"assumption: ..." for assumptions, "computed: ..." for computed values, the citation otherwise.</summary>
    public override string ToString() => Kind switch
    {
        SourceKind.Assumption => "assumption: " + Text,
        SourceKind.Computed => "computed: " + Text,
        _ => Text,
    };
}
