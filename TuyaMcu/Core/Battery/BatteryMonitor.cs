using System;
using TuyaMcu.Hal;

namespace TuyaMcu.Battery
{
    /// <summary>
    /// The battery's voltage and charge, from an ADC channel behind a resistor divider: each
    /// measurement averages several readings, scales them by the ADC's full-scale voltage and the
    /// divider ratio, and adds a calibration offset. It measures at start-up and then every
    /// <see cref="IntervalMs"/> (a reading costs current through the divider's switch and time).
    /// With no ADC (external power) it reports -1, which the module's battery check takes as "okay".
    /// </summary>
    public sealed class BatteryMonitor : IBatteryLevel
    {
        /// <summary>Readings averaged per measurement.</summary>
        public const int Samples = 8;

        private readonly IAnalogInput _adc;
        private readonly int _fullScaleMv;
        private readonly int _ratioPermille;
        private readonly int _offsetMv;
        private readonly BatteryCurve _curve;
        private long _nextAt;

        /// <summary>A monitor on <paramref name="adc"/> (null: external power).</summary>
        /// <param name="adc">The divider's tap, or null.</param>
        /// <param name="fullScaleMv">Voltage at the ADC's full-scale reading, mV.</param>
        /// <param name="ratioPermille">Battery voltage over tap voltage, × 1000.</param>
        /// <param name="offsetMv">Calibration added after scaling, mV.</param>
        /// <param name="curve">Charge from voltage.</param>
        /// <param name="intervalMs">Time between measurements.</param>
        public BatteryMonitor(IAnalogInput adc, int fullScaleMv, int ratioPermille, int offsetMv, BatteryCurve curve, long intervalMs)
        {
            // A zero interval would measure (8 ADC reads) on every loop pass.
            if (adc != null && (fullScaleMv <= 0 || ratioPermille < 1000 || adc.MaxValue <= 0 || intervalMs <= 0))
            {
                throw new ArgumentException("battery ADC: the full scale (" + fullScaleMv.ToString() + " mV), the ADC maximum (" + adc.MaxValue.ToString()
                    + ") and the interval (" + intervalMs.ToString() + " ms) must be positive, the divider ratio (" + ratioPermille.ToString() + " permille) at least 1000");
            }

            _adc = adc;
            _fullScaleMv = fullScaleMv;
            _ratioPermille = ratioPermille;
            _offsetMv = offsetMv;
            _curve = curve == null ? BatteryCurve.LiSoCl2Er26500() : curve;
            IntervalMs = intervalMs;
            Millivolts = -1;
            Percent = -1;
        }

        /// <summary>Time between measurements, ms.</summary>
        public long IntervalMs { get; private set; }

        /// <inheritdoc />
        public int Percent { get; private set; }

        /// <inheritdoc />
        public int Millivolts { get; private set; }

        /// <summary>When the next measurement is due, or <see cref="long.MaxValue"/> without an ADC.</summary>
        public long NextDueMs
        {
            get { return _adc == null ? long.MaxValue : _nextAt; }
        }

        /// <summary>Measures if due.</summary>
        public void Update(long nowMs)
        {
            if (_adc == null || nowMs < _nextAt)
            {
                return;
            }

            Measure();
            _nextAt = nowMs + IntervalMs;
        }

        /// <summary>Measures now.</summary>
        public void Measure()
        {
            if (_adc == null)
            {
                return;
            }

            long sum = 0;
            for (int i = 0; i < Samples; i++)
            {
                sum += _adc.Read();
            }

            long tapMv = sum * _fullScaleMv / ((long)_adc.MaxValue * Samples);
            int mv = (int)(tapMv * _ratioPermille / 1000) + _offsetMv;
            Millivolts = mv < 0 ? 0 : mv;
            Percent = _curve.PercentAt(Millivolts);
        }
    }
}
