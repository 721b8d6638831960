using TuyaMcu.Dispatch;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// The device profile a bench runs, as the page and the API need it: its DP schema, a checked
/// encoder of <c>code=value</c> words into the DP units of one DP command, and which DPs the plots follow.
/// </summary>
/// <param name="Name">The profile's name (<c>cpn01</c>).</param>
/// <param name="Schema">Its DPs in id order.</param>
/// <param name="Encode">The words' DP units, or the first problem as one line.</param>
/// <param name="Plots">The DPs behind the plots.</param>
public sealed record BenchProfile(string Name, DpDefinition[] Schema, Func<IReadOnlyList<string>, (string? Problem, byte[] Units)> Encode, BenchPlotCodes Plots)
{
    /// <summary>The DP with this id, or null.</summary>
    public DpDefinition? Find(int id) => Array.Find(Schema, d => d.Id == id);

    /// <summary>The DP with this code, or null.</summary>
    public DpDefinition? Find(string code) => Array.Find(Schema, d => d.Code == code);
}

/// <summary>
/// The DPs the plots follow where the session cannot read the world itself (a real board):
/// the contact (and whether true means open), the count, the battery in mV, the signal.
/// </summary>
public sealed record BenchPlotCodes(string Contact, bool ContactTrueIsOpen, string Count, string BatteryMillivolts, string Signal);
