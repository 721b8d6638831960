using System.Text;

namespace TuyaMcu.Cli;

/// <summary>
/// Reads lines (ended by LF, CR or CR LF) from a text reader, keeping at most <c>maxChars</c> of
/// each: a longer line is reported as too long and the rest of it skipped, so a single endless
/// line never fills the memory. Reads in blocks, which a terminal hands out a line at a time.
/// </summary>
internal sealed class BoundedLineReader(TextReader input, int maxChars)
{
    private readonly char[] _block = new char[4096];
    private readonly StringBuilder _line = new();
    private int _at;
    private int _count;
    private bool _skipLineFeed;

    /// <summary>
    /// The next line without its end, or null at the end of the input. <paramref name="tooLong"/>
    /// says that the line had more than the limit; only its beginning is returned then.
    /// </summary>
    public string? ReadLine(out bool tooLong)
    {
        _line.Clear();
        tooLong = false;
        bool any = false;
        while (true)
        {
            if (_at == _count)
            {
                _count = input.Read(_block, 0, _block.Length);
                _at = 0;
                if (_count <= 0)
                {
                    _count = 0;
                    return any ? _line.ToString() : null;
                }
            }

            char c = _block[_at++];
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            if (c is '\n' or '\r')
            {
                _skipLineFeed = c == '\r';
                return _line.ToString();
            }

            any = true;
            if (_line.Length < maxChars)
            {
                _line.Append(c);
            }
            else
            {
                tooLong = true;
            }
        }
    }
}
