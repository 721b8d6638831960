using System;

namespace TuyaMcu.Battery
{
    /// <summary>
    /// State of charge from voltage, by linear interpolation between points. A lithium
    /// thionyl-chloride cell holds about 3.6 V for most of its life and falls steeply only near the
    /// end, so voltage says little until then: the percentage is an estimate, most useful as a
    /// "replace soon" warning.
    /// </summary>
    public sealed class BatteryCurve
    {
        private readonly int[] _millivolts;
        private readonly int[] _percent;

        /// <summary>A curve through (<paramref name="millivolts"/>[i], <paramref name="percent"/>[i]), voltages descending.</summary>
        public BatteryCurve(int[] millivolts, int[] percent)
        {
            if (millivolts == null || percent == null || millivolts.Length != percent.Length || millivolts.Length < 2)
            {
                throw new ArgumentException("a battery curve needs two or more (mV, %) points");
            }

            for (int i = 1; i < millivolts.Length; i++)
            {
                if (millivolts[i] >= millivolts[i - 1] || percent[i] > percent[i - 1])
                {
                    throw new ArgumentException("battery curve points must have falling voltage and non-rising charge");
                }
            }

            _millivolts = millivolts;
            _percent = percent;
        }

        /// <summary>
        /// The CPN01's pack: an ER26500 Li-SOCl2 cell with an SPC1520 hybrid capacitor, 8500 mAh,
        /// at light load. Assumption from typical ER26500 discharge curves (flat at 3.6 V, 3.4 V near
        /// 90 % used, then a steep fall), not a measured table for this pack.
        /// </summary>
        public static BatteryCurve LiSoCl2Er26500()
        {
            return new BatteryCurve(
                new int[] { 3650, 3600, 3550, 3500, 3450, 3400, 3300, 3200, 3000, 2800 },
                new int[] { 100, 90, 75, 55, 35, 20, 10, 5, 2, 0 });
        }

        /// <summary>Charge in percent for a voltage (clamped to 0..100).</summary>
        public int PercentAt(int millivolts)
        {
            if (millivolts >= _millivolts[0])
            {
                return _percent[0];
            }

            int last = _millivolts.Length - 1;
            if (millivolts <= _millivolts[last])
            {
                return _percent[last];
            }

            for (int i = 1; i <= last; i++)
            {
                if (millivolts >= _millivolts[i])
                {
                    int span = _millivolts[i - 1] - _millivolts[i];
                    int into = millivolts - _millivolts[i];
                    return _percent[i] + ((_percent[i - 1] - _percent[i]) * into + span / 2) / span;
                }
            }

            return _percent[last];
        }
    }
}
