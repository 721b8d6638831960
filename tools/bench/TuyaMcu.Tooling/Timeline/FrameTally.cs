namespace TuyaMcu.Tooling.Timeline;

/// <summary>Counts the frames a timeline shows: from the MCU, to it, and broken ones (marks are not frames).</summary>
public sealed class FrameTally
{
    /// <summary>Whole frames the MCU sent.</summary>
    public long FromMcu { get; private set; }

    /// <summary>Whole frames the module sent.</summary>
    public long ToMcu { get; private set; }

    /// <summary>Frames whose checksum failed, either way.</summary>
    public long Bad { get; private set; }

    /// <summary>Counts <paramref name="entry"/>.</summary>
    public void Add(TimelineEntry entry)
    {
        if (entry.IsMark)
        {
            return;
        }

        if (!entry.ChecksumOk)
        {
            Bad++;
        }
        else if (entry.FromMcu)
        {
            FromMcu++;
        }
        else
        {
            ToMcu++;
        }
    }
}
