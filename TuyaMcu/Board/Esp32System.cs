using System;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>
    /// Reboot and deep sleep of the ESP32. Deep sleep wakes on a timer and on the inputs the
    /// application names, as the ESP32's two pin wake-ups allow: ext0 wakes on one RTC GPIO at either
    /// level, ext1 on any of several RTC GPIOs going high, or (in its all-low mode, given one pin) on one
    /// more going low. So a sleep waits on any number of inputs that wake high, with at most one that
    /// wakes low; or on two that wake low and none high. Any other combination is refused before
    /// sleeping, naming the inputs (the board configuration already refused inputs on other pins).
    /// </summary>
    public sealed class Esp32System : ISystemControl
    {
        /// <inheritdoc />
        public void Reboot()
        {
            Power.RebootDevice(RebootOption.NormalReboot);
        }

        /// <inheritdoc />
        public void DeepSleep(long wakeAfterMs, WakeSources wake)
        {
            int low = -1;
            int secondLow = -1;
            ulong high = 0;
            int highCount = 0;
            int firstHigh = -1;
            for (int i = 0; i < wake.Count; i++)
            {
                int pin = PinOf(wake.InputAt(i));
                if (wake.LevelAt(i))
                {
                    high |= (ulong)WakePin(pin);
                    highCount++;
                    firstHigh = firstHigh < 0 ? pin : firstHigh;
                }
                else if (low < 0)
                {
                    low = pin;
                }
                else if (secondLow < 0)
                {
                    secondLow = pin;
                }
                else
                {
                    throw new ArgumentException("the ESP32 wakes on at most two pins going low, not GPIO" + low.ToString() + ", GPIO" + secondLow.ToString() + " and GPIO" + pin.ToString());
                }
            }

            if (secondLow >= 0 && highCount > 0)
            {
                throw new ArgumentException("the ESP32 cannot wake on two pins going low (GPIO" + low.ToString() + ", GPIO" + secondLow.ToString() + ") and on pins going high as well");
            }

            Sleep.EnableWakeupByTimer(TimeSpan.FromTicks(wakeAfterMs * TimeSpan.TicksPerMillisecond));
            if (low >= 0)
            {
                Sleep.EnableWakeupByPin(WakePin(low), 0);
                if (secondLow >= 0)
                {
                    Sleep.EnableWakeupByMultiPins(WakePin(secondLow), Sleep.WakeupMode.AllLow);
                }
                else if (highCount > 0)
                {
                    Sleep.EnableWakeupByMultiPins((Sleep.WakeupGpioPin)high, Sleep.WakeupMode.AnyHigh);
                }
            }
            else if (highCount == 1)
            {
                Sleep.EnableWakeupByPin(WakePin(firstHigh), 1);
            }
            else if (highCount > 1)
            {
                Sleep.EnableWakeupByMultiPins((Sleep.WakeupGpioPin)high, Sleep.WakeupMode.AnyHigh);
            }

            Sleep.StartDeepSleep();
        }

        private static int PinOf(IDigitalInput input)
        {
            Esp32InputPin pin = input as Esp32InputPin;
            if (pin == null)
            {
                throw new ArgumentException("only an ESP32 input pin can wake the chip");
            }

            return pin.Pin;
        }

        /// <summary>The wake source for an RTC GPIO (the board configuration already refused any other pin).</summary>
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
