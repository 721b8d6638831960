using System;
using nanoFramework.TestFramework;
using TuyaMcu.Board;

namespace TuyaMcu.Tests.Board
{
    [TestClass]
    public class BoardConfigurationTests
    {
        [TestMethod]
        public void Validate_AcceptsTheDevKitC()
        {
            Assert.IsNull(Boards.Esp32DevKitC().Validate());
        }

        [TestMethod]
        public void Validate_AcceptsABoardWithoutConsoleOrOptionalPins()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.ConsoleUart = null;
            board.Input("pulse").Pin = -1;
            board.WakePin = -1;
            board.ModuleResetPin = -1;
            board.LedPin = -1;
            board.BatteryAdcPin = -1;

            Assert.IsNull(board.Validate());
        }

        [TestMethod]
        public void Validate_NamesBothRoles_WhenAPinIsAssignedTwice()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Input("pulse").Pin = 33;

            Assert.AreEqual("GPIO33 is assigned twice: contact and pulse", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesAFlashPin()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.LedPin = 7;

            Assert.AreEqual("LED pin GPIO7 is wired to the SPI flash", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesAnInputOnlyPinAsOutput()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.WakePin = 35;

            Assert.AreEqual("module wake pin GPIO35 is input-only and cannot drive an output", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesAPinTheEsp32DoesNotHave()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Input("pulse").Pin = 24;

            Assert.AreEqual("pulse pin GPIO24 does not exist on the ESP32", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesTheDebuggerPins()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.ModuleTxPin = 1;

            Assert.AreEqual("module TX pin GPIO1 belongs to COM1, the debugger's UART", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesAContactPinThatCannotWakeTheChip()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Input("contact").Pin = 23;

            Assert.AreEqual("contact pin GPIO23 is not an RTC GPIO, so it cannot wake the ESP32 from deep sleep", board.Validate());
        }

        [TestMethod]
        public void DevKitC_LeavesTheContactToItsExternalPullUp()
        {
            Assert.AreEqual((int)InputPull.None, (int)Boards.Esp32DevKitC().Input("contact").Pull);
            Assert.AreEqual((int)InputPull.None, (int)new BoardInput().Pull);
        }

        [TestMethod]
        public void Validate_AcceptsTheInternalPullUp_ForABoardWithoutAnExternalOne()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Input("contact").Pull = InputPull.InternalPullUp;

            Assert.IsNull(board.Validate());
        }

        [TestMethod]
        public void DevKitC_DeclaresTheRecommendedExternalPullUp()
        {
            Assert.AreEqual(470000, Boards.Esp32DevKitC().Input("contact").PullUpOhms);
            Assert.AreEqual(0, new BoardInput().PullUpOhms);
        }

        [TestMethod]
        public void Validate_RefusesAnExternalPullUpWrittenInKiloOhms()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Input("contact").PullUpOhms = 470;

            Assert.AreEqual("contact external pull-up must be 0 (none) or 1000..10000000 ohms, got 470", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesAContactPullThatIsNoSetting()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Input("contact").Pull = (InputPull)2;

            Assert.AreEqual("contact pull must be None or InternalPullUp, got 2", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesAPulseCounterThatIsToWakeTheChip()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Input("pulse").WakesChip = true;

            Assert.AreEqual("pulse is a pulse counter, which cannot wake the ESP32 from deep sleep", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesTwoInputsWithOneRole()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Inputs = new BoardInput[] { board.Input("contact"), BoardInput.Level("contact", 4, false, InputPull.None, false) };

            Assert.AreEqual("two inputs have the role contact", board.Validate());
        }

        [TestMethod]
        public void Validate_AcceptsAnInputThatDoesNotWakeTheChip_OnAPinThatCannot()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.Inputs = new BoardInput[] { board.Input("contact"), BoardInput.Level("door", 23, true, InputPull.InternalPullUp, false) };

            Assert.IsNull(board.Validate());
        }

        [TestMethod]
        public void Validate_NamesAnInputAndAnOutputOnOnePin()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.LedPin = 33;

            Assert.AreEqual("GPIO33 is assigned twice: contact and LED", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesAMissingModulePin()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.ModuleRxPin = -1;

            Assert.AreEqual("module RX pin is not assigned", board.Validate());
        }

        [TestMethod]
        [DataRow(4800)]
        [DataRow(19200)]
        public void Validate_RefusesABaudRateTheModuleDoesNotSpeak(int baud)
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.ModuleBaudRate = baud;

            Assert.AreEqual("module baud rate must be 9600 or 115200, got " + baud.ToString(), board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesTheDebuggerUartForTheModule()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.ModuleUart = "COM1";

            Assert.AreEqual("module UART must be COM2 or COM3 (COM1 carries the nanoFramework debugger), got COM1", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesTheModuleUartForTheConsole()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.ConsoleUart = "COM2";

            Assert.AreEqual("the AT console needs its own UART, not the module's COM2", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesABatteryPinOutsideAdc1()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.BatteryAdcPin = 4;

            Assert.AreEqual("battery pin GPIO4 is not an ADC1 pin (GPIO32-39)", board.Validate());
        }

        [TestMethod]
        public void Validate_RefusesTheWrongAdcChannelForTheBatteryPin()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.BatteryAdcChannel = 7;

            Assert.AreEqual("battery pin GPIO34 is ADC1 channel 6, not 7", board.Validate());
        }

        [TestMethod]
        public void EnsureValid_ThrowsWithTheBoardName()
        {
            BoardConfiguration board = Boards.Esp32DevKitC();
            board.LedPin = 33;

            string message = null;
            try
            {
                board.EnsureValid();
            }
            catch (ArgumentException e)
            {
                message = e.Message;
            }

            Assert.AreEqual("board 'ESP32-DevKitC': GPIO33 is assigned twice: contact and LED", message);
        }
    }
}
