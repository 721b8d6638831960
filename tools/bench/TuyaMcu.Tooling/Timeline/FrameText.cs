using System.Text;
using System.Text.Json;
using TuyaMcu.Protocol;
using TuyaMcu.Tooling.Decoding;

namespace TuyaMcu.Tooling.Timeline;

/// <summary>
/// Renders a frame as short readable text for timelines: the decoded payload as key=value pairs
/// (DP units by their schema codes), leaving out what the line already says.
/// </summary>
public sealed class FrameText(Func<int, string?>? dpCodeForId = null)
{
    private static readonly HashSet<string> Omitted = ["version", "command", "name", "length", "data", "checksumOk", "from"];
    private readonly FrameDescriber _describer = new(dpCodeForId);

    /// <summary>The frame's content as key=value pairs.</summary>
    public string Render(Frame frame, bool checksumOk)
    {
        using JsonDocument json = JsonDocument.Parse(_describer.Describe(frame, checksumOk));
        var text = new StringBuilder();
        foreach (JsonProperty property in json.RootElement.EnumerateObject())
        {
            if (Omitted.Contains(property.Name))
            {
                continue;
            }

            if (property.Name == "dps")
            {
                foreach (JsonElement dp in property.Value.EnumerateArray())
                {
                    string name = dp.TryGetProperty("code", out JsonElement code) ? code.GetString()! : "dp" + dp.GetProperty("id").GetInt32();
                    Append(text, name, dp.GetProperty("value"), dp.GetProperty("type").GetString() == "raw");
                }

                continue;
            }

            Append(text, property.Name, property.Value, false);
        }

        if (!checksumOk)
        {
            text.Insert(0, "BAD CHECKSUM ");
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, JsonElement value, bool raw)
    {
        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(name).Append('=');
        string rendered = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            _ => value.GetRawText(),
        };
        if (raw && rendered.Length > 24)
        {
            rendered = $"<{rendered.Length / 2} bytes>";
        }

        text.Append(rendered);
    }
}
