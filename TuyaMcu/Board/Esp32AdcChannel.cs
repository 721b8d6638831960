using System.Device.Adc;
using nanoFramework.Hardware.Esp32;
using TuyaMcu.Hal;

namespace TuyaMcu.Board
{
    /// <summary>An ADC1 channel of the ESP32 (the battery divider's tap).</summary>
    public sealed class Esp32AdcChannel : IAnalogInput
    {
        private readonly AdcChannel _channel;
        private readonly int _max;

        /// <summary>Opens ADC1 channel <paramref name="channel"/> on <paramref name="pin"/>.</summary>
        public Esp32AdcChannel(int pin, int channel)
        {
            Configuration.SetPinFunction(pin, Adc1Function(channel));

            AdcController adc = new AdcController();
            _max = adc.MaxValue;
            _channel = adc.OpenChannel(channel);
        }

        /// <inheritdoc />
        public int Read()
        {
            return _channel.ReadValue();
        }

        /// <inheritdoc />
        public int MaxValue
        {
            get { return _max; }
        }

        /// <summary>The pin function of ADC1 channel <paramref name="channel"/> (the board configuration already refused any other).</summary>
        private static DeviceFunction Adc1Function(int channel)
        {
            switch (channel)
            {
                case 0: return DeviceFunction.ADC1_CH0;
                case 1: return DeviceFunction.ADC1_CH1;
                case 2: return DeviceFunction.ADC1_CH2;
                case 3: return DeviceFunction.ADC1_CH3;
                case 4: return DeviceFunction.ADC1_CH4;
                case 5: return DeviceFunction.ADC1_CH5;
                case 6: return DeviceFunction.ADC1_CH6;
                case 7: return DeviceFunction.ADC1_CH7;
                default: throw new System.ArgumentException("ADC1 has no channel " + channel.ToString());
            }
        }
    }
}
