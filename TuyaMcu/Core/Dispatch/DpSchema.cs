using System;
using System.Collections;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// Reads a product's data points from JSON in the shape of a Tuya IoT Platform product
    /// schema: an array of <c>{"id":1,"code":"doorcontact_state","name":"…","mode":"ro",
    /// "type":"obj","property":{"type":"bool"}}</c>, where the property carries the limits
    /// (<c>min</c>, <c>max</c>, <c>step</c>, <c>scale</c>, <c>unit</c> for value; <c>range</c> for
    /// enum; <c>maxlen</c> for string and raw; <c>label</c> or <c>maxlen</c> (bits) for bitmap).
    /// Runs once at start-up, so it may allocate.
    /// </summary>
    public static class DpSchema
    {
        /// <summary>Parses the schema; throws <see cref="ArgumentException"/> naming the entry and field at fault.</summary>
        public static DpDefinition[] Parse(string json)
        {
            JsonReader reader = new JsonReader(json);
            if (reader.Read() != JsonToken.StartArray)
            {
                throw new ArgumentException("schema must be a JSON array" + Where(reader));
            }

            ArrayList definitions = new ArrayList();
            bool[] seen = new bool[256];
            while (true)
            {
                JsonToken token = reader.Read();
                if (token == JsonToken.EndArray)
                {
                    break;
                }

                if (token != JsonToken.StartObject)
                {
                    throw new ArgumentException("schema entry " + (definitions.Count + 1).ToString() + " is not an object" + Where(reader));
                }

                DpDefinition definition = ReadEntry(reader, definitions.Count + 1);
                if (seen[definition.Id])
                {
                    throw new ArgumentException("schema lists DP " + definition.Id.ToString() + " twice");
                }

                seen[definition.Id] = true;
                definitions.Add(definition);
            }

            if (reader.Read() != JsonToken.End)
            {
                throw new ArgumentException("unexpected text after the schema" + Where(reader));
            }

            DpDefinition[] result = new DpDefinition[definitions.Count];
            definitions.CopyTo(result, 0);
            return result;
        }

        private static DpDefinition ReadEntry(JsonReader reader, int index)
        {
            long id = -1;
            string code = null;
            string name = null;
            string mode = null;
            string type = null;
            long min = int.MinValue;
            long max = int.MaxValue;
            long step = 1;
            long scale = 0;
            long maxLength = -1;
            string unit = null;
            string[] range = null;
            int labels = -1;
            string where = "schema entry " + index.ToString();

            while (true)
            {
                JsonToken token = reader.Read();
                if (token == JsonToken.EndObject)
                {
                    break;
                }

                if (token != JsonToken.PropertyName)
                {
                    throw new ArgumentException(where + " is malformed" + Where(reader));
                }

                string member = reader.Text;
                token = reader.Read();
                if (member == "id")
                {
                    id = Integer(reader, token, where, "id");
                    where = "schema entry " + index.ToString() + " (DP " + id.ToString() + ")";
                }
                else if (member == "code")
                {
                    code = Text(reader, token, where, "code");
                }
                else if (member == "name")
                {
                    name = Text(reader, token, where, "name");
                }
                else if (member == "mode")
                {
                    mode = Text(reader, token, where, "mode");
                }
                else if (member == "property")
                {
                    if (token != JsonToken.StartObject)
                    {
                        throw new ArgumentException(where + ": property must be an object" + Where(reader));
                    }

                    while (true)
                    {
                        token = reader.Read();
                        if (token == JsonToken.EndObject)
                        {
                            break;
                        }

                        if (token != JsonToken.PropertyName)
                        {
                            throw new ArgumentException(where + ": property is malformed" + Where(reader));
                        }

                        string field = reader.Text;
                        token = reader.Read();
                        switch (field)
                        {
                            case "type": type = Text(reader, token, where, "property.type"); break;
                            case "min": min = Integer(reader, token, where, "min"); break;
                            case "max": max = Integer(reader, token, where, "max"); break;
                            case "step": step = Integer(reader, token, where, "step"); break;
                            case "scale": scale = Integer(reader, token, where, "scale"); break;
                            case "maxlen": maxLength = Integer(reader, token, where, "maxlen"); break;
                            case "unit": unit = Text(reader, token, where, "unit"); break;
                            case "range": range = Strings(reader, token, where, "range"); break;
                            case "label": labels = Strings(reader, token, where, "label").Length; break;
                            default:
                                if (!reader.SkipValue(token))
                                {
                                    throw new ArgumentException(where + " is malformed" + Where(reader));
                                }

                                break;
                        }
                    }
                }
                else if (!reader.SkipValue(token))
                {
                    throw new ArgumentException(where + " is malformed" + Where(reader));
                }
            }

            if (id < 1 || id > 255)
            {
                throw new ArgumentException(where + ": id must be 1..255");
            }

            if (code == null || code.Length == 0)
            {
                throw new ArgumentException(where + ": code is missing");
            }

            int dpType = type == null ? -1 : DpType.Parse(type);
            if (dpType < 0)
            {
                throw new ArgumentException(where + ": property.type must be raw, bool, value, string, enum or bitmap");
            }

            DpDefinition definition = new DpDefinition((byte)id, code, name == null ? code : name, (byte)dpType, ParseMode(mode, where));
            switch (dpType)
            {
                case DpType.Value:
                    if (min < int.MinValue || max > int.MaxValue || min > max || step < 1 || scale < 0 || scale > 9)
                    {
                        throw new ArgumentException(where + ": value needs min <= max within 32 bits, step >= 1 and scale 0..9");
                    }

                    definition.Min = (int)min;
                    definition.Max = (int)max;
                    definition.Step = (int)step;
                    definition.Scale = (int)scale;
                    definition.Unit = unit;
                    break;
                case DpType.Enum:
                    if (range == null || range.Length == 0 || range.Length > 256)
                    {
                        throw new ArgumentException(where + ": enum needs a range of 1..256 names");
                    }

                    definition.EnumCount = range.Length;
                    definition.EnumNames = range;
                    break;
                case DpType.String:
                case DpType.Raw:
                    if (maxLength < 0 || maxLength > FrameFormat.MaxEncodableDataLength)
                    {
                        throw new ArgumentException(where + ": maxlen must be 0..65535");
                    }

                    definition.MaxLength = (int)maxLength;
                    break;
                case DpType.Bitmap:
                    int bits = labels >= 0 ? labels : (int)maxLength;
                    if (bits < 1 || bits > 32)
                    {
                        throw new ArgumentException(where + ": bitmap needs 1..32 labels (or maxlen bits)");
                    }

                    definition.BitmapBits = bits;
                    definition.BitmapLength = bits <= 8 ? 1 : bits <= 16 ? 2 : 4;
                    break;
            }

            string error = definition.Validate();
            if (error != null)
            {
                throw new ArgumentException(where + ": " + error);
            }

            return definition;
        }

        private static DpMode ParseMode(string mode, string where)
        {
            if (mode == "rw")
            {
                return DpMode.ReadWrite;
            }

            if (mode == "ro")
            {
                return DpMode.ReadOnly;
            }

            if (mode == "wr")
            {
                return DpMode.WriteOnly;
            }

            throw new ArgumentException(where + ": mode must be rw, ro or wr");
        }

        private static long Integer(JsonReader reader, JsonToken token, string where, string field)
        {
            long value;
            if (token != JsonToken.Number || !reader.TryGetInt64(out value))
            {
                throw new ArgumentException(where + ": " + field + " must be an integer" + Where(reader));
            }

            return value;
        }

        private static string Text(JsonReader reader, JsonToken token, string where, string field)
        {
            if (token != JsonToken.String)
            {
                throw new ArgumentException(where + ": " + field + " must be a string" + Where(reader));
            }

            return reader.Text;
        }

        private static string[] Strings(JsonReader reader, JsonToken token, string where, string field)
        {
            if (token != JsonToken.StartArray)
            {
                throw new ArgumentException(where + ": " + field + " must be an array of strings" + Where(reader));
            }

            ArrayList items = new ArrayList();
            while (true)
            {
                token = reader.Read();
                if (token == JsonToken.EndArray)
                {
                    break;
                }

                items.Add(Text(reader, token, where, field));
            }

            string[] result = new string[items.Count];
            items.CopyTo(result, 0);
            return result;
        }

        private static string Where(JsonReader reader)
        {
            return reader.Error == null ? string.Empty : ": " + reader.Error;
        }
    }
}
