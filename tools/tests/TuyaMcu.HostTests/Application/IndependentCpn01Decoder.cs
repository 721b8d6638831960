namespace TuyaMcu.HostTests.Application;

/// <summary>
/// A CPN01 payload decoder written from the manual's field table (and Dragino's published
/// decoder), independently of the firmware's encoder, to check the firmware's payload.
/// </summary>
public static class IndependentCpn01Decoder
{
    public sealed record Record(int ContactStatus, int TotalPulse, int LastOpenDurationMin, long Timestamp);

    public sealed record Payload(string DeviceId, int Version, int BatteryMv, int Signal, int Mod, int CalculateFlag, int ContactStatus, int Alarm, int TotalPulse, int LastOpenDurationMin, long Timestamp, List<Record> Records);

    public static Payload Decode(byte[] b)
    {
        static int U(byte[] b, int at, int n)
        {
            int v = 0;
            for (int i = 0; i < n; i++)
            {
                v = (v << 8) | b[at + i];
            }

            return v;
        }

        static long U32(byte[] b, int at) => ((long)b[at] << 24) | ((long)b[at + 1] << 16) | ((long)b[at + 2] << 8) | b[at + 3];

        string id = string.Concat(b.Take(8).Select(x => x.ToString("x2")));
        var records = new List<Record>();
        for (int at = 27; at + 11 <= b.Length; at += 11)
        {
            records.Add(new Record(b[at], U(b, at + 1, 3), U(b, at + 4, 3), U32(b, at + 7)));
        }

        Assert.Equal(0, (b.Length - 27) % 11);
        return new Payload(id, U(b, 8, 2), U(b, 10, 2), b[12], b[13], b[14], b[15], b[16], U(b, 17, 3), U(b, 20, 3), U32(b, 23), records);
    }
}
