namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>What a use of the ACT button asks for (the POM01-N manual, 1.6).</summary>
    public enum ButtonAction
    {
        /// <summary>Nothing (yet).</summary>
        None = 0,

        /// <summary>A press of 1 to 3 s: send an uplink.</summary>
        Uplink = 1,

        /// <summary>A press of 3 s or more: activate the device (rejoin).</summary>
        Activate = 2,

        /// <summary>Five fast presses: deactivate into deep sleep until the next long press.</summary>
        Deactivate = 3,
    }
}
