using System;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// One data point of the product schema: id, code, type, access mode, and the limits a
    /// command must respect (value range and step, enum range, string/raw length, bitmap width).
    /// </summary>
    public sealed class DpDefinition
    {
        /// <summary>Creates a definition; <see cref="Validate"/> checks its consistency.</summary>
        public DpDefinition(byte id, string code, string name, byte type, DpMode mode)
        {
            Id = id;
            Code = code;
            Name = name;
            Type = type;
            Mode = mode;
            Min = int.MinValue;
            Max = int.MaxValue;
            Step = 1;
            EnumCount = 256;
            MaxLength = 255;
            BitmapLength = 4;
        }

        /// <summary>DP id, 1..255.</summary>
        public byte Id { get; private set; }

        /// <summary>The schema's function code, e.g. doorcontact_state.</summary>
        public string Code { get; private set; }

        /// <summary>Human-readable name.</summary>
        public string Name { get; private set; }

        /// <summary>One of <see cref="DpType"/>.</summary>
        public byte Type { get; private set; }

        /// <summary>Access mode.</summary>
        public DpMode Mode { get; private set; }

        /// <summary>Smallest value (type value).</summary>
        public int Min;

        /// <summary>Largest value (type value).</summary>
        public int Max;

        /// <summary>Values must be Min + k × Step (type value).</summary>
        public int Step;

        /// <summary>Scale: the value is divided by 10^Scale for display (type value).</summary>
        public int Scale;

        /// <summary>Unit for display, or null.</summary>
        public string Unit;

        /// <summary>Enum values are 0..EnumCount-1 (type enum).</summary>
        public int EnumCount;

        /// <summary>Enum value names, or null.</summary>
        public string[] EnumNames;

        /// <summary>Longest string (bytes) or raw value.</summary>
        public int MaxLength;

        /// <summary>Bitmap width in bytes, 1, 2 or 4; or the bitmap's bit count when <see cref="BitmapBits"/> is set.</summary>
        public int BitmapLength;

        /// <summary>Bits a bitmap uses (0 = all of its bytes).</summary>
        public int BitmapBits;

        /// <summary>True when commands may change it.</summary>
        public bool IsWritable
        {
            get { return Mode != DpMode.ReadOnly; }
        }

        /// <summary>True when the device reports its value.</summary>
        public bool IsReported
        {
            get { return Mode != DpMode.WriteOnly; }
        }

        /// <summary>Null when the definition is consistent, else what is wrong.</summary>
        public string Validate()
        {
            if (Id == 0)
            {
                return "DP id must be 1..255";
            }

            if (Code == null || Code.Length == 0)
            {
                return "DP " + Id.ToString() + " has no code";
            }

            if (DpType.GetName(Type) == null)
            {
                return "DP " + Id.ToString() + " has an unknown type";
            }

            if (Type == DpType.Value && (Min > Max || Step < 1))
            {
                return Where() + ": value range is empty or step is not positive";
            }

            if (Type == DpType.Enum && (EnumCount < 1 || EnumCount > 256))
            {
                return Where() + ": enum must have 1..256 values";
            }

            if ((Type == DpType.String || Type == DpType.Raw) && (MaxLength < 0 || MaxLength > FrameFormat.MaxEncodableDataLength))
            {
                return Where() + ": max length must be 0..65535";
            }

            if (Type == DpType.Bitmap && !DpType.IsValidLength(DpType.Bitmap, BitmapLength))
            {
                return Where() + ": bitmap must be 1, 2 or 4 bytes";
            }

            return null;
        }

        /// <summary>
        /// Checks a command unit against this definition: access, type, length and range.
        /// The reader is positioned on the unit. Null when acceptable, else why not.
        /// </summary>
        public string CheckCommand(DpReader unit)
        {
            if (!IsWritable)
            {
                return Where() + " is read-only";
            }

            if (unit.Type != Type)
            {
                return Where() + " is " + DpType.GetName(Type) + ", the command sent " + DpType.GetName(unit.Type);
            }

            switch (Type)
            {
                case DpType.Value:
                    return CheckNumber(unit.ReadValue());
                case DpType.Enum:
                    return CheckNumber(unit.ReadEnum());
                case DpType.String:
                case DpType.Raw:
                    return unit.ValueLength <= MaxLength ? null : Where() + ": " + unit.ValueLength.ToString() + " bytes exceed the maximum of " + MaxLength.ToString();
                case DpType.Bitmap:
                    if (unit.ValueLength != BitmapLength)
                    {
                        return Where() + ": bitmap must be " + BitmapLength.ToString() + " byte(s), got " + unit.ValueLength.ToString();
                    }

                    return CheckNumber((int)unit.ReadBigEndian());
                default:
                    return null;
            }
        }

        /// <summary>
        /// Checks a number for a value, enum, bool or bitmap DP against the schema's range, step,
        /// enum range or bitmap width, whichever path it came by (DP command, AT command, downlink).
        /// Null when acceptable, else why not. Access mode is not checked here.
        /// </summary>
        public string CheckNumber(int value)
        {
            switch (Type)
            {
                case DpType.Value:
                    if (value < Min || value > Max)
                    {
                        return Where() + ": " + value.ToString() + " is outside " + Min.ToString() + ".." + Max.ToString();
                    }

                    if (((long)value - Min) % Step != 0)
                    {
                        return Where() + ": " + value.ToString() + " is not on the step " + Step.ToString() + " from " + Min.ToString();
                    }

                    return null;
                case DpType.Enum:
                    return value >= 0 && value < EnumCount ? null : Where() + ": enum value " + value.ToString() + " is outside 0.." + (EnumCount - 1).ToString();
                case DpType.Bool:
                    return value == 0 || value == 1 ? null : Where() + ": a bool is 0 or 1, got " + value.ToString();
                case DpType.Bitmap:
                    if (BitmapBits > 0 && BitmapBits < 32 && ((uint)value >> BitmapBits) != 0)
                    {
                        return Where() + ": bits above bit " + (BitmapBits - 1).ToString() + " are set";
                    }

                    return null;
                default:
                    return Where() + " is " + DpType.GetName(Type) + ", not a number";
            }
        }

        // Built only for a refusal: an accepted command allocates nothing.
        private string Where()
        {
            return "DP " + Id.ToString() + " (" + Code + ")";
        }
    }
}
