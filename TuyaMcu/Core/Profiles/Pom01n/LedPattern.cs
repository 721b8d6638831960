namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// The POM01-N's LED signals (the manual, 1.6), each named for its colour there. On one LED the
    /// colour becomes the pattern: blue = one short flash, green = five fast blinks or a 5 s light,
    /// red = a 5 s light as the last thing before the LED stays dark.
    /// </summary>
    public enum LedPattern
    {
        /// <summary>Blue, blink once: an uplink was sent (500 ms).</summary>
        Uplink = 0,

        /// <summary>Green, fast blink 5 times: activating (100 ms on, 100 ms off).</summary>
        Activating = 1,

        /// <summary>Green, solid 5 s: joined the network.</summary>
        Joined = 2,

        /// <summary>Red, solid 5 s: deactivated, going into deep sleep.</summary>
        Deactivated = 3,
    }
}
