using System.Globalization;
using TuyaMcu.Board;

namespace TuyaMcu.Tooling.Power;

/// <summary>
/// The current through a contact's pull-up while the contact is closed, from the board's setting
/// (<see cref="BoardInput.PullUpOhms"/> and <see cref="BoardInput.Pull"/>): the rail voltage across
/// the external resistor, plus across the ESP32's internal pull-up when the board turns it on.
/// </summary>
public static class ContactPullUp
{
    /// <summary>The board's 3.3 V rail, across the pull-up while the contact holds the pin at 0 V.</summary>
    public const double RailVolts = 3.3;

    /// <summary>
    /// The ESP32's internal pull-up, Ω: ESP32 Series Datasheet, 'DC Characteristics (3.3 V, 25 °C)'
    /// table, R_PU typical 45 kΩ (no minimum or maximum given).
    /// </summary>
    public const int InternalPullUpOhms = 45_000;

    /// <summary>Current while the contact is closed, µA; 0 for an input with no pull-up at all.</summary>
    public static double ClosedMicroamps(BoardInput contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        double amps = 0;
        if (contact.PullUpOhms > 0)
        {
            amps += RailVolts / contact.PullUpOhms;
        }

        if (contact.Pull == InputPull.InternalPullUp)
        {
            amps += RailVolts / InternalPullUpOhms;
        }

        return amps * 1e6;
    }

    /// <summary>"470 kΩ external", "internal (45 kΩ typical)", both joined by " + ", or "none".</summary>
    public static string Describe(BoardInput contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var parts = new List<string>();
        if (contact.PullUpOhms > 0)
        {
            parts.Add(Ohms(contact.PullUpOhms) + " external");
        }

        if (contact.Pull == InputPull.InternalPullUp)
        {
            parts.Add("internal (" + Ohms(InternalPullUpOhms) + " typical)");
        }

        return parts.Count == 0 ? "none" : string.Join(" + ", parts);
    }

    /// <summary>The power table's source for the pull-up entry: the setting and the arithmetic.</summary>
    public static PowerSource Source(BoardInput contact, string boardName)
    {
        double microamps = ClosedMicroamps(contact);
        string internalNote = contact.Pull == InputPull.InternalPullUp
            ? " The internal pull-up's 45 kOhm is the ESP32 Series Datasheet's typical R_PU ('DC Characteristics' table); nanoFramework does not "
              + "keep it configured through deep sleep, so a battery board must not rely on it (hardware/wiring.md)."
            : string.Empty;
        return PowerSource.Compute(string.Create(CultureInfo.InvariantCulture,
            $"{RailVolts:0.0} V across the contact row's pull-up of {boardName} ({Describe(contact).Replace("Ω", "Ohm", StringComparison.Ordinal)}; "
            + $"BoardInput.PullUpOhms and Pull) = {microamps:0.##} uA, charged only for ActivityCounts.ContactClosedTime.{internalNote}"));
    }

    /// <summary>"470 kΩ", "1 MΩ", "2.2 kΩ".</summary>
    public static string Ohms(int ohms) => ohms >= 1_000_000
        ? (ohms / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + " MΩ"
        : ohms >= 1000 ? (ohms / 1e3).ToString("0.##", CultureInfo.InvariantCulture) + " kΩ"
        : ohms.ToString(CultureInfo.InvariantCulture) + " Ω";
}
