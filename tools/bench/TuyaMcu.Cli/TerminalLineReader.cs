namespace TuyaMcu.Cli;

/// <summary>
/// Standard input when it is a terminal. .NET's console reader hands out a typed line only through
/// <see cref="TextReader.Read()"/>, one character at a time; its block read waits until the whole
/// buffer is filled, so a command reading blocks of 1024 characters would answer nothing until that
/// many were typed. This reader's block read returns as soon as it reaches the end of a line.
/// </summary>
internal sealed class TerminalLineReader(TextReader terminal) : TextReader
{
    /// <inheritdoc />
    public override int Read() => terminal.Read();

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, buffer.Length - count);
        return Read(buffer.AsSpan(index, count));
    }

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        int n = 0;
        while (n < buffer.Length)
        {
            int c = terminal.Read();
            if (c < 0)
            {
                break;
            }

            buffer[n++] = (char)c;
            if (c is '\n' or '\r')
            {
                break;
            }
        }

        return n;
    }

    /// <inheritdoc />
    public override string? ReadLine() => terminal.ReadLine();
}
