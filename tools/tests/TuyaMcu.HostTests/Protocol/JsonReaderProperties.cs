using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using TuyaMcu.Text;

namespace TuyaMcu.HostTests.Protocol;

/// <summary>
/// The firmware's JSON reader (product info, APN, DP schema) on random documents, the same with
/// one fragment put in or one character taken out, and JSON fragments in random order: it never throws, always ends in End or Error, and accepts exactly
/// the texts System.Text.Json accepts, with the same tokens.
/// </summary>
public sealed class JsonReaderProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true);

    // Enough to build every construct, and most ways of getting one wrong.
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ",", ":", " ", "\n", "\"", "\"a\"", "\"é\"", "\"\\u00e9\\n\"", "\"\\q\"", "\"\\u12\"",
        "0", "1", "-2", "10", "01", "-", "1.5", "1.", ".5", "2e3", "2E-3", "2e", "1-2", "--1",
        "true", "false", "null", "nul", "tru", "x",
    ];

    private static readonly string[] Scalars = ["0", "-12", "3.25e-2", "\"a b\"", "\"\\u00e9\\\"\"", "\"\"", "true", "false", "null"];

    private static Gen<string> Value(int size) =>
        size <= 0
            ? Gen.Elements(Scalars)
            : Gen.OneOf(
                Gen.Elements(Scalars),
                Items(size).Select(items => "[" + string.Join(",", items) + "]"),
                Items(size).Select(items => "{" + string.Join(", ", items.Select((v, i) => $"\"k{i}\": {v}")) + "}"));

    private static Gen<string[]> Items(int size) => Gen.Choose(0, 4).SelectMany(n => Value(size / 2).ArrayOf(n));

    // Valid documents, then the same with one fragment put in or one character taken out.
    private static Gen<string> Texts =>
        Gen.Sized(Value).SelectMany(valid => Gen.OneOf(
            Gen.Constant(valid),
            Gen.Choose(0, valid.Length).SelectMany(at => Gen.Elements(Fragments).Select(f => valid.Insert(at, f))),
            Gen.Choose(0, Math.Max(0, valid.Length - 1)).Select(at => valid.Length == 0 ? valid : valid.Remove(at, 1)),
            Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts))));

    [Fact]
    public void AnyText_NeverThrows_EndsInEndOrError_AndAgreesWithSystemTextJson()
    {
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            List<JsonToken> tokens = Read(text, out string? error);
            List<JsonToken>? expected = ReadWithSystemTextJson(text);

            if (expected == null)
            {
                Assert.True(error != null, $"accepted what System.Text.Json refuses: {text}");
                Assert.Contains("position", error);
            }
            else
            {
                Assert.True(error == null, $"refused valid JSON {text}: {error}");
                Assert.Equal(expected, tokens);
            }

            return true;
        }).Check(Config);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("[1.]")]
    [InlineData("[.5]")]
    [InlineData("{\"a\":2e}")]
    [InlineData("[1-2]")]
    [InlineData("[--1]")]
    [InlineData("-")]
    public void MalformedNumber_IsAnError(string json)
    {
        Read(json, out string? error);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("[0,-0,10,1.5,-2E-3,2e+3]")]
    public void WellFormedNumbers_AreNumbers(string json)
    {
        Assert.Equal([JsonToken.StartArray, .. Enumerable.Repeat(JsonToken.Number, 6), JsonToken.EndArray], Read(json, out string? error));
        Assert.Null(error);
    }

    private static List<JsonToken> Read(string text, out string? error)
    {
        var reader = new JsonReader(text);
        var tokens = new List<JsonToken>();

        // Each token takes at least one character, so a reader that does not stop is caught here.
        for (int i = 0; i <= text.Length + 1; i++)
        {
            JsonToken token = reader.Read();
            if (token == JsonToken.End || token == JsonToken.Error)
            {
                error = reader.Error;
                Assert.Equal(token == JsonToken.Error, error != null);

                // Past the end or the first error, nothing changes.
                Assert.Equal(token, reader.Read());
                return tokens;
            }

            if (token == JsonToken.Number)
            {
                reader.TryGetInt64(out _);
            }

            tokens.Add(token);
        }

        throw new Xunit.Sdk.XunitException($"no End or Error after {text.Length + 2} tokens: {text}");
    }

    private static List<JsonToken>? ReadWithSystemTextJson(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = 32 });
        var tokens = new List<JsonToken>();
        try
        {
            while (reader.Read())
            {
                tokens.Add(reader.TokenType switch
                {
                    JsonTokenType.StartObject => JsonToken.StartObject,
                    JsonTokenType.EndObject => JsonToken.EndObject,
                    JsonTokenType.StartArray => JsonToken.StartArray,
                    JsonTokenType.EndArray => JsonToken.EndArray,
                    JsonTokenType.PropertyName => JsonToken.PropertyName,
                    JsonTokenType.String => JsonToken.String,
                    JsonTokenType.Number => JsonToken.Number,
                    JsonTokenType.True => JsonToken.True,
                    JsonTokenType.False => JsonToken.False,
                    _ => JsonToken.Null,
                });
            }

            return tokens;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
