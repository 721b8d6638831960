using System.Text;
using System.Text.Json;

namespace TuyaMcu.Cli;

/// <summary>Writes one JSON value as one line of output.</summary>
internal static class JsonLine
{
    /// <summary>Writes what <paramref name="write"/> writes to a <see cref="Utf8JsonWriter"/> as one line of <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
