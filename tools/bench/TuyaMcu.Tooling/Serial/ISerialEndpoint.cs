namespace TuyaMcu.Tooling.Serial;

/// <summary>
/// One open end of a serial line: a real port (<see cref="PosixSerialPort"/>) or the master side
/// of a pseudo-terminal (<see cref="PseudoTerminal"/>). Never blocks on reads; writes wait until
/// the kernel has taken every byte. Failures throw <see cref="SerialPortException"/>.
/// </summary>
public interface ISerialEndpoint : IDisposable
{
    /// <summary>How messages name it: "serial device /dev/ttyUSB0", "pseudo-terminal /dev/pts/3".</summary>
    string Name { get; }

    /// <summary>Copies bytes that have arrived into <paramref name="destination"/>; 0 when none have. Never blocks.</summary>
    int Read(Span<byte> destination);

    /// <summary>Sends every byte, waiting while the kernel's output buffer is full.</summary>
    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>Waits up to <paramref name="timeoutMs"/> milliseconds (-1: forever) for bytes to read; true when some have arrived.</summary>
    bool WaitForData(int timeoutMs);

    /// <summary>Drops bytes received but not yet read.</summary>
    void DiscardInput();

    /// <summary>Drops bytes written but not yet sent.</summary>
    void DiscardOutput();
}
