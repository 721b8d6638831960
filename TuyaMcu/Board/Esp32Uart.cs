using System;
using System.IO.Ports;
using nanoFramework.Hardware.Esp32;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>
    /// A UART of the ESP32 (COM2, COM3) as a byte transport: 8N1, no flow control, pins routed
    /// with Configuration.SetPinFunction. Reads go straight into the caller's buffer, so nothing
    /// is allocated per byte. The DataReceived event only wakes the main loop, and lets bytes
    /// gather first: at once when <see cref="GatherBytes"/> are waiting, otherwise
    /// <see cref="GatherWindowMs"/> after the first of them (10 ms at 9600 baud, about 10 bytes;
    /// 2 ms at 115200, where 16 bytes arrive in 1.4 ms and wake it first). The module waits a
    /// second for an answer and the link leaves 20 ms between frames, so the wait costs nothing
    /// the protocol allows for, and a read carries many bytes instead of one or two.
    /// </summary>
    // hot path: handles every UART event
    public sealed class Esp32Uart : IByteTransport, IDisposable
    {
        /// <summary>Bytes waiting that wake the loop at once.</summary>
        public const int GatherBytes = 16;

        /// <summary>Shortest gathering wait, ms: the loop's clock ticks in milliseconds.</summary>
        public const int MinGatherMs = 2;

        /// <summary>Longest gathering wait, ms: half the link's gap between frames.</summary>
        public const int MaxGatherMs = 10;

        private readonly SerialPort _port;
        private readonly LoopSignal _signal;
        private readonly int _gatherMs;

        /// <summary>Opens <paramref name="portName"/> on <paramref name="rxPin"/>/<paramref name="txPin"/> at <paramref name="baudRate"/>.</summary>
        public Esp32Uart(string portName, int rxPin, int txPin, int baudRate, LoopSignal signal)
        {
            if (portName == "COM2")
            {
                Configuration.SetPinFunction(rxPin, DeviceFunction.COM2_RX);
                Configuration.SetPinFunction(txPin, DeviceFunction.COM2_TX);
            }
            else if (portName == "COM3")
            {
                Configuration.SetPinFunction(rxPin, DeviceFunction.COM3_RX);
                Configuration.SetPinFunction(txPin, DeviceFunction.COM3_TX);
            }
            else
            {
                throw new ArgumentException("UART " + portName + " is not supported: use COM2 or COM3 (COM1 carries the debugger)");
            }

            _signal = signal;
            _gatherMs = GatherWindowMs(baudRate);
            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);

            // A frame of the largest size fits even if the loop is late by a whole frame.
            _port.ReadBufferSize = 1024;
            _port.DataReceived += OnDataReceived;
            _port.Open();
        }

        /// <summary>
        /// How long the loop lets bytes gather after the first one at <paramref name="baudRate"/>:
        /// the time <see cref="GatherBytes"/> take on the wire (10 bits each), within
        /// <see cref="MinGatherMs"/>..<see cref="MaxGatherMs"/>.
        /// </summary>
        public static int GatherWindowMs(int baudRate)
        {
            int ms = (GatherBytes * 10 * 1000 + baudRate - 1) / baudRate;
            return ms < MinGatherMs ? MinGatherMs : ms > MaxGatherMs ? MaxGatherMs : ms;
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            int available = _port.BytesToRead;
            if (available == 0)
            {
                return 0;
            }

            return _port.Read(buffer, offset, available < count ? available : count);
        }

        /// <inheritdoc />
        public void Write(byte[] buffer, int offset, int count)
        {
            _port.Write(buffer, offset, count);
        }

        /// <summary>Closes the port.</summary>
        public void Dispose()
        {
            _port.DataReceived -= OnDataReceived;
            _port.Dispose();
        }

        private void OnDataReceived(object sender, SerialDataReceivedEventArgs e)
        {
            if (_port.BytesToRead >= GatherBytes)
            {
                _signal.Set();
            }
            else
            {
                _signal.SetWithin(_gatherMs);
            }
        }
    }
}
