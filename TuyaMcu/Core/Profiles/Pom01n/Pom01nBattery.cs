using TuyaMcu.Battery;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>The POM01-N's backup battery: a rechargeable 1000 mAh Li-ion cell.</summary>
    public static class Pom01nBattery
    {
        /// <summary>Capacity, mAh (the manual, 1.2).</summary>
        public const int CapacityMah = 1000;

        /// <summary>
        /// State of charge of a single Li-ion cell from its voltage, 4.19 V full to 3.10 V empty in
        /// 10 % steps: the open-circuit-voltage table Meshtastic's firmware uses for one Li-ion or
        /// LiPo cell (<c>OCV_ARRAY</c> in its <c>src/power.h</c>). An assumption for this pack, not a
        /// measured curve: a resting cell reads these, one under load a little lower, and one on
        /// charge (mains present) reads full.
        /// </summary>
        public static BatteryCurve LiIonCurve()
        {
            return new BatteryCurve(
                new int[] { 4190, 4050, 3990, 3890, 3800, 3720, 3630, 3530, 3420, 3300, 3100 },
                new int[] { 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0 });
        }
    }
}
