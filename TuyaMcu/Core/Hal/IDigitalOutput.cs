namespace TuyaMcu.Hal
{
    /// <summary>An output pin: the module's PSM wake and reset lines, the status LED.</summary>
    public interface IDigitalOutput
    {
        /// <summary>Drives the pin high (true) or low (false), at the electrical level.</summary>
        void Write(bool high);
    }
}
