using System;
using TuyaMcu.ApiTwins.Simulation;

namespace System.Device.Adc
{
    /// <summary>Twin of nanoFramework's AdcController (12-bit on the ESP32), backed by the simulated board.</summary>
    public class AdcController
    {
        /// <summary>Creates the controller.</summary>
        public AdcController()
        {
        }

        /// <summary>Channels.</summary>
        public int ChannelCount => 20;

        /// <summary>Largest reading.</summary>
        public int MaxValue => 4095;

        /// <summary>Smallest reading.</summary>
        public int MinValue => 0;

        /// <summary>Resolution.</summary>
        public int ResolutionInBits => 12;

        /// <summary>Opens a channel.</summary>
        public AdcChannel OpenChannel(int channelNumber) => new(channelNumber);
    }

    /// <summary>Twin of nanoFramework's AdcChannel.</summary>
    public class AdcChannel : IDisposable
    {
        private readonly int _channel;

        internal AdcChannel(int channel)
        {
            _channel = channel;
        }

        /// <summary>Reads the channel.</summary>
        public int ReadValue() => Board.Adc.TryGetValue(_channel, out int value) ? value : 0;

        /// <summary>Releases the channel.</summary>
        public void Dispose()
        {
        }
    }
}
