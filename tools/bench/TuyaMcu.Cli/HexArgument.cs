using TuyaMcu.Text;

namespace TuyaMcu.Cli;

/// <summary>Hex given on the command line.</summary>
internal static class HexArgument
{
    /// <summary>The bytes of <paramref name="text"/>; when it is not hex, a usage error "<paramref name="subject"/>: where and why".</summary>
    public static byte[] Parse(string text, string subject)
    {
        try
        {
            return Hex.ToBytes(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"{subject}: {e.Message}");
        }
    }
}
