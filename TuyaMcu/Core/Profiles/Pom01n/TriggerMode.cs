namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// AT+INTMOD's trigger mode of one input. Edges are those of the logical state (power_outage,
    /// low_voltage), whatever level the detector drives: rising is 0 → 1 (the mains goes out or
    /// low), falling is 1 → 0 (it comes back). With the manual's wiring, where the output is high
    /// for 1, these are also the pin's edges.
    /// </summary>
    public enum TriggerMode
    {
        /// <summary>0: no event.</summary>
        Off = 0,

        /// <summary>1: an event on either change.</summary>
        Both = 1,

        /// <summary>2: an event when the state goes 1 → 0.</summary>
        Falling = 2,

        /// <summary>3: an event when the state goes 0 → 1.</summary>
        Rising = 3,
    }
}
