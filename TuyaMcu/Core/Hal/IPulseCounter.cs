namespace TuyaMcu.Hal
{
    /// <summary>
    /// A free-running hardware pulse counter (the ESP32's PCNT through GpioPulseCounter). It is
    /// read, never reset: reading and resetting would lose the pulses that arrive in between.
    /// </summary>
    public interface IPulseCounter
    {
        /// <summary>The running count. It may wrap at 2^<see cref="CounterBits"/>.</summary>
        ulong Read();

        /// <summary>Width of the count in bits (64 when it never wraps in practice).</summary>
        int CounterBits { get; }
    }
}
