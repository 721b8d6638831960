using System;
using System.Device.Gpio;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>An ESP32 input pin (the dry contact), pulled as the board says; every edge wakes the main loop, which debounces in time.</summary>
    public sealed class Esp32InputPin : IDigitalInput
    {
        private readonly GpioPin _pin;
        private readonly LoopSignal _signal;

        /// <summary>Opens <paramref name="pinNumber"/> as an input, with the internal pull-up only when <paramref name="pull"/> asks for it.</summary>
        public Esp32InputPin(GpioController gpio, int pinNumber, InputPull pull, LoopSignal signal)
        {
            _signal = signal;
            Pin = pinNumber;
            _pin = gpio.OpenPin(pinNumber, pull == InputPull.InternalPullUp ? PinMode.InputPullUp : PinMode.Input);

            // The firmware debounces exactly on its own clock; the driver's 10 ms steps stay off.
            _pin.DebounceTimeout = TimeSpan.Zero;
            _pin.ValueChanged += OnValueChanged;
        }

        /// <summary>The GPIO number (deep sleep wakes on it by number).</summary>
        public int Pin { get; private set; }

        /// <inheritdoc />
        public bool Read()
        {
            return _pin.Read() == PinValue.High;
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            _signal.Set();
        }
    }

    /// <summary>An ESP32 output pin (module wake and reset lines, LED).</summary>
    public sealed class Esp32OutputPin : IDigitalOutput
    {
        private readonly GpioPin _pin;

        /// <summary>Opens <paramref name="pinNumber"/> as an output at <paramref name="initialHigh"/>.</summary>
        public Esp32OutputPin(GpioController gpio, int pinNumber, bool initialHigh)
        {
            _pin = gpio.OpenPin(pinNumber, PinMode.Output);
            Write(initialHigh);
        }

        /// <inheritdoc />
        public void Write(bool high)
        {
            _pin.Write(high ? PinValue.High : PinValue.Low);
        }
    }
}
