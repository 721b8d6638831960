using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TuyaMcu.Dispatch;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Tooling.Schema;

/// <summary>
/// A product's DP table as JSON in the shape of a Tuya IoT Platform product schema: an array of
/// <c>{"id":1,"code":"doorcontact_state","name":"…","mode":"ro","type":"obj","property":{"type":"bool"}}</c>,
/// where the property carries the limits (<c>min</c>, <c>max</c>, <c>step</c>, <c>scale</c>,
/// <c>unit</c> for value; <c>range</c> for enum; <c>maxlen</c> for string and raw; <c>label</c> or
/// <c>maxlen</c> (bits) for bitmap). The device builds its table in code and never parses JSON;
/// the host writes it for the platform and reads it back to check what it wrote.
/// </summary>
public static class DpSchemaJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The table as the platform imports it: one entry a line.</summary>
    public static string Write(IEnumerable<DpDefinition> definitions)
    {
        var text = new StringBuilder("[");
        string separator = "\n  ";
        foreach (DpDefinition dp in definitions)
        {
            text.Append(separator).Append(WriteEntry(dp));
            separator = ",\n  ";
        }

        return text.Append("\n]").ToString();
    }

    private static string WriteEntry(DpDefinition dp)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("id", dp.Id);
            json.WriteString("code", dp.Code);
            json.WriteString("name", dp.Name ?? dp.Code);
            json.WriteString("mode", dp.Mode switch { DpMode.ReadOnly => "ro", DpMode.WriteOnly => "wr", _ => "rw" });
            json.WriteString("type", dp.Type == DpType.Raw ? "raw" : "obj");
            json.WriteStartObject("property");
            json.WriteString("type", DpType.GetName(dp.Type));
            switch (dp.Type)
            {
                case DpType.Value:
                    json.WriteNumber("min", dp.Min);
                    json.WriteNumber("max", dp.Max);
                    json.WriteNumber("step", dp.Step);
                    json.WriteNumber("scale", dp.Scale);
                    json.WriteString("unit", dp.Unit ?? "");
                    break;
                case DpType.Enum:
                    json.WriteStartArray("range");
                    foreach (string name in dp.EnumNames ?? Enumerable.Range(0, dp.EnumCount).Select(i => i.ToString()).ToArray())
                    {
                        json.WriteStringValue(name);
                    }

                    json.WriteEndArray();
                    break;
                case DpType.String:
                case DpType.Raw:
                    json.WriteNumber("maxlen", dp.MaxLength);
                    break;
                case DpType.Bitmap:
                    json.WriteNumber("maxlen", dp.BitmapBits > 0 ? dp.BitmapBits : dp.BitmapLength * 8);
                    break;
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Parses a schema; throws <see cref="ArgumentException"/> naming the entry and field at fault.</summary>
    public static DpDefinition[] Parse(string json)
    {
        var reader = new JsonReader(json);
        if (reader.Read() != JsonToken.StartArray)
        {
            throw new ArgumentException("schema must be a JSON array" + Where(reader));
        }

        var definitions = new List<DpDefinition>();
        var seen = new bool[256];
        while (true)
        {
            JsonToken token = reader.Read();
            if (token == JsonToken.EndArray)
            {
                break;
            }

            if (token != JsonToken.StartObject)
            {
                throw new ArgumentException($"schema entry {definitions.Count + 1} is not an object{Where(reader)}");
            }

            DpDefinition definition = ReadEntry(reader, definitions.Count + 1);
            if (seen[definition.Id])
            {
                throw new ArgumentException($"schema lists DP {definition.Id} twice");
            }

            seen[definition.Id] = true;
            definitions.Add(definition);
        }

        if (reader.Read() != JsonToken.End)
        {
            throw new ArgumentException("unexpected text after the schema" + Where(reader));
        }

        return [.. definitions];
    }

    private sealed class Fields
    {
        public long Id = -1;
        public string? Code;
        public string? Name;
        public string? Mode;
        public string? Type;
        public long Min = int.MinValue;
        public long Max = int.MaxValue;
        public long Step = 1;
        public long Scale;
        public long MaxLength = -1;
        public string? Unit;
        public string[]? Range;
        public int Labels = -1;
    }

    private static DpDefinition ReadEntry(JsonReader reader, int index)
    {
        var e = new Fields();
        string where = $"schema entry {index}";
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
            switch (member)
            {
                case "id":
                    e.Id = Integer(reader, token, where, "id");
                    where = $"schema entry {index} (DP {e.Id})";
                    break;
                case "code": e.Code = Text(reader, token, where, "code"); break;
                case "name": e.Name = Text(reader, token, where, "name"); break;
                case "mode": e.Mode = Text(reader, token, where, "mode"); break;
                case "property": ReadProperty(reader, token, where, e); break;
                default:
                    if (!reader.SkipValue(token))
                    {
                        throw new ArgumentException(where + " is malformed" + Where(reader));
                    }

                    break;
            }
        }

        return Build(e, where);
    }

    private static void ReadProperty(JsonReader reader, JsonToken token, string where, Fields e)
    {
        if (token != JsonToken.StartObject)
        {
            throw new ArgumentException(where + ": property must be an object" + Where(reader));
        }

        while ((token = reader.Read()) != JsonToken.EndObject)
        {
            if (token != JsonToken.PropertyName)
            {
                throw new ArgumentException(where + ": property is malformed" + Where(reader));
            }

            string field = reader.Text;
            token = reader.Read();
            switch (field)
            {
                case "type": e.Type = Text(reader, token, where, "property.type"); break;
                case "min": e.Min = Integer(reader, token, where, "min"); break;
                case "max": e.Max = Integer(reader, token, where, "max"); break;
                case "step": e.Step = Integer(reader, token, where, "step"); break;
                case "scale": e.Scale = Integer(reader, token, where, "scale"); break;
                case "maxlen": e.MaxLength = Integer(reader, token, where, "maxlen"); break;
                case "unit": e.Unit = Text(reader, token, where, "unit"); break;
                case "range": e.Range = Strings(reader, token, where, "range"); break;
                case "label": e.Labels = Strings(reader, token, where, "label").Length; break;
                default:
                    if (!reader.SkipValue(token))
                    {
                        throw new ArgumentException(where + " is malformed" + Where(reader));
                    }

                    break;
            }
        }
    }

    private static DpDefinition Build(Fields e, string where)
    {
        if (e.Id < 1 || e.Id > 255)
        {
            throw new ArgumentException(where + ": id must be 1..255");
        }

        if (string.IsNullOrEmpty(e.Code))
        {
            throw new ArgumentException(where + ": code is missing");
        }

        int type = e.Type == null ? -1 : DpType.Parse(e.Type);
        if (type < 0)
        {
            throw new ArgumentException(where + ": property.type must be raw, bool, value, string, enum or bitmap");
        }

        DpMode mode = e.Mode switch
        {
            "rw" => DpMode.ReadWrite,
            "ro" => DpMode.ReadOnly,
            "wr" => DpMode.WriteOnly,
            _ => throw new ArgumentException(where + ": mode must be rw, ro or wr"),
        };
        var definition = new DpDefinition((byte)e.Id, e.Code, e.Name ?? e.Code, (byte)type, mode);
        switch (type)
        {
            case DpType.Value:
                if (e.Min < int.MinValue || e.Max > int.MaxValue || e.Min > e.Max || e.Step < 1 || e.Scale < 0 || e.Scale > 9)
                {
                    throw new ArgumentException(where + ": value needs min <= max within 32 bits, step >= 1 and scale 0..9");
                }

                definition.Min = (int)e.Min;
                definition.Max = (int)e.Max;
                definition.Step = (int)e.Step;
                definition.Scale = (int)e.Scale;
                definition.Unit = e.Unit;
                break;
            case DpType.Enum:
                if (e.Range == null || e.Range.Length == 0 || e.Range.Length > 256)
                {
                    throw new ArgumentException(where + ": enum needs a range of 1..256 names");
                }

                if (e.Range.Any(name => name.Length == 0 || name.Contains(',')))
                {
                    throw new ArgumentException(where + ": enum names must be non-empty and without commas");
                }

                definition.SetEnumNames(string.Join(",", e.Range));
                break;
            case DpType.String:
            case DpType.Raw:
                if (e.MaxLength < 0 || e.MaxLength > FrameFormat.MaxEncodableDataLength)
                {
                    throw new ArgumentException(where + ": maxlen must be 0..65535");
                }

                definition.MaxLength = (int)e.MaxLength;
                break;
            case DpType.Bitmap:
                int bits = e.Labels >= 0 ? e.Labels : (int)e.MaxLength;
                if (bits < 1 || bits > 32)
                {
                    throw new ArgumentException(where + ": bitmap needs 1..32 labels (or maxlen bits)");
                }

                definition.BitmapBits = bits;
                definition.BitmapLength = bits <= 8 ? 1 : bits <= 16 ? 2 : 4;
                break;
        }

        string? error = definition.Validate();
        return error == null ? definition : throw new ArgumentException(where + ": " + error);
    }

    private static long Integer(JsonReader reader, JsonToken token, string where, string field) =>
        token == JsonToken.Number && reader.TryGetInt64(out long value)
            ? value
            : throw new ArgumentException($"{where}: {field} must be an integer{Where(reader)}");

    private static string Text(JsonReader reader, JsonToken token, string where, string field) =>
        token == JsonToken.String ? reader.Text : throw new ArgumentException($"{where}: {field} must be a string{Where(reader)}");

    private static string[] Strings(JsonReader reader, JsonToken token, string where, string field)
    {
        if (token != JsonToken.StartArray)
        {
            throw new ArgumentException($"{where}: {field} must be an array of strings{Where(reader)}");
        }

        var items = new List<string>();
        while ((token = reader.Read()) != JsonToken.EndArray)
        {
            items.Add(Text(reader, token, where, field));
        }

        return [.. items];
    }

    private static string Where(JsonReader reader) => reader.Error == null ? string.Empty : ": " + reader.Error;
}
