using System.Globalization;
using System.Text.Json;

namespace TuyaMcu.Bench.Web.Api;

/// <summary>
/// A request's JSON object, read with limits, and its fields checked by name: a missing, unknown,
/// mistyped or out-of-range field is an <see cref="ApiError"/> naming it.
/// </summary>
public sealed class RequestBody
{
    /// <summary>Largest body read.</summary>
    public const int MaxBytes = 64 * 1024;

    private readonly JsonElement _root;

    private RequestBody(JsonElement root) => _root = root;

    /// <summary>Reads the body (an empty one is an empty object) and rejects fields not in <paramref name="fields"/>.</summary>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, params string[] fields)
    {
        var buffer = new MemoryStream();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = await request.Body.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > MaxBytes)
            {
                throw ApiError.Bad($"the body is longer than {MaxBytes} bytes");
            }
        }

        if (buffer.Length == 0)
        {
            return new RequestBody(JsonDocument.Parse("{}").RootElement);
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(buffer.ToArray()).RootElement;
        }
        catch (JsonException e)
        {
            throw ApiError.Bad($"the body is not JSON: {e.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ApiError.Bad("the body must be a JSON object");
        }

        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (!fields.Contains(property.Name))
            {
                throw ApiError.Bad(fields.Length == 0
                    ? $"unknown field '{property.Name}' (this endpoint takes no fields)"
                    : $"unknown field '{property.Name}' (this endpoint takes {string.Join(", ", fields)})");
            }
        }

        return new RequestBody(root);
    }

    /// <summary>True when the field is present.</summary>
    public bool Has(string name) => _root.TryGetProperty(name, out _);

    /// <summary>The field's raw element, or an error when it is missing.</summary>
    public JsonElement Require(string name) =>
        _root.TryGetProperty(name, out JsonElement value) ? value : throw ApiError.Bad($"'{name}' is required");

    /// <summary>An integer field within [min, max]; <paramref name="fallback"/> when missing, or an error when that is null.</summary>
    public long Integer(string name, long min, long max, long? fallback = null)
    {
        if (!_root.TryGetProperty(name, out JsonElement value))
        {
            return fallback ?? throw ApiError.Bad($"'{name}' is required");
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long number))
        {
            throw ApiError.Bad($"'{name}' must be an integer, got {value.GetRawText()}");
        }

        return number >= min && number <= max ? number : throw ApiError.Bad($"'{name}' must be {min}..{max}, got {number}");
    }

    /// <summary>A number field within [min, max].</summary>
    public double Number(string name, double min, double max)
    {
        JsonElement value = Require(name);
        if (value.ValueKind != JsonValueKind.Number || !double.IsFinite(value.GetDouble()))
        {
            throw ApiError.Bad($"'{name}' must be a number, got {value.GetRawText()}");
        }

        double number = value.GetDouble();
        return number >= min && number <= max
            ? number
            : throw ApiError.Bad(string.Create(CultureInfo.InvariantCulture, $"'{name}' must be between {min} and {max}, got {number}"));
    }

    /// <summary>A string field; <paramref name="fallback"/> when missing, or an error when that is null.</summary>
    public string Text(string name, string? fallback = null)
    {
        if (!_root.TryGetProperty(name, out JsonElement value))
        {
            return fallback ?? throw ApiError.Bad($"'{name}' is required");
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw ApiError.Bad($"'{name}' must be a string, got {value.GetRawText()}");
    }
}
