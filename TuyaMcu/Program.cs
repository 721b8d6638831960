using System;
using System.Threading;
using TuyaMcu.Board;
using TuyaMcu.Platform;
using TuyaMcu.Profiles.Cpn01;

namespace TuyaMcu
{
    /// <summary>
    /// The firmware's entry point, and the one place that says what this firmware is: the product ID
    /// and MCU version it reports to the module, the device profile, the board and the power mode
    /// (hardware/bring-up.md, "What this firmware is").
    /// </summary>
    public class Program
    {
        // ----- What this firmware is: change these, and nothing else, for your own product -----

        /// <summary>
        /// The product ID (PID) of your product on the Tuya IoT Platform: a module activates only with
        /// the PID of a product its owner created there. Null reports the profile's placeholder
        /// (<c>tuyamcucpn01</c>), which no real module accepts.
        /// </summary>
        private const string ProductId = null;

        /// <summary>The MCU firmware version reported to the module (and shown by the AT console), x.y.z.</summary>
        private const string McuVersion = "1.0.0";

        /// <summary>Always on, or battery (deep sleep between events: read hardware/power.md first).</summary>
        private const PowerMode Power = PowerMode.AlwaysOn;

        /// <summary>The device the firmware is: its DPs, inputs, payload and AT commands.</summary>
        private static IDeviceProfile CreateProfile()
        {
            return new Cpn01Profile();
        }

        /// <summary>The board: which GPIO does what (Core/Board/Boards.cs; hardware/ documents each pin).</summary>
        private static BoardConfiguration CreateBoard()
        {
            return Boards.Esp32DevKitC();
        }

        // ----- The rest follows from the above -----

        /// <summary>Starts the firmware and runs it forever.</summary>
        public static void Main()
        {
            Esp32Board board;
            try
            {
                board = new Esp32Board(CreateBoard());
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
            options.Dispatcher.ProductId = ProductId;
            options.Dispatcher.McuVersion = McuVersion;
            options.Link.BaudRate = board.Configuration.ModuleBaudRate;
            options.Link.WakeBeforeSend = board.Configuration.WakePin >= 0;
            options.PowerMode = Power;

            Firmware firmware = new Firmware(board, options, CreateProfile());
            firmware.Start();
            firmware.Run();
        }
    }
}
