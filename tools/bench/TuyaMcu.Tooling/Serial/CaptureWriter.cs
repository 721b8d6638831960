using System.Globalization;
using TuyaMcu.Protocol;
using TuyaMcu.Text;

namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// Writes a monitor capture: a text file that <c>tuyamcu decode</c> reads back. Comment lines
/// start with '#' (a header, each frame's timestamp, a closing summary); every frame is one line
/// of hex bytes, so each line decodes as an independent stream. Checksum-mismatched candidates
/// are kept too (decode reports them again with "checksumOk":false). Flushed after every frame,
/// so the file is complete up to the last frame even if the process is killed.
/// </summary>
public sealed class CaptureWriter : IDisposable
{
    private readonly TextWriter _output;

    /// <summary>Writes to <paramref name="output"/>, which this object then owns.</summary>
    public CaptureWriter(TextWriter output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
    }

    /// <summary>Creates (or truncates) the file at <paramref name="path"/>.</summary>
    public static CaptureWriter Create(string path) =>
        new(new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" });

    /// <summary>The ISO-8601 form used for every timestamp: local time with milliseconds and UTC offset.</summary>
    public static string FormatTimestamp(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>Opening comment: what was captured, from where, since when.</summary>
    public void WriteHeader(string source, DateTimeOffset started)
    {
        _output.WriteLine($"# tuyamcu monitor capture of {source}, started {FormatTimestamp(started)}");
        _output.WriteLine("# one frame per line (hex); '#' lines are comments; read back with: tuyamcu decode < FILE");
        _output.Flush();
    }

    /// <summary>One frame: a timestamp comment, then its bytes.</summary>
    public void WriteFrame(DateTimeOffset receivedAt, Frame frame, bool checksumOk)
    {
        _output.WriteLine(checksumOk ? $"# {FormatTimestamp(receivedAt)}" : $"# {FormatTimestamp(receivedAt)} checksum mismatch");
        _output.WriteLine(Hex.Format(frame.Buffer, frame.Offset, frame.Length, ' '));
        _output.Flush();
    }

    /// <summary>Closing comment with the parser's counters.</summary>
    public void WriteSummary(DateTimeOffset stopped, ParserStatistics statistics)
    {
        _output.WriteLine(
            $"# stopped {FormatTimestamp(stopped)}: {statistics.BytesReceived} bytes, {statistics.Frames} frames, " +
            $"{statistics.ChecksumErrors} checksum errors, {statistics.DiscardedBytes} discarded bytes, {statistics.Timeouts} timeouts");
        _output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();
}
