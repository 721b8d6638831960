using System;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// One data point of the product schema: id, code, type, access mode, and the limits a
    /// command must respect (value range and step, enum range, string/raw length, bitmap width).
    /// A profile builds its table in code (<see cref="Value"/>, <see cref="Enum"/>...), with its
    /// texts as literals: on the device a definition is one small object whose texts stay in the
    /// assembly, in flash. The host exports the table as the Tuya platform's JSON.
    /// </summary>
    public sealed class DpDefinition
    {
        // nanoCLR gives every field a 12-byte block whatever its type, so the definition keeps few:
        // id, type, mode and scale in one int, and three ints and one text whose meaning the type
        // sets (value: min, max, step, unit; enum: count, names; string, raw: max length; bitmap:
        // bytes, bits).
        private int _header;
        private int _a;
        private int _b;
        private int _c;
        private string _text;

        /// <summary>Creates a definition with the type's widest limits; <see cref="Validate"/> checks its consistency.</summary>
        public DpDefinition(byte id, string code, string name, byte type, DpMode mode)
        {
            _header = id | (type << 8) | ((int)mode << 16);
            Code = code;
            Name = name;
            switch (type)
            {
                case DpType.Value:
                    _a = int.MinValue;
                    _b = int.MaxValue;
                    _c = 1;
                    break;
                case DpType.Enum:
                    _b = 256;
                    break;
                case DpType.String:
                case DpType.Raw:
                    _b = 255;
                    break;
                case DpType.Bitmap:
                    _a = 4;
                    break;
            }
        }

        /// <summary>A bool DP.</summary>
        public static DpDefinition Bool(byte id, string code, string name, DpMode mode)
        {
            return new DpDefinition(id, code, name, DpType.Bool, mode);
        }

        /// <summary>A value DP of <paramref name="min"/>..<paramref name="max"/> in steps of 1, in <paramref name="unit"/> (or null).</summary>
        public static DpDefinition Value(byte id, string code, string name, DpMode mode, int min, int max, string unit)
        {
            DpDefinition dp = new DpDefinition(id, code, name, DpType.Value, mode);
            dp._a = min;
            dp._b = max;
            dp._text = unit;
            return dp;
        }

        /// <summary>An enum DP whose values are named, in order, by <paramref name="names"/>: comma-separated, e.g. <c>"low,middle,high"</c>.</summary>
        public static DpDefinition Enum(byte id, string code, string name, DpMode mode, string names)
        {
            DpDefinition dp = new DpDefinition(id, code, name, DpType.Enum, mode);
            dp.SetEnumNames(names);
            return dp;
        }

        /// <summary>A string DP of at most <paramref name="maxLength"/> bytes (UTF-8).</summary>
        public static DpDefinition Text(byte id, string code, string name, DpMode mode, int maxLength)
        {
            DpDefinition dp = new DpDefinition(id, code, name, DpType.String, mode);
            dp._b = maxLength;
            return dp;
        }

        /// <summary>A raw DP of at most <paramref name="maxLength"/> bytes.</summary>
        public static DpDefinition Raw(byte id, string code, string name, DpMode mode, int maxLength)
        {
            DpDefinition dp = new DpDefinition(id, code, name, DpType.Raw, mode);
            dp._b = maxLength;
            return dp;
        }

        /// <summary>DP id, 1..255.</summary>
        public byte Id
        {
            get { return (byte)_header; }
        }

        /// <summary>The schema's function code, e.g. doorcontact_state.</summary>
        public string Code { get; private set; }

        /// <summary>Human-readable name.</summary>
        public string Name { get; private set; }

        /// <summary>One of <see cref="DpType"/>.</summary>
        public byte Type
        {
            get { return (byte)(_header >> 8); }
        }

        /// <summary>Access mode.</summary>
        public DpMode Mode
        {
            get { return (DpMode)((_header >> 16) & 0xFF); }
        }

        /// <summary>Smallest value (type value; int.MinValue for others).</summary>
        public int Min
        {
            get { return Type == DpType.Value ? _a : int.MinValue; }
            set { _a = Checked(DpType.Value, value); }
        }

        /// <summary>Largest value (type value; int.MaxValue for others).</summary>
        public int Max
        {
            get { return Type == DpType.Value ? _b : int.MaxValue; }
            set { _b = Checked(DpType.Value, value); }
        }

        /// <summary>Values must be Min + k × Step (type value).</summary>
        public int Step
        {
            get { return Type == DpType.Value ? _c : 1; }
            set { _c = Checked(DpType.Value, value); }
        }

        /// <summary>Scale, 0..9: the value is divided by 10^Scale for display (type value).</summary>
        public int Scale
        {
            get { return (_header >> 24) & 0xFF; }
            set
            {
                Require(DpType.Value);
                _header = (_header & 0xFFFFFF) | (value << 24);
            }
        }

        /// <summary>Unit for display, or null (type value).</summary>
        public string Unit
        {
            get { return Type == DpType.Value ? _text : null; }
            set
            {
                Require(DpType.Value);
                _text = value;
            }
        }

        /// <summary>Enum values are 0..EnumCount-1 (type enum; 256 for others).</summary>
        public int EnumCount
        {
            get { return Type == DpType.Enum ? _b : 256; }
            set { _b = Checked(DpType.Enum, value); }
        }

        /// <summary>The enum's value names in order, or null: a new array each time (for tools; the device never asks).</summary>
        public string[] EnumNames
        {
            get { return Type == DpType.Enum && _text != null ? _text.Split(',') : null; }
        }

        /// <summary>Longest string (bytes) or raw value (types string and raw; 255 for others).</summary>
        public int MaxLength
        {
            get { return Type == DpType.String || Type == DpType.Raw ? _b : 255; }
            set { _b = Checked(Type == DpType.String ? DpType.String : DpType.Raw, value); }
        }

        /// <summary>Bitmap width in bytes, 1, 2 or 4 (type bitmap).</summary>
        public int BitmapLength
        {
            get { return Type == DpType.Bitmap ? _a : 4; }
            set { _a = Checked(DpType.Bitmap, value); }
        }

        /// <summary>Bits a bitmap uses (0 = all of its bytes; type bitmap).</summary>
        public int BitmapBits
        {
            get { return Type == DpType.Bitmap ? _c : 0; }
            set { _c = Checked(DpType.Bitmap, value); }
        }

        /// <summary>Names the enum's values, comma-separated (<see cref="Enum"/>); sets <see cref="EnumCount"/> to their number.</summary>
        public void SetEnumNames(string names)
        {
            int count = 1;
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == ',')
                {
                    count++;
                }
            }

            Require(DpType.Enum);
            _b = count;
            _text = names;
        }

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

            if (Type == DpType.Value && (_a > _b || _c < 1))
            {
                return Where() + ": value range is empty or step is not positive";
            }

            if (Type == DpType.Enum && (_b < 1 || _b > 256))
            {
                return Where() + ": enum must have 1..256 values";
            }

            if ((Type == DpType.String || Type == DpType.Raw) && (_b < 0 || _b > FrameFormat.MaxEncodableDataLength))
            {
                return Where() + ": max length must be 0..65535";
            }

            if (Type == DpType.Bitmap && !DpType.IsValidLength(DpType.Bitmap, _a))
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
                    return unit.ValueLength <= _b ? null : Where() + ": " + unit.ValueLength.ToString() + " bytes exceed the maximum of " + _b.ToString();
                case DpType.Bitmap:
                    if (unit.ValueLength != _a)
                    {
                        return Where() + ": bitmap must be " + _a.ToString() + " byte(s), got " + unit.ValueLength.ToString();
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
                    if (value < _a || value > _b)
                    {
                        return Where() + ": " + value.ToString() + " is outside " + _a.ToString() + ".." + _b.ToString();
                    }

                    if (((long)value - _a) % _c != 0)
                    {
                        return Where() + ": " + value.ToString() + " is not on the step " + _c.ToString() + " from " + _a.ToString();
                    }

                    return null;
                case DpType.Enum:
                    return value >= 0 && value < _b ? null : Where() + ": enum value " + value.ToString() + " is outside 0.." + (_b - 1).ToString();
                case DpType.Bool:
                    return value == 0 || value == 1 ? null : Where() + ": a bool is 0 or 1, got " + value.ToString();
                case DpType.Bitmap:
                    if (_c > 0 && _c < 32 && ((uint)value >> _c) != 0)
                    {
                        return Where() + ": bits above bit " + (_c - 1).ToString() + " are set";
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
    
        // Guards the setters: a limit belongs to one type.
        private int Checked(byte type, int value)
        {
            Require(type);
            return value;
        }

        private void Require(byte type)
        {
            if (Type != type)
            {
                throw new InvalidOperationException(Where() + " is " + DpType.GetName(Type) + ": that limit belongs to " + DpType.GetName(type));
            }
        }
    }
}
