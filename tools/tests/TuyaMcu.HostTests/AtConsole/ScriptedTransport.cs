using System.Text;
using TuyaMcu.Hal;

namespace TuyaMcu.HostTests.AtConsole;

/// <summary>The console's serial line in a test: typed text waits to be read, output is captured.</summary>
public sealed class ScriptedTransport : IByteTransport
{
    private readonly Queue<byte> _input = new();
    private readonly List<byte> _output = [];

    /// <summary>Most bytes one Read hands out (to test lines arriving in pieces).</summary>
    public int ReadChunk { get; set; } = int.MaxValue;

    /// <summary>Bytes typed but not read yet.</summary>
    public int Unread => _input.Count;

    public void Type(string text)
    {
        foreach (byte b in Encoding.Latin1.GetBytes(text))
        {
            _input.Enqueue(b);
        }
    }

    public void TypeBytes(params byte[] bytes)
    {
        foreach (byte b in bytes)
        {
            _input.Enqueue(b);
        }
    }

    public int Read(byte[] buffer, int offset, int count)
    {
        int n = 0;
        while (n < count && n < ReadChunk && _input.Count > 0)
        {
            buffer[offset + n++] = _input.Dequeue();
        }

        return n;
    }

    /// <summary>Called after each write with the text written (a test can act the moment an answer goes out).</summary>
    public Action<string>? Wrote { get; set; }

    public void Write(byte[] buffer, int offset, int count)
    {
        _output.AddRange(buffer.AsSpan(offset, count).ToArray());
        Wrote?.Invoke(Encoding.Latin1.GetString(buffer, offset, count));
    }

    /// <summary>Everything written since the last call, as text.</summary>
    public string TakeText()
    {
        string text = Encoding.Latin1.GetString(_output.ToArray());
        _output.Clear();
        return text;
    }
}
