namespace TuyaMcu.Cli;

/// <summary>Reads a file an option names; a file that cannot be read is a usage error naming the option and the file.</summary>
internal static class InputFile
{
    /// <summary>The file's text.</summary>
    public static string ReadText(string option, string path) => Read(option, path, File.ReadAllText);

    /// <summary>The file's bytes.</summary>
    public static byte[] ReadBytes(string option, string path) => Read(option, path, File.ReadAllBytes);

    private static T Read<T>(string option, string path, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{option}: cannot read '{path}': {e.Message}");
        }
    }
}
