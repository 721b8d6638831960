using System;
using TuyaMcu.ApiTwins.Simulation;

namespace System.Device.Gpio
{
    /// <summary>Twin of nanoFramework's pin modes.</summary>
    public enum PinMode
    {
        Input,
        Output,
        InputPullDown,
        InputPullUp,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown,
    }

    /// <summary>Twin of nanoFramework's pin event types.</summary>
    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }

    /// <summary>Twin of nanoFramework's pin value.</summary>
    public readonly struct PinValue : IEquatable<PinValue>
    {
        private readonly byte _value;

        private PinValue(byte value)
        {
            _value = value;
        }

        /// <summary>High.</summary>
        public static PinValue High => new(1);

        /// <summary>Low.</summary>
        public static PinValue Low => new(0);

        public static implicit operator PinValue(int value) => new(value == 0 ? (byte)0 : (byte)1);

        public static implicit operator PinValue(bool value) => new(value ? (byte)1 : (byte)0);

        public static explicit operator int(PinValue value) => value._value;

        public static explicit operator byte(PinValue value) => value._value;

        public static explicit operator bool(PinValue value) => value._value != 0;

        public static bool operator ==(PinValue a, PinValue b) => a._value == b._value;

        public static bool operator !=(PinValue a, PinValue b) => a._value != b._value;

        /// <inheritdoc />
        public bool Equals(PinValue other) => _value == other._value;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PinValue other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _value;

        /// <inheritdoc />
        public override string ToString() => _value == 0 ? "Low" : "High";
    }

    /// <summary>Twin of the pin event handler.</summary>
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs pinValueChangedEventArgs);

    /// <summary>Twin of the pin event arguments.</summary>
    public class PinValueChangedEventArgs : EventArgs
    {
        /// <summary>Creates arguments.</summary>
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber)
        {
            ChangeType = changeType;
            PinNumber = pinNumber;
        }

        /// <summary>Rising or falling.</summary>
        public PinEventTypes ChangeType { get; }

        /// <summary>The pin.</summary>
        public int PinNumber { get; }
    }

    /// <summary>Twin of nanoFramework's GpioController, backed by the simulated board.</summary>
    public class GpioController : IDisposable
    {
        /// <summary>Creates a controller.</summary>
        public GpioController()
        {
        }

        /// <summary>Opens a pin in <paramref name="mode"/>.</summary>
        public GpioPin OpenPin(int pinNumber, PinMode mode)
        {
            var pin = new GpioPin(pinNumber, mode);
            Board.OpenPins.Add(pin);
            return pin;
        }

        /// <summary>Closes a pin.</summary>
        public void ClosePin(int pinNumber) => Board.OpenPins.RemoveAll(p => p.PinNumber == pinNumber);

        /// <summary>True when the pin is open.</summary>
        public bool IsPinOpen(int pinNumber) => Board.OpenPins.Exists(p => p.PinNumber == pinNumber);

        /// <summary>Releases every pin.</summary>
        public void Dispose() => Board.OpenPins.Clear();
    }

    /// <summary>Twin of nanoFramework's GpioPin.</summary>
    public class GpioPin : IDisposable
    {
        private PinMode _mode;

        internal GpioPin(int pinNumber, PinMode mode)
        {
            PinNumber = pinNumber;
            _mode = mode;
        }

        /// <summary>The pin number.</summary>
        public int PinNumber { get; }

        /// <summary>Debounce applied by the driver (10 ms steps on the ESP32).</summary>
        public TimeSpan DebounceTimeout { get; set; }

        /// <summary>Raised on edges.</summary>
        public event PinValueChangedEventHandler? ValueChanged;

        /// <summary>The mode.</summary>
        public PinMode GetPinMode() => _mode;

        /// <summary>Changes the mode.</summary>
        public void SetPinMode(PinMode mode) => _mode = mode;

        /// <summary>Reads the level.</summary>
        public PinValue Read()
        {
            if (_mode is PinMode.Output or PinMode.OutputOpenDrain or PinMode.OutputOpenDrainPullUp or PinMode.OutputOpenSource or PinMode.OutputOpenSourcePullDown)
            {
                return Board.Outputs.TryGetValue(PinNumber, out bool written) && written;
            }

            return !Board.Inputs.TryGetValue(PinNumber, out bool level) || level;
        }

        /// <summary>Writes the level.</summary>
        public void Write(PinValue value) => Board.Outputs[PinNumber] = (bool)value;

        /// <summary>Inverts the level.</summary>
        public void Toggle() => Write(!(bool)Read());

        /// <summary>Releases the pin.</summary>
        public void Dispose() => Board.OpenPins.Remove(this);

        internal void Raise(PinEventTypes change) => ValueChanged?.Invoke(this, new PinValueChangedEventArgs(change, PinNumber));
    }

    /// <summary>Twin of the ESP32 pulse counter's polarity.</summary>
    public enum GpioPulsePolarity
    {
        Rising,
        Falling,
        Both,
    }

    /// <summary>Twin of a pulse counter reading.</summary>
    public struct GpioPulseCount
    {
        /// <summary>Pulses counted.</summary>
        public ulong Count;

        /// <summary>Time of the reading.</summary>
        public TimeSpan RelativeTime;
    }

    /// <summary>Twin of the ESP32's PCNT pulse counter (nanoFramework.Hardware.Esp32), backed by the simulated board.</summary>
    public class GpioPulseCounter : IDisposable
    {
        private readonly int _pin;

        /// <summary>Counts pulses on <paramref name="pinNumberA"/> (pinNumberB for quadrature, -1 when unused).</summary>
        public GpioPulseCounter(int pinNumberA, int pinNumberB)
        {
            _pin = pinNumberA;
        }

        /// <summary>Which edges count.</summary>
        public GpioPulsePolarity Polarity { get; set; } = GpioPulsePolarity.Rising;

        /// <summary>Glitch filter.</summary>
        public TimeSpan FilterPulses { get; set; }

        /// <summary>True while counting.</summary>
        public bool IsStarted { get; private set; }

        /// <summary>Starts counting.</summary>
        public void Start() => IsStarted = true;

        /// <summary>Stops counting.</summary>
        public void Stop() => IsStarted = false;

        /// <summary>Reads the count.</summary>
        public GpioPulseCount Read() => new() { Count = Board.Pulses.TryGetValue(_pin, out ulong n) ? n : 0 };

        /// <summary>Sets the count to zero (the firmware never does: it would lose pulses).</summary>
        public GpioPulseCount Reset()
        {
            GpioPulseCount count = Read();
            Board.Pulses[_pin] = 0;
            return count;
        }

        /// <summary>Stops counting.</summary>
        public void Dispose() => Stop();
    }
}
