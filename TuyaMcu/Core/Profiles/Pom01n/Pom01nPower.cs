using TuyaMcu.Hal;
using TuyaMcu.Platform;

namespace TuyaMcu.Profiles.Pom01n
{
    /// <summary>
    /// Whether the board runs always-on or sleeps: battery mode while power_outage is 1 (the
    /// platform's deep sleep between events, TDC and clock-log samples), and the shipping sleep of
    /// five fast presses until a long press. Each mode is saved in <see cref="Pom01nState"/> before
    /// it is taken, so a wake knows it slept. Static: it holds nothing of its own (the modes live in
    /// the state), and an instance would cost heap. Allocates nothing.
    /// </summary>
    public static class Pom01nPower
    {
        private const string Component = "pom01n";

        /// <summary>True in battery mode or deactivated: the platform sleeps when idle.</summary>
        public static bool OnBattery(Pom01nState state)
        {
            return state.OnBattery || state.Deactivated;
        }

        /// <summary>Battery mode on (the mains is gone) or off; saved and logged when it changes.</summary>
        public static void SetBatteryMode(Device device, Pom01nState state, bool onBattery)
        {
            if (state.OnBattery != onBattery)
            {
                state.OnBattery = onBattery;
                device.Persistence.StateChanged(0, true);
                ILog log = device.Hardware.Log;
                if (log != null)
                {
                    log.Write(LogLevel.Info, Component, onBattery ? "mains lost: battery mode" : "mains back: always on");
                }
            }

            device.UseBatteryMode(onBattery || state.Deactivated);
        }

        /// <summary>Shipping: saved, then the platform's deep sleep, woken only to look at the button.</summary>
        public static void Deactivate(Device device, Pom01nState state)
        {
            state.Deactivated = true;
            device.Persistence.StateChanged(0, true);
            device.UseBatteryMode(true);
        }

        /// <summary>Back from shipping: the clock log of <paramref name="events"/> starts again (the shipping time is not made up) and battery mode follows the mains.</summary>
        public static void Activate(Device device, Pom01nState state, Pom01nEvents events)
        {
            state.Deactivated = false;
            events.RestartClockLog();
            device.Persistence.StateChanged(0, true);
            SetBatteryMode(device, state, events.PowerOutage);
        }
    }
}
