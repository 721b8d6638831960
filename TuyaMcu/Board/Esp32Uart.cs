using System;
using System.IO.Ports;
using nanoFramework.Hardware.Esp32;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>
    /// A UART of the ESP32 (COM2, COM3) as a byte transport: 8N1, no flow control, pins routed
    /// with Configuration.SetPinFunction. Reads go straight into the caller's buffer, so nothing
    /// is allocated per byte; the DataReceived event only wakes the main loop.
    /// </summary>
    public sealed class Esp32Uart : IByteTransport, IDisposable
    {
        private readonly SerialPort _port;
        private readonly LoopSignal _signal;

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
            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);

            // A frame of the largest size fits even if the loop is late by a whole frame.
            _port.ReadBufferSize = 1024;
            _port.DataReceived += OnDataReceived;
            _port.Open();
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
            _signal.Set();
        }
    }
}
