using System;
using TuyaMcu.ApiTwins.Simulation;

namespace nanoFramework.Hardware.Esp32
{
    /// <summary>Twin of the ESP32 pin functions the firmware assigns (values are the twin's own).</summary>
    public enum DeviceFunction
    {
        COM2_TX = 0x0201,
        COM2_RX = 0x0202,
        COM3_TX = 0x0301,
        COM3_RX = 0x0302,
        ADC1_CH0 = 0x0600,
        ADC1_CH1 = 0x0601,
        ADC1_CH2 = 0x0602,
        ADC1_CH3 = 0x0603,
        ADC1_CH4 = 0x0604,
        ADC1_CH5 = 0x0605,
        ADC1_CH6 = 0x0606,
        ADC1_CH7 = 0x0607,
    }

    /// <summary>Twin of ESP-IDF error codes.</summary>
    public enum EspNativeError
    {
        OK = 0,
        FAIL = -1,
        INVALID_ARG = 0x102,
    }

    /// <summary>Twin of the ESP32 pin-function configuration, backed by the simulated board.</summary>
    public static class Configuration
    {
        /// <summary>Routes <paramref name="function"/> to <paramref name="pin"/>.</summary>
        public static void SetPinFunction(int pin, DeviceFunction function) => Board.PinFunctions[pin] = (int)function;

        /// <summary>The pin <paramref name="function"/> is on, or -1.</summary>
        public static int GetFunctionPin(DeviceFunction function)
        {
            foreach (var pair in Board.PinFunctions)
            {
                if (pair.Value == (int)function)
                {
                    return pair.Key;
                }
            }

            return -1;
        }
    }

    /// <summary>Twin of the ESP32 sleep API, recording what the firmware asked for.</summary>
    public static class Sleep
    {
        /// <summary>Twin of the RTC GPIOs that can wake the chip.</summary>
        public enum WakeupGpioPin : ulong
        {
            None = 0,
            Pin0 = 1UL << 0,
            Pin2 = 1UL << 2,
            Pin4 = 1UL << 4,
            Pin12 = 1UL << 12,
            Pin13 = 1UL << 13,
            Pin14 = 1UL << 14,
            Pin15 = 1UL << 15,
            Pin25 = 1UL << 25,
            Pin26 = 1UL << 26,
            Pin27 = 1UL << 27,
            Pin32 = 1UL << 32,
            Pin33 = 1UL << 33,
            Pin34 = 1UL << 34,
            Pin35 = 1UL << 35,
            Pin36 = 1UL << 36,
            Pin37 = 1UL << 37,
            Pin38 = 1UL << 38,
            Pin39 = 1UL << 39,
        }

        /// <summary>Twin of the multi-pin (ext1) wake-up modes.</summary>
        public enum WakeupMode
        {
            AllLow = 0,
            AnyHigh = 1,
        }

        /// <summary>Twin of wake-up causes.</summary>
        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Timer = 4,
        }

        /// <summary>Wakes after <paramref name="time"/>.</summary>
        public static EspNativeError EnableWakeupByTimer(TimeSpan time)
        {
            Board.WakeTimer = time;
            return EspNativeError.OK;
        }

        /// <summary>Wakes when <paramref name="pin"/> reads <paramref name="level"/>.</summary>
        public static EspNativeError EnableWakeupByPin(WakeupGpioPin pin, int level)
        {
            ulong mask = (ulong)pin;
            Board.WakePin = mask == 0 || (mask & (mask - 1)) != 0 ? -1 : System.Numerics.BitOperations.TrailingZeroCount(mask);
            Board.WakeLevel = level;
            return EspNativeError.OK;
        }

        /// <summary>Wakes when the pins of <paramref name="pins"/> read as <paramref name="mode"/> says.</summary>
        public static EspNativeError EnableWakeupByMultiPins(WakeupGpioPin pins, WakeupMode mode)
        {
            Board.WakeMultiPins = (ulong)pins;
            Board.WakeMultiMode = (int)mode;
            return EspNativeError.OK;
        }

        /// <summary>Enters deep sleep (on the host: recorded, and returns).</summary>
        public static EspNativeError StartDeepSleep()
        {
            Board.DeepSleeps++;
            return EspNativeError.OK;
        }

        /// <summary>Why the chip woke.</summary>
        public static WakeupCause GetWakeupCause() => WakeupCause.Undefined;
    }
}
