namespace TuyaMcu.ApiGate.Analysis;

/// <summary>
/// The reviewed equivalence table. .NET has overloads the device API lacks, and for a call that
/// compiles against both, the host compiler may pick one of those while the device compiler picks
/// another overload with the same meaning. Each entry maps what .NET 10 binds (with C# 9) to what
/// the device compiler binds for the same source. Add an entry only when the device API has the
/// overload the device compiler would bind for the very same arguments and it means the same;
/// anything else stays an error. Every entry says why.
/// </summary>
internal static class Equivalences
{
    public static readonly Equivalence[] Entries =
    {
        // string.Format("{0}", a): .NET has fixed-arity overloads that avoid the params array; the
        // device has only Format(string, params object[]), which the device compiler binds in its
        // expanded form for the same arguments. Same output.
        new("M:System.String.Format(System.String,System.Object)", "M:System.String.Format(System.String,System.Object[])"),

        // string.Format("{0}{1}", a, b): as above.
        new("M:System.String.Format(System.String,System.Object,System.Object)", "M:System.String.Format(System.String,System.Object[])"),

        // string.Format("{0}{1}{2}", a, b, c): as above.
        new("M:System.String.Format(System.String,System.Object,System.Object,System.Object)", "M:System.String.Format(System.String,System.Object[])"),

        // s.Split(','): .NET binds Split(char, StringSplitOptions options = None); the device
        // compiler binds Split(params char[]) in expanded form. Same result as options None. A call
        // that passes StringSplitOptions has no device form, so the entry needs the options defaulted.
        new("M:System.String.Split(System.Char,System.StringSplitOptions)", "M:System.String.Split(System.Char[])", DeviceArgumentCount: 1),

        // s.Trim('x'): .NET binds Trim(char); the device compiler binds Trim(params char[]) in
        // expanded form. Same result.
        new("M:System.String.Trim(System.Char)", "M:System.String.Trim(System.Char[])"),

        // s.TrimStart('x'): as Trim.
        new("M:System.String.TrimStart(System.Char)", "M:System.String.TrimStart(System.Char[])"),

        // s.TrimEnd('x'): as Trim.
        new("M:System.String.TrimEnd(System.Char)", "M:System.String.TrimEnd(System.Char[])"),

        // Array.IndexOf(bytes, b): .NET infers the generic IndexOf<T>(T[], T); the device has only
        // IndexOf(Array, object), which the device compiler binds (boxing the value). Both compare
        // with Equals, so the result is the same for the primitive, enum and reference elements
        // device code has. (This also keeps the inferred generic from being reported as one.)
        new("M:System.Array.IndexOf``1(``0[],``0)", "M:System.Array.IndexOf(System.Array,System.Object)"),

        // Array.IndexOf(bytes, b, start): as above.
        new("M:System.Array.IndexOf``1(``0[],``0,System.Int32)", "M:System.Array.IndexOf(System.Array,System.Object,System.Int32)"),

        // Array.IndexOf(bytes, b, start, count): as above.
        new("M:System.Array.IndexOf``1(``0[],``0,System.Int32,System.Int32)", "M:System.Array.IndexOf(System.Array,System.Object,System.Int32,System.Int32)"),
    };
}
