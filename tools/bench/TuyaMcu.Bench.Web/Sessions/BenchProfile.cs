using TuyaMcu.Dispatch;
using TuyaMcu.Tooling.Simulation;

namespace TuyaMcu.Bench.Web.Sessions;

/// <summary>
/// The device profile a bench runs, as the page and the API need it: its DP schema, a checked
/// encoder of <c>code=value</c> words into the DP units of one DP command, which DPs the plots
/// follow, and the roles of its inputs (which world controls it has).
/// </summary>
/// <param name="Name">The profile's name (<c>cpn01</c>).</param>
/// <param name="Schema">Its DPs in id order.</param>
/// <param name="Encode">The words' DP units, or the first problem as one line.</param>
/// <param name="Plots">The DPs behind the plots.</param>
/// <param name="InputRoles">Its inputs' roles (contact, pulse; power_outage, low_voltage, act_button).</param>
public sealed record BenchProfile(string Name, DpDefinition[] Schema, Func<IReadOnlyList<string>, (string? Problem, byte[] Units)> Encode, BenchPlotCodes Plots, string[] InputRoles)
{
    /// <summary>The DP with this id, or null.</summary>
    public DpDefinition? Find(int id) => Array.Find(Schema, d => d.Id == id);

    /// <summary>The DP with this code, or null.</summary>
    public DpDefinition? Find(string code) => Array.Find(Schema, d => d.Code == code);

    /// <summary>True when the profile has an input of this role.</summary>
    public bool HasInput(string role) => Array.IndexOf(InputRoles, role) >= 0;

    /// <summary>
    /// The world controls its inputs offer, as <c>/api/world/NAME</c> names them: contact and
    /// pulses (CPN01), outage, brown-out and button (POM01-N), and the battery.
    /// </summary>
    public string[] WorldControls =>
    [
        .. HasInput(Profiles.Cpn01.Cpn01Profile.ContactRole) ? new[] { "contact" } : [],
        .. HasInput(Profiles.Cpn01.Cpn01Profile.PulseRole) ? new[] { "pulses" } : [],
        .. ProfileSimulation.HeldInputs.Where(h => HasInput(h.Value)).Select(h => h.Key),
        "battery",
    ];
}

/// <summary>
/// The DPs the plots follow where the session cannot read the world itself (a real board):
/// the contact (and whether true means open) and the count where the profile has them (null
/// where not), the battery in mV, the signal, and the bool DPs drawn as steps (power_outage, low_voltage).
/// </summary>
public sealed record BenchPlotCodes(string? Contact, bool ContactTrueIsOpen, string? Count, string BatteryMillivolts, string Signal, string[] Steps)
{
    /// <summary>The plots' strips, top to bottom, as the state names them (a step strip by its DP code).</summary>
    public string[] Strips =>
    [
        .. Contact != null ? new[] { "contact" } : [],
        .. Count != null ? new[] { "count" } : [],
        .. Steps,
        "batteryMv",
        "signal",
    ];
}
