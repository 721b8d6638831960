using System.Text;
using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.Sessions;

/// <summary>
/// The AT console's byte stream inside a session: lines handed to <see cref="Submit"/> are its
/// input; what it writes comes out as whole lines (UTF-8, line end removed).
/// </summary>
public sealed class ConsoleLineTransport(Action<string> onLine) : IByteTransport
{
    private readonly Queue<byte> _input = new();
    private readonly StringBuilder _line = new();
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly char[] _chars = new char[256];

    /// <summary>True while submitted input is waiting to be read.</summary>
    public bool HasInput => _input.Count > 0;

    /// <summary>Queues <paramref name="line"/> and a line end as input.</summary>
    public void Submit(string line)
    {
        foreach (byte b in Encoding.UTF8.GetBytes(line + "\n"))
        {
            _input.Enqueue(b);
        }
    }

    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count)
    {
        int n = 0;
        while (n < count && _input.Count > 0)
        {
            buffer[offset + n++] = _input.Dequeue();
        }

        return n;
    }

    /// <inheritdoc />
    public void Write(byte[] buffer, int offset, int count)
    {
        int end = offset + count;
        for (int at = offset; at < end; at += _chars.Length / 2)
        {
            int chars = _decoder.GetChars(buffer, at, Math.Min(end - at, _chars.Length / 2), _chars, 0, flush: false);
            for (int i = 0; i < chars; i++)
            {
                Take(_chars[i]);
            }
        }
    }

    private void Take(char c)
    {
        if (c == '\n')
        {
            onLine(_line.ToString().TrimEnd('\r'));
            _line.Clear();
        }
        else
        {
            _line.Append(c);
        }
    }
}
