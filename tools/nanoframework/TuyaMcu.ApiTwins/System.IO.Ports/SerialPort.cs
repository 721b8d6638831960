using System;
using TuyaMcu.ApiTwins.Simulation;

namespace System.IO.Ports
{
    /// <summary>Twin of nanoFramework's parity setting.</summary>
    public enum Parity
    {
        None,
        Odd,
        Even,
    }

    /// <summary>Twin of nanoFramework's stop-bits setting.</summary>
    public enum StopBits
    {
        One = 1,
        Two = 2,
        OnePointFive = 3,
    }

    /// <summary>Twin of nanoFramework's serial data kind.</summary>
    public enum SerialData
    {
        Chars = 1,
        WatchChar = 2,
    }

    /// <summary>Twin of the DataReceived handler.</summary>
    public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);

    /// <summary>Twin of the DataReceived arguments.</summary>
    public class SerialDataReceivedEventArgs : EventArgs
    {
        internal SerialDataReceivedEventArgs(SerialData eventType)
        {
            EventType = eventType;
        }

        /// <summary>What arrived.</summary>
        public SerialData EventType { get; }
    }

    /// <summary>
    /// Twin of nanoFramework's SerialPort (System.IO.Ports 1.1.139): the members the firmware
    /// uses, backed by a simulated UART so host tests can drive the board layer.
    /// </summary>
    public class SerialPort : IDisposable
    {
        private SimulatedUart? _uart;

        /// <summary>Creates a port.</summary>
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits)
        {
            PortName = portName;
            BaudRate = baudRate;
            Parity = parity;
            DataBits = dataBits;
            StopBits = stopBits;
        }

        /// <summary>Port name, e.g. COM2.</summary>
        public string PortName { get; }

        /// <summary>Line speed.</summary>
        public int BaudRate { get; set; }

        /// <summary>Parity.</summary>
        public Parity Parity { get; set; }

        /// <summary>Data bits.</summary>
        public int DataBits { get; set; }

        /// <summary>Stop bits.</summary>
        public StopBits StopBits { get; set; }

        /// <summary>Receive buffer size.</summary>
        public int ReadBufferSize { get; set; } = 256;

        /// <summary>Read timeout, ms.</summary>
        public int ReadTimeout { get; set; }

        /// <summary>Write timeout, ms.</summary>
        public int WriteTimeout { get; set; }

        /// <summary>True once opened.</summary>
        public bool IsOpen => _uart != null;

        /// <summary>Bytes waiting.</summary>
        public int BytesToRead => _uart?.Available ?? 0;

        /// <summary>Raised when bytes arrive.</summary>
        public event SerialDataReceivedEventHandler? DataReceived;

        /// <summary>Opens the port.</summary>
        public void Open()
        {
            if (_uart != null)
            {
                throw new InvalidOperationException("port already open");
            }

            _uart = Board.Uart(PortName);
            _uart.Received = () => DataReceived?.Invoke(this, new SerialDataReceivedEventArgs(SerialData.Chars));
        }

        /// <summary>Closes the port.</summary>
        public void Close()
        {
            if (_uart != null)
            {
                _uart.Received = null;
                _uart = null;
            }
        }

        /// <summary>Reads what has arrived (up to <paramref name="count"/> bytes).</summary>
        public int Read(byte[] buffer, int offset, int count)
        {
            if (_uart == null)
            {
                throw new InvalidOperationException("port not open");
            }

            return _uart.Take(buffer, offset, count);
        }

        /// <summary>Sends bytes.</summary>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (_uart == null)
            {
                throw new InvalidOperationException("port not open");
            }

            _uart.Put(buffer, offset, count);
        }

        /// <summary>Closes the port.</summary>
        public void Dispose() => Close();
    }
}
