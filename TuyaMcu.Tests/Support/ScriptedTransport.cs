using System;
using System.Collections;
using TuyaMcu.Hal;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Tests.Support
{
    /// <summary>
    /// A transport a test drives by hand: it queues bytes "from the module" for the MCU to read,
    /// and keeps every frame the MCU writes, as spaced hex.
    /// </summary>
    internal sealed class ScriptedTransport : IByteTransport
    {
        public readonly ArrayList Sent = new ArrayList();
        private readonly RecordingFrameSink _sentFrames = new RecordingFrameSink();
        private readonly FrameParser _sentParser;
        private byte[] _incoming = new byte[0];
        private int _incomingAt;

        public ScriptedTransport()
        {
            _sentParser = new FrameParser(_sentFrames, FrameFormat.MaxEncodableDataLength, 0);
        }

        /// <summary>Queues a frame for the MCU to read.</summary>
        public void Receive(string hex)
        {
            byte[] bytes = Hex.ToBytes(hex);
            byte[] joined = new byte[_incoming.Length - _incomingAt + bytes.Length];
            Array.Copy(_incoming, _incomingAt, joined, 0, _incoming.Length - _incomingAt);
            Array.Copy(bytes, 0, joined, _incoming.Length - _incomingAt, bytes.Length);
            _incoming = joined;
            _incomingAt = 0;
        }

        /// <summary>Queues a frame built from a command and data.</summary>
        public void ReceiveFrame(byte command, string dataHex)
        {
            byte[] data = Hex.ToBytes(dataHex);
            byte[] frame = new byte[data.Length + FrameFormat.Overhead];
            int length = FrameWriter.Write(frame, 0, 0, command, data, 0, data.Length);
            Receive(Hex.Format(frame, 0, length, ' '));
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int available = _incoming.Length - _incomingAt;
            int take = available < count ? available : count;
            Array.Copy(_incoming, _incomingAt, buffer, offset, take);
            _incomingAt += take;
            return take;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            _sentParser.Feed(buffer, offset, count, 0);
            while (_sentFrames.Frames.Count > 0)
            {
                Sent.Add(_sentFrames.Frames[0]);
                _sentFrames.Frames.RemoveAt(0);
            }
        }

        public int SentCount
        {
            get { return Sent.Count; }
        }

        public string SentAt(int index)
        {
            return (string)Sent[index];
        }

        public string LastSent
        {
            get { return Sent.Count == 0 ? null : (string)Sent[Sent.Count - 1]; }
        }

        /// <summary>Frames sent with <paramref name="command"/>.</summary>
        public int CountSent(byte command)
        {
            int count = 0;
            for (int i = 0; i < Sent.Count; i++)
            {
                if (CommandAt(i) == command)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The command byte of the frame sent at <paramref name="index"/>.</summary>
        public byte CommandAt(int index)
        {
            return Hex.ToBytes(SentAt(index))[3];
        }
    }
}
