using System.Text;

namespace TuyaMcu.Cli;

/// <summary>
/// Reads a file an option names, in bounded memory: a file that cannot be read (missing, a
/// directory, unreadable, larger than the limit, /dev/zero) is a usage error naming the option,
/// the file and the reason. A pipe is fine (<c>--scenario &lt;(...)</c>): it is read to its end.
/// </summary>
internal static class InputFile
{
    /// <summary>The file's text (UTF-8), at most <paramref name="maxBytes"/> bytes of it.</summary>
    public static string ReadText(string option, string path, int maxBytes) => Encoding.UTF8.GetString(ReadBytes(option, path, maxBytes));

    /// <summary>The file's bytes, at most <paramref name="maxBytes"/> of them.</summary>
    public static byte[] ReadBytes(string option, string path, int maxBytes)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{option}: '{path}' is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"{option}: no such file '{path}'");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            var content = new MemoryStream();
            byte[] block = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(block, 0, block.Length)) > 0)
            {
                if (content.Length + read > maxBytes)
                {
                    throw new UsageException($"{option}: '{path}' is larger than {Size(maxBytes)}");
                }

                content.Write(block, 0, read);
            }

            return content.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{option}: cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>Checks that an output file can be created at <paramref name="path"/> (its directory exists, it is not one).</summary>
    public static void CheckOutput(string option, string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{option}: '{path}' is a directory; give a file name");
        }

        string? parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent != null && !Directory.Exists(parent))
        {
            throw new UsageException($"{option}: cannot write '{path}': no directory '{parent}'");
        }
    }

    private static string Size(int bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MiB" : $"{bytes >> 10} KiB";
}
