namespace TuyaMcu.Hal
{
    /// <summary>An ADC channel, such as the battery divider's tap.</summary>
    public interface IAnalogInput
    {
        /// <summary>A raw reading, 0..<see cref="MaxValue"/>.</summary>
        int Read();

        /// <summary>The reading at full scale.</summary>
        int MaxValue { get; }
    }
}
