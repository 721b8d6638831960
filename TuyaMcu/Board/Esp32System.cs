using System;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>Reboot and deep sleep of the ESP32: the deep sleep wakes on a timer and on the contact pin (ext0: it must be an RTC GPIO).</summary>
    public sealed class Esp32System : ISystemControl
    {
        private readonly int _contactPin;

        /// <summary>Deep sleep wakes on <paramref name="contactPin"/>.</summary>
        public Esp32System(int contactPin)
        {
            _contactPin = contactPin;
        }

        /// <inheritdoc />
        public void Reboot()
        {
            Power.RebootDevice(RebootOption.NormalReboot);
        }

        /// <inheritdoc />
        public void DeepSleep(long wakeAfterMs, bool contactWakeLevel)
        {
            Sleep.EnableWakeupByTimer(TimeSpan.FromTicks(wakeAfterMs * TimeSpan.TicksPerMillisecond));
            Sleep.EnableWakeupByPin(WakePin(_contactPin), contactWakeLevel ? 1 : 0);
            Sleep.StartDeepSleep();
        }

        /// <summary>The ext0 wake source for an RTC GPIO (the board configuration already refused any other pin).</summary>
        private static Sleep.WakeupGpioPin WakePin(int gpio)
        {
            switch (gpio)
            {
                case 0: return Sleep.WakeupGpioPin.Pin0;
                case 2: return Sleep.WakeupGpioPin.Pin2;
                case 4: return Sleep.WakeupGpioPin.Pin4;
                case 12: return Sleep.WakeupGpioPin.Pin12;
                case 13: return Sleep.WakeupGpioPin.Pin13;
                case 14: return Sleep.WakeupGpioPin.Pin14;
                case 15: return Sleep.WakeupGpioPin.Pin15;
                case 25: return Sleep.WakeupGpioPin.Pin25;
                case 26: return Sleep.WakeupGpioPin.Pin26;
                case 27: return Sleep.WakeupGpioPin.Pin27;
                case 32: return Sleep.WakeupGpioPin.Pin32;
                case 33: return Sleep.WakeupGpioPin.Pin33;
                case 34: return Sleep.WakeupGpioPin.Pin34;
                case 35: return Sleep.WakeupGpioPin.Pin35;
                case 36: return Sleep.WakeupGpioPin.Pin36;
                case 37: return Sleep.WakeupGpioPin.Pin37;
                case 38: return Sleep.WakeupGpioPin.Pin38;
                case 39: return Sleep.WakeupGpioPin.Pin39;
                default: throw new ArgumentException("GPIO" + gpio.ToString() + " is not an RTC GPIO and cannot wake the ESP32 from deep sleep");
            }
        }
    }
}
