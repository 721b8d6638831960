using System.Collections.Generic;

namespace TuyaMcu.ApiTwins.Simulation;

/// <summary>
/// The state behind the API twins: what a simulated ESP32's pins, UARTs, counters and ADC
/// read, and what the firmware did to them. Internal: the twins' public surface is exactly
/// the nanoFramework API. <see cref="Reset"/> between tests.
/// </summary>
internal static class Board
{
    private static readonly object Gate = new();

    /// <summary>Simulated UARTs by port name.</summary>
    public static readonly Dictionary<string, SimulatedUart> Uarts = new();

    /// <summary>Input levels by GPIO (unset pins read high, as with a pull-up).</summary>
    public static readonly Dictionary<int, bool> Inputs = new();

    /// <summary>Output levels written by GPIO.</summary>
    public static readonly Dictionary<int, bool> Outputs = new();

    /// <summary>Pin functions set with Configuration.SetPinFunction, by GPIO.</summary>
    public static readonly Dictionary<int, int> PinFunctions = new();

    /// <summary>Pulse counts by GPIO.</summary>
    public static readonly Dictionary<int, ulong> Pulses = new();

    /// <summary>ADC readings by channel.</summary>
    public static readonly Dictionary<int, int> Adc = new();

    /// <summary>Open GPIO pins, to raise their ValueChanged events.</summary>
    public static readonly List<System.Device.Gpio.GpioPin> OpenPins = new();

    /// <summary>Times Power.RebootDevice was called.</summary>
    public static int Reboots;

    /// <summary>Times Sleep.StartDeepSleep was called, and the wake-up set for it.</summary>
    public static int DeepSleeps;

    public static System.TimeSpan WakeTimer;

    public static int WakePin = -1;

    public static int WakeLevel = -1;

    /// <summary>The pins of the last multi-pin wake-up (ext1) the firmware asked for, as a mask, or 0.</summary>
    public static ulong WakeMultiPins;

    /// <summary>The mode of the last multi-pin wake-up: 0 all low, 1 any high, or -1.</summary>
    public static int WakeMultiMode = -1;

    /// <summary>The last time given to Rtc.SetSystemTime.</summary>
    public static System.DateTime? RtcSetTo;

    /// <summary>The UART named <paramref name="port"/>, created on first use.</summary>
    public static SimulatedUart Uart(string port)
    {
        lock (Gate)
        {
            if (!Uarts.TryGetValue(port, out SimulatedUart? uart))
            {
                uart = new SimulatedUart();
                Uarts[port] = uart;
            }

            return uart;
        }
    }

    /// <summary>Sets an input level and raises the pin's event if it is open.</summary>
    public static void SetInput(int pin, bool high)
    {
        bool old = Inputs.TryGetValue(pin, out bool level) ? level : true;
        Inputs[pin] = high;
        if (old != high)
        {
            foreach (System.Device.Gpio.GpioPin open in OpenPins.ToArray())
            {
                if (open.PinNumber == pin)
                {
                    open.Raise(high ? System.Device.Gpio.PinEventTypes.Rising : System.Device.Gpio.PinEventTypes.Falling);
                }
            }
        }
    }

    /// <summary>Forgets everything.</summary>
    public static void Reset()
    {
        lock (Gate)
        {
            Uarts.Clear();
            Inputs.Clear();
            Outputs.Clear();
            PinFunctions.Clear();
            Pulses.Clear();
            Adc.Clear();
            OpenPins.Clear();
            Reboots = 0;
            DeepSleeps = 0;
            WakeTimer = default;
            WakePin = -1;
            WakeLevel = -1;
            WakeMultiPins = 0;
            WakeMultiMode = -1;
            RtcSetTo = null;
        }
    }
}

/// <summary>Both directions of a simulated UART, thread-safe.</summary>
internal sealed class SimulatedUart
{
    private readonly Queue<byte> _toDevice = new();
    private readonly List<byte> _fromDevice = new();

    /// <summary>Called after the device's port receives bytes (the port raises DataReceived).</summary>
    public System.Action? Received { get; set; }

    /// <summary>Called when the device writes.</summary>
    public System.Action<byte[]>? Sent { get; set; }

    /// <summary>The next this many reads by the device throw an IOException, as a UART driver error would.</summary>
    public int FailingReads { get; set; }

    /// <summary>The failing reads throw an OutOfMemoryException instead, as the interpreter does when its heap runs out.</summary>
    public bool FailOutOfMemory { get; set; }

    /// <summary>Bytes waiting for the device.</summary>
    public int Available
    {
        get
        {
            lock (_toDevice)
            {
                return _toDevice.Count;
            }
        }
    }

    /// <summary>Queues bytes for the device to read.</summary>
    public void Deliver(byte[] bytes)
    {
        lock (_toDevice)
        {
            foreach (byte b in bytes)
            {
                _toDevice.Enqueue(b);
            }
        }

        Received?.Invoke();
    }

    /// <summary>The device reads.</summary>
    public int Take(byte[] buffer, int offset, int count)
    {
        lock (_toDevice)
        {
            if (FailingReads > 0)
            {
                FailingReads--;
                throw FailOutOfMemory ? new System.OutOfMemoryException("simulated: the heap ran out") : new System.IO.IOException("simulated UART fault");
            }

            int n = 0;
            while (n < count && _toDevice.Count > 0)
            {
                buffer[offset + n++] = _toDevice.Dequeue();
            }

            return n;
        }
    }

    /// <summary>The device writes.</summary>
    public void Put(byte[] buffer, int offset, int count)
    {
        byte[] copy = new byte[count];
        System.Array.Copy(buffer, offset, copy, 0, count);
        lock (_fromDevice)
        {
            _fromDevice.AddRange(copy);
        }

        Sent?.Invoke(copy);
    }

    /// <summary>Everything the device wrote so far, and forget it.</summary>
    public byte[] DrainSent()
    {
        lock (_fromDevice)
        {
            byte[] all = _fromDevice.ToArray();
            _fromDevice.Clear();
            return all;
        }
    }
}
