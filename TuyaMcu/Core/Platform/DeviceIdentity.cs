using TuyaMcu.Protocol;
using TuyaMcu.Storage;
using TuyaMcu.Text;

namespace TuyaMcu.Platform
{
    /// <summary>
    /// The device ID (AT+DEUI), 8 bytes: by default 'f' followed by the module's 15-digit IMEI, as
    /// Dragino's NB-IoT devices make it; set by hand, it is kept from then on (a factory reset does not
    /// erase it). Saved in the <c>identity</c> slot, before it is in use when set by hand.
    /// </summary>
    public sealed class DeviceIdentity : IPersistedObject
    {
        private const byte IdentityFormat = 1;
        private const int Bytes = 9;
        private const int FixedFlag = 1;

        // The 8 bytes as one big-endian number: a field each, where arrays would cost 36 bytes of heap apiece.
        private long _id;
        private long _staged;
        private bool _staging;
        private int _stagedFlag;
        private Persistence _store;

        /// <summary>A copy of the device ID, 8 bytes (all zero until known).</summary>
        public byte[] DeviceId
        {
            get
            {
                byte[] id = new byte[8];
                CopyTo(id, 0);
                return id;
            }
        }

        /// <summary>True once a device ID was set by hand (AT+DEUI), so the IMEI does not replace it.</summary>
        public bool IsFixed { get; private set; }

        /// <summary>Writes the device ID's 8 bytes into <paramref name="buffer"/> at <paramref name="offset"/>.</summary>
        public void CopyTo(byte[] buffer, int offset)
        {
            BigEndian.WriteUInt32(buffer, offset, (uint)(_id >> 32));
            BigEndian.WriteUInt32(buffer, offset + 4, (uint)_id);
        }

        /// <summary>Saves every change through <paramref name="store"/> from now on (the device attaches it).</summary>
        public void UseStore(Persistence store)
        {
            _store = store;
        }

        /// <summary>
        /// Sets the device ID by hand (AT+DEUI): 16 hex digits, kept from then on. Null when saved and
        /// in use, else why not (nothing changed).
        /// </summary>
        public string Set(string hex)
        {
            if (hex == null || hex.Length != 16 || Hex.CountBytes(hex) != 8)
            {
                return "the device ID is 16 hex digits";
            }

            long id = 0;
            for (int i = 0; i < 16; i++)
            {
                id = (id << 4) | (long)Hex.DigitValue(hex[i]);
            }

            _staged = id;
            _stagedFlag = FixedFlag;
            _staging = true;
            string error = _store == null ? null : _store.SaveIdentity(false);
            _staging = false;
            if (error != null)
            {
                return "nothing changed: " + error;
            }

            Use();
            return null;
        }

        /// <summary>
        /// Takes 'f' + <paramref name="imei"/> as the device ID unless one was set by hand; saved, so a
        /// woken device has it before the module is asked again. In use at once (the module's IMEI is
        /// what it is): should saving fail, persistence tries again.
        /// </summary>
        public void AdoptImei(string imei)
        {
            long id = FromImei(imei);
            if (IsFixed || id == 0 || id == _id)
            {
                return;
            }

            _id = id;
            if (_store != null)
            {
                _store.SaveIdentity(true);
            }
        }

        /// <summary>The device ID as 16 lower-case hex digits: set by hand, else from <paramref name="imei"/>; null while neither is known.</summary>
        public string Text(string imei)
        {
            long id = IsFixed ? _id : FromImei(imei);
            if (!IsFixed && id == 0)
            {
                return null;
            }

            byte[] bytes = new byte[8];
            BigEndian.WriteUInt32(bytes, 0, (uint)(id >> 32));
            BigEndian.WriteUInt32(bytes, 4, (uint)id);
            return Hex.FormatLower(bytes, 0, 8);
        }

        /// <summary>Writes 'f' + the 15 IMEI digits into <paramref name="id"/> (8 bytes); false when the IMEI is not 15 digits.</summary>
        public static bool FromImei(string imei, byte[] id)
        {
            long value = FromImei(imei);
            if (value == 0)
            {
                return false;
            }

            BigEndian.WriteUInt32(id, 0, (uint)(value >> 32));
            BigEndian.WriteUInt32(id, 4, (uint)value);
            return true;
        }

        // 'f' + the 15 IMEI digits as one number (never 0), or 0 when the IMEI is not 15 digits.
        private static long FromImei(string imei)
        {
            if (imei == null || imei.Length != 15)
            {
                return 0;
            }

            long id = 0xF;
            for (int i = 0; i < 15; i++)
            {
                int digit = imei[i] - '0';
                if (digit < 0 || digit > 9)
                {
                    return 0;
                }

                id = (id << 4) | (long)digit;
            }

            return id;
        }

        /// <inheritdoc />
        public byte Format
        {
            get { return IdentityFormat; }
        }

        /// <inheritdoc />
        public int MaxBytes
        {
            get { return Bytes; }
        }

        /// <inheritdoc />
        public void Write(ByteCursor cursor)
        {
            cursor.WriteInt64(_staging ? _staged : _id);
            cursor.WriteByte(_staging ? _stagedFlag : IsFixed ? FixedFlag : 0);
        }

        /// <inheritdoc />
        public string Read(ByteCursor cursor)
        {
            int length = cursor.Remaining;
            if (length != Bytes)
            {
                return length.ToString() + " bytes, expected " + Bytes.ToString();
            }

            _staged = cursor.ReadInt64();
            _stagedFlag = cursor.ReadByte();
            return _stagedFlag > FixedFlag ? "flag " + _stagedFlag.ToString() + " is not 0 or 1" : null;
        }

        /// <inheritdoc />
        public void Use()
        {
            _id = _staged;
            IsFixed = _stagedFlag == FixedFlag;
        }
    }
}
