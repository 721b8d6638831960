using TuyaMcu.Text;

namespace TuyaMcu.Tooling.Decoding;

/// <summary>
/// Hex text to bytes one character at a time, so a line of any length is decoded in constant
/// memory. The syntax and the messages are <see cref="Hex"/>'s (pairs of digits in either case,
/// separated by nothing or by ' ', tab, ':', '-' or ','; an optional leading "0x"; positions
/// counted from the first character that is not white space), except that any white space
/// separates. A line whose first such character is '#' is a comment. One instance decodes one
/// line after another: <see cref="Add"/> each character but the line end, then <see cref="EndLine"/>.
/// </summary>
public sealed class HexLineDecoder
{
    // Position of the last character taken, counted from the first that is not white space; -1 before it.
    private long _position = -1;
    private int _run;
    private int _high = -1;
    private bool _prefixAllowed = true;
    private bool _pendingZero;
    private bool _comment;

    // White space after an odd run: an error unless it is trailing (which the line's trim drops).
    private long _oddBefore = -1;

    /// <summary>True while the line so far is blank or a comment.</summary>
    public bool IsBlankOrComment => _position < 0 || _comment;

    /// <summary>Takes the next character of the line; true when it completed <paramref name="value"/>.</summary>
    /// <exception cref="FormatException">The line is not hex; the message says where.</exception>
    public bool Add(char c, out byte value)
    {
        value = 0;
        if (_comment)
        {
            return false;
        }

        bool white = char.IsWhiteSpace(c);
        if (_position < 0)
        {
            if (white)
            {
                return false;
            }

            _comment = c == '#';
            if (_comment)
            {
                return false;
            }
        }

        _position++;
        if (_oddBefore >= 0 && !white)
        {
            throw new FormatException($"odd number of hex digits before position {_oddBefore}");
        }

        if (_pendingZero)
        {
            _pendingZero = false;
            if (c is 'x' or 'X')
            {
                return false;
            }

            // The '0' was the first digit after all.
            _high = 0;
            _run = 1;
        }

        if (white || c is ':' or '-' or ',')
        {
            if ((_run & 1) == 0)
            {
                _run = 0;
            }
            else if (white)
            {
                _oddBefore = _position;
            }
            else
            {
                throw new FormatException($"odd number of hex digits before position {_position}");
            }

            return false;
        }

        int digit = Hex.DigitValue(c);
        if (digit < 0)
        {
            throw new FormatException($"'{c}' at position {_position} is not a hex digit");
        }

        if (_prefixAllowed)
        {
            _prefixAllowed = false;
            if (digit == 0)
            {
                _pendingZero = true;
                return false;
            }
        }

        _run++;
        if (_high < 0)
        {
            _high = digit;
            return false;
        }

        value = (byte)((_high << 4) | digit);
        _high = -1;
        return true;
    }

    /// <summary>Ends the line; the next character starts a new one.</summary>
    /// <exception cref="FormatException">The line ended inside a byte.</exception>
    public void EndLine()
    {
        bool odd = _pendingZero || (_run & 1) != 0;
        _position = -1;
        _run = 0;
        _high = -1;
        _prefixAllowed = true;
        _pendingZero = false;
        _comment = false;
        _oddBefore = -1;
        if (odd)
        {
            throw new FormatException("odd number of hex digits at the end");
        }
    }
}
