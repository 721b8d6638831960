using System;
using System.Threading;
using TuyaMcu.Board;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu
{
    /// <summary>The firmware's entry point: the ESP32-DevKitC board, always-on power, CPN01 defaults.</summary>
    public class Program
    {
        /// <summary>Starts the firmware and runs it forever.</summary>
        public static void Main()
        {
            Esp32Board board;
            try
            {
                board = new Esp32Board(Boards.Esp32DevKitC());
            }
            catch (ArgumentException e)
            {
                // A wrong pin map must not drive random pins: stop here and say why (Console, not
                // Debug: Debug.WriteLine is compiled out of the Release build).
                Console.WriteLine("[error] board: " + e.Message);
                Thread.Sleep(Timeout.Infinite);
                return;
            }

            DeviceOptions options = new DeviceOptions();
            options.Link.BaudRate = board.Configuration.ModuleBaudRate;
            options.Link.WakeBeforeSend = board.Configuration.WakePin >= 0;
            options.PowerMode = PowerMode.AlwaysOn;

            Firmware firmware = new Firmware(board, options, new Cpn01Profile());
            firmware.Start();
            firmware.Run();
        }
    }
}
