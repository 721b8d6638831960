using System;
using TuyaMcu.Hal;
using TuyaMcu.Protocol;

namespace TuyaMcu.Storage
{
    /// <summary>
    /// One persisted object kept in two slots (<c>name.a</c>, <c>name.b</c>), each written whole
    /// with a header: magic, format version, sequence number, length and CRC-32. A save overwrites
    /// the slot that does not hold the newest good copy, so a power cut at any point of a save
    /// leaves the previous copy intact; a load takes the good slot with the highest sequence and
    /// reports a torn or corrupt one. No rename is needed, so it works on any file system.
    /// </summary>
    public sealed class SlotStore
    {
        /// <summary>Header bytes before the payload.</summary>
        public const int HeaderLength = 16;

        private const uint Magic = 0x54554D31; // "TUM1"

        private readonly IStorage _storage;
        private readonly string _slotA;
        private readonly string _slotB;
        private readonly byte _format;
        private readonly byte[] _buffer;
        private uint _sequence;
        private bool _lastWasA;

        /// <summary>A store for object <paramref name="name"/> of payloads up to <paramref name="maxPayload"/> bytes in format <paramref name="format"/>.</summary>
        public SlotStore(IStorage storage, string name, byte format, int maxPayload)
        {
            if (storage == null)
            {
                throw new ArgumentNullException("storage");
            }

            if (maxPayload < 0 || maxPayload > 0xFFFF)
            {
                // The header's length field is 16 bits: a larger copy could be written but never loaded.
                throw new ArgumentOutOfRangeException("maxPayload", name + ": a slot holds 0..65535 payload bytes, not " + maxPayload.ToString());
            }

            _storage = storage;
            _slotA = name + ".a";
            _slotB = name + ".b";
            _format = format;
            _buffer = new byte[HeaderLength + maxPayload];
            Name = name;
        }

        /// <summary>The object's name.</summary>
        public string Name { get; private set; }

        /// <summary>What the last <see cref="Load"/> found wrong (a torn or corrupt slot), or null.</summary>
        public string LoadProblem { get; private set; }

        /// <summary>Saves performed.</summary>
        public long Saves { get; private set; }

        /// <summary>The payload buffer: write at <see cref="HeaderLength"/>, then call <see cref="Save"/>.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Largest payload.</summary>
        public int MaxPayload
        {
            get { return _buffer.Length - HeaderLength; }
        }

        /// <summary>
        /// Loads the newest good copy into <see cref="Buffer"/> (payload at <see cref="HeaderLength"/>)
        /// and returns the payload length, or -1 when neither slot holds one (first start, or both
        /// damaged; <see cref="LoadProblem"/> then says which). Never throws for bad contents.
        /// </summary>
        public int Load()
        {
            uint sequenceA;
            uint sequenceB;
            string problemA;
            string problemB;
            int lengthA = Check(_slotA, out sequenceA, out problemA);
            int lengthB = Check(_slotB, out sequenceB, out problemB);
            bool useA = lengthA >= 0 && (lengthB < 0 || sequenceA - sequenceB < 0x80000000u);
            LoadProblem = Join(problemA, problemB);
            if (lengthA < 0 && lengthB < 0)
            {
                _sequence = 0;
                _lastWasA = false;
                return -1;
            }

            // Numbering goes on from the newest good copy even if reading it again fails below:
            // a save numbered lower would lose to that copy at the next start.
            _sequence = useA ? sequenceA : sequenceB;
            _lastWasA = useA;

            // Read the chosen slot last, so the buffer holds it.
            uint reread;
            string rereadProblem;
            int length = Check(useA ? _slotA : _slotB, out reread, out rereadProblem);
            LoadProblem = Join(LoadProblem, rereadProblem);
            return length;
        }

        /// <summary>Writes <paramref name="payloadLength"/> bytes from <see cref="Buffer"/>[<see cref="HeaderLength"/>..] to the older slot.</summary>
        public void Save(int payloadLength)
        {
            if (payloadLength < 0 || payloadLength > MaxPayload)
            {
                throw new ArgumentOutOfRangeException("payloadLength");
            }

            _sequence++;
            BigEndian.WriteUInt32(_buffer, 0, Magic);
            _buffer[4] = _format;
            _buffer[5] = 0;
            BigEndian.WriteUInt16(_buffer, 6, 0);
            BigEndian.WriteUInt32(_buffer, 8, _sequence);
            BigEndian.WriteUInt16(_buffer, 12, payloadLength);
            BigEndian.WriteUInt16(_buffer, 14, 0);
            uint crc = Crc32.Compute(_buffer, 4, HeaderLength - 4 + payloadLength);
            BigEndian.WriteUInt16(_buffer, 14, (int)(crc & 0xFFFF));
            BigEndian.WriteUInt16(_buffer, 6, (int)(crc >> 16));
            string target = _lastWasA ? _slotB : _slotA;
            _storage.Write(target, _buffer, 0, HeaderLength + payloadLength);
            _lastWasA = !_lastWasA;
            Saves++;
        }

        /// <summary>Deletes both slots.</summary>
        public void Erase()
        {
            _storage.Delete(_slotA);
            _storage.Delete(_slotB);
            _sequence = 0;
            _lastWasA = false;
        }

        private static string Join(string first, string second)
        {
            return first == null ? second : second == null ? first : first + "; " + second;
        }

        private int Check(string slot, out uint sequence, out string problem)
        {
            sequence = 0;
            problem = null;
            int length;
            try
            {
                length = _storage.Read(slot, _buffer, 0, _buffer.Length);
            }
            catch (Exception e)
            {
                problem = slot + " unreadable: " + e.Message;
                return -1;
            }

            if (length < 0)
            {
                return -1;
            }

            if (length < HeaderLength || BigEndian.ReadUInt32(_buffer, 0) != Magic)
            {
                problem = slot + " is not a TuyaMcu store (" + length.ToString() + " bytes)";
                return -1;
            }

            if (_buffer[4] != _format)
            {
                problem = slot + " has format " + _buffer[4].ToString() + ", expected " + _format.ToString();
                return -1;
            }

            int payloadLength = BigEndian.ReadUInt16(_buffer, 12);
            if (length != HeaderLength + payloadLength)
            {
                problem = slot + " is torn: " + length.ToString() + " bytes, the header says " + (HeaderLength + payloadLength).ToString();
                return -1;
            }

            uint stored = ((uint)BigEndian.ReadUInt16(_buffer, 6) << 16) | (uint)BigEndian.ReadUInt16(_buffer, 14);
            BigEndian.WriteUInt16(_buffer, 6, 0);
            BigEndian.WriteUInt16(_buffer, 14, 0);
            uint actual = Crc32.Compute(_buffer, 4, HeaderLength - 4 + payloadLength);
            BigEndian.WriteUInt16(_buffer, 6, (int)(stored >> 16));
            BigEndian.WriteUInt16(_buffer, 14, (int)(stored & 0xFFFF));
            if (actual != stored)
            {
                problem = slot + " is corrupt (CRC mismatch)";
                return -1;
            }

            sequence = BigEndian.ReadUInt32(_buffer, 8);
            return payloadLength;
        }
    }
}
