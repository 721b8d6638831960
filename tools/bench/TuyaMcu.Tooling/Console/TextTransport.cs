using System.Text;
using TuyaMcu.Hal;

namespace TuyaMcu.Tooling.AtConsole;

/// <summary>
/// A text reader and writer (standard input and output, or strings in tests) as the console's
/// <see cref="IByteTransport"/>. A background thread reads the input into a queue, so
/// <see cref="Read"/> never blocks; <see cref="WaitForInput"/> lets a loop sleep until bytes
/// arrive. The reader hands over whatever a read returns (a typed line as soon as it is entered),
/// and the queue is bounded: while <see cref="Capacity"/> bytes wait, reading the input pauses,
/// so a long script or an endless stream never piles up in memory. At the end of the input a last
/// line without a line end is ended, so it still runs. Bytes are UTF-8 both ways.
/// </summary>
public sealed class TextTransport : IByteTransport
{
    /// <summary>Most bytes read ahead of the console.</summary>
    public const int Capacity = 16 * 1024;

    private readonly TextWriter _output;
    private readonly Queue<byte> _pending = new();
    private readonly object _gate = new();
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly char[] _decoded = new char[256];
    private bool _ended;
    private string? _inputError;

    /// <summary>Starts reading <paramref name="input"/> in the background; writes go to <paramref name="output"/>.</summary>
    public TextTransport(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        _output = output ?? throw new ArgumentNullException(nameof(output));
        var reader = new Thread(() => ReadAll(input)) { IsBackground = true, Name = "console input" };
        reader.Start();
    }

    /// <summary>True once the input has ended and every byte of it was read.</summary>
    public bool IsDrained
    {
        get
        {
            lock (_gate)
            {
                return _ended && _pending.Count == 0;
            }
        }
    }

    /// <summary>Why reading the input failed (it then counts as ended), or null.</summary>
    public string? InputError
    {
        get
        {
            lock (_gate)
            {
                return _inputError;
            }
        }
    }

    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            int n = 0;
            while (n < count && _pending.Count > 0)
            {
                buffer[offset + n++] = _pending.Dequeue();
            }

            if (n > 0)
            {
                // The reader may be waiting for room.
                Monitor.PulseAll(_gate);
            }

            return n;
        }
    }

    /// <inheritdoc />
    public void Write(byte[] buffer, int offset, int count)
    {
        lock (_output)
        {
            int at = offset;
            int end = offset + count;
            while (at < end)
            {
                int chunk = Math.Min(end - at, _decoded.Length / 2);
                int chars = _decoder.GetChars(buffer, at, chunk, _decoded, 0, flush: false);
                _output.Write(_decoded, 0, chars);
                at += chunk;
            }

            _output.Flush();
        }
    }

    /// <summary>Waits up to <paramref name="timeoutMs"/> for input to read (after the end of the input, the whole time); true when there is some.</summary>
    public bool WaitForInput(int timeoutMs)
    {
        lock (_gate)
        {
            if (_pending.Count == 0 && timeoutMs > 0)
            {
                Monitor.Wait(_gate, timeoutMs);
            }

            return _pending.Count > 0;
        }
    }

    private void ReadAll(TextReader input)
    {
        char[] chars = new char[1024];
        byte[] bytes = new byte[Encoding.UTF8.GetMaxByteCount(chars.Length)];
        Encoder encoder = Encoding.UTF8.GetEncoder();
        char last = '\n';
        try
        {
            while (true)
            {
                int n = input.Read(chars, 0, chars.Length);
                if (n <= 0)
                {
                    break;
                }

                last = chars[n - 1];
                int length = encoder.GetBytes(chars, 0, n, bytes, 0, flush: false);
                Enqueue(bytes, length);
            }
        }
        catch (ObjectDisposedException)
        {
            // A closed input is the end of the input.
        }
        catch (IOException e)
        {
            // Not a readable stream (a directory, say): the end of the input, with the reason kept.
            lock (_gate)
            {
                _inputError = e.Message;
            }
        }

        lock (_gate)
        {
            if (last != '\n' && last != '\r')
            {
                _pending.Enqueue((byte)'\n');
            }

            _ended = true;
            Monitor.PulseAll(_gate);
        }
    }

    private void Enqueue(byte[] bytes, int length)
    {
        lock (_gate)
        {
            for (int i = 0; i < length; i++)
            {
                while (_pending.Count >= Capacity)
                {
                    Monitor.PulseAll(_gate);
                    Monitor.Wait(_gate);
                }

                _pending.Enqueue(bytes[i]);
            }

            Monitor.PulseAll(_gate);
        }
    }
}
