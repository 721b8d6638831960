using System;
using TuyaMcu.Protocol;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N uplink payload in Dragino's hex layout (payload type 0), so existing POM01-N
    /// decoders read it: device ID (8: 'f' + the IMEI's 15 digits as nibbles), IMSI (8, the same
    /// form), version (2: model 0x43, firmware 0x64 = 1.0.0), battery mV (2), signal CSQ (1), mod
    /// (1), power_outage (1), low_voltage (1), Unix time (4), then clock-log entries of 6 bytes,
    /// newest first: power_outage (1), low_voltage (1), Unix time (4). One instance is filled and
    /// encoded per uplink; it also decodes, for the host tool.
    /// </summary>
    public sealed class Pom01nPayload
    {
        /// <summary>Bytes before the entries.</summary>
        public const int HeaderLength = 28;

        /// <summary>Bytes per clock-log entry.</summary>
        public const int EntryLength = 6;

        /// <summary>Most entries a payload carries (AT+CLOCKLOG d is at most 32).</summary>
        public const int MaxEntries = 32;

        /// <summary>Longest payload.</summary>
        public const int MaxLength = HeaderLength + MaxEntries * EntryLength;

        /// <summary>The version's high byte for the POM01-N.</summary>
        public const int Pom01nModel = 0x43;

        /// <summary>Device ID, 8 bytes.</summary>
        public readonly byte[] DeviceId = new byte[8];

        /// <summary>IMSI, 8 bytes in the device ID's form; zero while unknown.</summary>
        public readonly byte[] Imsi = new byte[8];

        /// <summary>Sensor model, the version's high byte.</summary>
        public int Model = Pom01nModel;

        /// <summary>Firmware version byte (1.0.0 → 100), the version's low byte.</summary>
        public int Firmware;

        /// <summary>Battery voltage, mV.</summary>
        public int BatteryMv;

        /// <summary>Signal, CSQ 0..31 or 99.</summary>
        public int Signal;

        /// <summary>Working mode (1 for the POM01-N).</summary>
        public int Mod = 1;

        /// <summary>1 while the mains is out (below about 17 V).</summary>
        public int PowerOutage;

        /// <summary>1 while the mains is low (below about 190 V, until above about 205 V).</summary>
        public int LowVoltage;

        /// <summary>Unix time of the payload, or 0 when the clock is not known.</summary>
        public long Timestamp;

        /// <summary>Entries in use.</summary>
        public int EntryCount;

        /// <summary>Entry power_outage values, newest first.</summary>
        public readonly int[] EntryPowerOutage = new int[MaxEntries];

        /// <summary>Entry low_voltage values, newest first.</summary>
        public readonly int[] EntryLowVoltage = new int[MaxEntries];

        /// <summary>Entry Unix times, newest first.</summary>
        public readonly long[] EntryTimestamp = new long[MaxEntries];

        /// <summary>Bytes <see cref="Encode"/> writes.</summary>
        public int EncodedLength
        {
            get { return HeaderLength + EntryCount * EntryLength; }
        }

        /// <summary>
        /// Sets the IMSI field from the module's 0xB5 answer; false (and the field is left as it
        /// was) unless it is 15 digits, the only length the 'f' + 15 digits form holds.
        /// </summary>
        public bool SetImsi(string imsi)
        {
            return DeviceIdentity.FromImei(imsi, Imsi);
        }

        /// <summary>
        /// Copies the newest entries of <paramref name="log"/> with a known time, at most
        /// <paramref name="count"/> (AT+CLOCKLOG d), newest first.
        /// </summary>
        public void TakeEntries(Pom01nLog log, int count)
        {
            if (count < 0 || count > MaxEntries)
            {
                throw new ArgumentOutOfRangeException("count", "a payload carries 0..32 entries");
            }

            EntryCount = 0;
            for (int i = 0; i < log.Count && EntryCount < count; i++)
            {
                if (log.TimeKnownAt(i))
                {
                    EntryPowerOutage[EntryCount] = log.PowerOutageAt(i) ? 1 : 0;
                    EntryLowVoltage[EntryCount] = log.LowVoltageAt(i) ? 1 : 0;
                    EntryTimestamp[EntryCount] = log.StampAt(i);
                    EntryCount++;
                }
            }
        }

        /// <summary>Writes the payload at <paramref name="offset"/>; returns its length.</summary>
        public int Encode(byte[] buffer, int offset)
        {
            if (EntryCount < 0 || EntryCount > MaxEntries || offset < 0 || offset > buffer.Length - EncodedLength)
            {
                throw new ArgumentException("payload does not fit");
            }

            if ((Model | Firmware) < 0 || (Model | Firmware) > 0xFF)
            {
                throw new ArgumentException("model and firmware are one byte each");
            }

            Array.Copy(DeviceId, 0, buffer, offset, 8);
            Array.Copy(Imsi, 0, buffer, offset + 8, 8);
            buffer[offset + 16] = (byte)Model;
            buffer[offset + 17] = (byte)Firmware;
            BigEndian.WriteUInt16(buffer, offset + 18, BatteryMv);
            buffer[offset + 20] = (byte)Signal;
            buffer[offset + 21] = (byte)Mod;
            buffer[offset + 22] = (byte)PowerOutage;
            buffer[offset + 23] = (byte)LowVoltage;
            BigEndian.WriteUInt32(buffer, offset + 24, (uint)Timestamp);
            int at = offset + HeaderLength;
            for (int i = 0; i < EntryCount; i++)
            {
                buffer[at] = (byte)EntryPowerOutage[i];
                buffer[at + 1] = (byte)EntryLowVoltage[i];
                BigEndian.WriteUInt32(buffer, at + 2, (uint)EntryTimestamp[i]);
                at += EntryLength;
            }

            return at - offset;
        }

        /// <summary>Reads a payload; null when well-formed, else what is wrong (and nothing is read).</summary>
        public string Decode(byte[] buffer, int offset, int length)
        {
            if (length < HeaderLength)
            {
                return "a POM01-N payload has at least " + HeaderLength.ToString() + " bytes, got " + length.ToString();
            }

            if ((length - HeaderLength) % EntryLength != 0)
            {
                return "after the 28-byte header, entries are 6 bytes each; " + (length - HeaderLength).ToString() + " bytes is not a whole number of entries";
            }

            int entries = (length - HeaderLength) / EntryLength;
            if (entries > MaxEntries)
            {
                return "more than " + MaxEntries.ToString() + " entries";
            }

            Array.Copy(buffer, offset, DeviceId, 0, 8);
            Array.Copy(buffer, offset + 8, Imsi, 0, 8);
            Model = buffer[offset + 16];
            Firmware = buffer[offset + 17];
            BatteryMv = BigEndian.ReadUInt16(buffer, offset + 18);
            Signal = buffer[offset + 20];
            Mod = buffer[offset + 21];
            PowerOutage = buffer[offset + 22];
            LowVoltage = buffer[offset + 23];
            Timestamp = BigEndian.ReadUInt32(buffer, offset + 24);
            EntryCount = entries;
            int at = offset + HeaderLength;
            for (int i = 0; i < entries; i++)
            {
                EntryPowerOutage[i] = buffer[at];
                EntryLowVoltage[i] = buffer[at + 1];
                EntryTimestamp[i] = BigEndian.ReadUInt32(buffer, at + 2);
                at += EntryLength;
            }

            return null;
        }

        /// <summary>The IMEI: the device ID's 15 digits after its leading nibble. Allocates.</summary>
        public string ImeiText()
        {
            return TuyaMcu.Text.Hex.FormatLower(DeviceId, 0, 8).Substring(1);
        }

        /// <summary>The IMSI: the field's 15 digits after its leading nibble. Allocates.</summary>
        public string ImsiText()
        {
            return TuyaMcu.Text.Hex.FormatLower(Imsi, 0, 8).Substring(1);
        }

        /// <summary>The firmware byte as Dragino writes the version, hundreds.tens.units: 100 → "1.0.0". Allocates.</summary>
        public string FirmwareText()
        {
            return (Firmware / 100).ToString() + "." + (Firmware / 10 % 10).ToString() + "." + (Firmware % 10).ToString();
        }

        /// <summary>
        /// The firmware byte for an x.y.z MCU version by the CPN01's convention (1.0.0 → 100), or -1
        /// when the version has no such form or does not fit a byte (above 2.5.5).
        /// </summary>
        public static int FirmwareByte(string mcuVersion)
        {
            int number = Cpn01Payload.VersionNumber(mcuVersion);
            return !ProductInfo.IsVersion(mcuVersion) || number > 255 ? -1 : number;
        }
    }
}
