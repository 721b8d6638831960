using System;
using TuyaMcu.Protocol;

namespace TuyaMcu.Profiles.Cpn01
{
    /// <summary>
    /// The CPN01 uplink payload in Dragino's byte layout, so existing CPN01 decoders read it:
    /// device ID (8: 'f' + the IMEI's 15 digits as nibbles), version (2), battery mV (2), signal
    /// CSQ (1), mod (1), calculate flag (1), contact status (1: 0 open, 1 closed), alarm (1),
    /// total pulse (3), last open duration in minutes (3), Unix timestamp (4), then datalog records
    /// of 11 bytes: contact status (1), total pulse (3), last open duration (3), timestamp (4).
    /// One instance is filled and encoded per uplink; it also decodes, for the bench tool.
    /// </summary>
    public sealed class Cpn01Payload
    {
        /// <summary>Bytes before the records.</summary>
        public const int HeaderLength = 27;

        /// <summary>Bytes per datalog record.</summary>
        public const int RecordLength = 11;

        /// <summary>Most records a payload carries (AT+NOUD maximum).</summary>
        public const int MaxRecords = 32;

        /// <summary>Longest payload.</summary>
        public const int MaxLength = HeaderLength + MaxRecords * RecordLength;

        /// <summary>Device ID, 8 bytes.</summary>
        public readonly byte[] DeviceId = new byte[8];

        /// <summary>Firmware version as the CPN01 writes it (1.0.0 → 100).</summary>
        public int Version;

        /// <summary>Battery voltage, mV.</summary>
        public int BatteryMv;

        /// <summary>Signal, CSQ 0..31 or 99.</summary>
        public int Signal;

        /// <summary>Working mode.</summary>
        public int Mod;

        /// <summary>Calculate flag, 0..63.</summary>
        public int CalculateFlag;

        /// <summary>0 open, 1 closed.</summary>
        public int ContactStatus;

        /// <summary>1 when the open alarm is active.</summary>
        public int Alarm;

        /// <summary>Total (24-bit).</summary>
        public int TotalPulse;

        /// <summary>Last open duration, minutes (24-bit).</summary>
        public int LastOpenDurationMin;

        /// <summary>Unix time of the payload, or 0 when the clock is not known.</summary>
        public long Timestamp;

        /// <summary>Records in use.</summary>
        public int RecordCount;

        /// <summary>Record contact statuses.</summary>
        public readonly int[] RecordContactStatus = new int[MaxRecords];

        /// <summary>Record totals.</summary>
        public readonly int[] RecordTotalPulse = new int[MaxRecords];

        /// <summary>Record last open durations, minutes.</summary>
        public readonly int[] RecordLastOpenDurationMin = new int[MaxRecords];

        /// <summary>Record Unix times.</summary>
        public readonly long[] RecordTimestamp = new long[MaxRecords];

        /// <summary>Bytes <see cref="Encode"/> writes.</summary>
        public int EncodedLength
        {
            get { return HeaderLength + RecordCount * RecordLength; }
        }

        /// <summary>Writes the payload at <paramref name="offset"/>; returns its length.</summary>
        public int Encode(byte[] buffer, int offset)
        {
            if (RecordCount < 0 || RecordCount > MaxRecords || offset < 0 || offset > buffer.Length - EncodedLength)
            {
                throw new ArgumentException("payload does not fit");
            }

            Array.Copy(DeviceId, 0, buffer, offset, 8);
            BigEndian.WriteUInt16(buffer, offset + 8, Version);
            BigEndian.WriteUInt16(buffer, offset + 10, BatteryMv);
            buffer[offset + 12] = (byte)Signal;
            buffer[offset + 13] = (byte)Mod;
            buffer[offset + 14] = (byte)CalculateFlag;
            buffer[offset + 15] = (byte)ContactStatus;
            buffer[offset + 16] = (byte)Alarm;
            BigEndian.WriteUInt24(buffer, offset + 17, TotalPulse);
            BigEndian.WriteUInt24(buffer, offset + 20, Cap24(LastOpenDurationMin));
            BigEndian.WriteUInt32(buffer, offset + 23, (uint)Timestamp);
            int at = offset + HeaderLength;
            for (int i = 0; i < RecordCount; i++)
            {
                buffer[at] = (byte)RecordContactStatus[i];
                BigEndian.WriteUInt24(buffer, at + 1, RecordTotalPulse[i]);
                BigEndian.WriteUInt24(buffer, at + 4, Cap24(RecordLastOpenDurationMin[i]));
                BigEndian.WriteUInt32(buffer, at + 7, (uint)RecordTimestamp[i]);
                at += RecordLength;
            }

            return at - offset;
        }

        /// <summary>Reads a payload; null when well-formed, else what is wrong.</summary>
        public string Decode(byte[] buffer, int offset, int length)
        {
            if (length < HeaderLength)
            {
                return "a CPN01 payload has at least " + HeaderLength.ToString() + " bytes, got " + length.ToString();
            }

            if ((length - HeaderLength) % RecordLength != 0)
            {
                return "after the 27-byte header, records are 11 bytes each; " + (length - HeaderLength).ToString() + " bytes is not a whole number of records";
            }

            int records = (length - HeaderLength) / RecordLength;
            if (records > MaxRecords)
            {
                return "more than " + MaxRecords.ToString() + " records";
            }

            Array.Copy(buffer, offset, DeviceId, 0, 8);
            Version = BigEndian.ReadUInt16(buffer, offset + 8);
            BatteryMv = BigEndian.ReadUInt16(buffer, offset + 10);
            Signal = buffer[offset + 12];
            Mod = buffer[offset + 13];
            CalculateFlag = buffer[offset + 14];
            ContactStatus = buffer[offset + 15];
            Alarm = buffer[offset + 16];
            TotalPulse = BigEndian.ReadUInt24(buffer, offset + 17);
            LastOpenDurationMin = BigEndian.ReadUInt24(buffer, offset + 20);
            Timestamp = BigEndian.ReadUInt32(buffer, offset + 23);
            RecordCount = records;
            int at = offset + HeaderLength;
            for (int i = 0; i < records; i++)
            {
                RecordContactStatus[i] = buffer[at];
                RecordTotalPulse[i] = BigEndian.ReadUInt24(buffer, at + 1);
                RecordLastOpenDurationMin[i] = BigEndian.ReadUInt24(buffer, at + 4);
                RecordTimestamp[i] = BigEndian.ReadUInt32(buffer, at + 7);
                at += RecordLength;
            }

            return null;
        }

        /// <summary>The device ID as 16 hex digits, e.g. f867787050213317.</summary>
        public string DeviceIdText()
        {
            return TuyaMcu.Text.Hex.FormatLower(DeviceId, 0, 8);
        }

        /// <summary>The CPN01's version number for an x.y.z version (1.0.0 → 100), or 0 when it has no such form.</summary>
        public static int VersionNumber(string version)
        {
            return ProductInfo.VersionNumber(version);
        }

        private static int Cap24(int value)
        {
            return value > 0xFFFFFF ? 0xFFFFFF : value < 0 ? 0 : value;
        }
    }
}
