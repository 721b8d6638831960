using System;
using TuyaMcu.ApiTwins.Simulation;

namespace nanoFramework.Runtime.Native
{
    /// <summary>Twin of the reboot options.</summary>
    public enum RebootOption
    {
        NormalReboot = 0,
        ClrOnly = 2,
    }

    /// <summary>Twin of nanoFramework's power control, recording reboots.</summary>
    public class Power
    {
        /// <summary>Reboots (on the host: recorded, and returns).</summary>
        public static void RebootDevice(RebootOption option) => Board.Reboots++;
    }

    /// <summary>Twin of nanoFramework's RTC setter (the host's clock is left alone: recorded).</summary>
    public static class Rtc
    {
        /// <summary>Sets the system time.</summary>
        public static bool SetSystemTime(DateTime time)
        {
            Board.RtcSetTo = time;
            return true;
        }
    }
}
