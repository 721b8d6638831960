namespace TuyaMcu.Hal
{
    /// <summary>An input pin, such as the dry contact.</summary>
    public interface IDigitalInput
    {
        /// <summary>The electrical level: true for high.</summary>
        bool Read();
    }
}
