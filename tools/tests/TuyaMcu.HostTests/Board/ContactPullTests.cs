using System.Device.Gpio;
using TuyaMcu.Board;
using SimBoard = TuyaMcu.ApiTwins.Simulation.Board;

namespace TuyaMcu.HostTests.Board;

/// <summary>
/// The board layer opens the contact pin with the internal pull-up only when the board configuration
/// asks for it (<see cref="BoardInput.Pull"/> of its contact row), on the API twins' simulated ESP32.
/// </summary>
[Collection(TwinBoardCollection.Name)]
public sealed class ContactPullTests : IDisposable
{
    private const int ContactGpio = 33;

    private readonly string _storage = Directory.CreateTempSubdirectory("tuyamcu-pull-").FullName;

    public ContactPullTests() => SimBoard.Reset();

    public void Dispose()
    {
        SimBoard.Reset();
        Directory.Delete(_storage, recursive: true);
    }

    [Theory]
    [InlineData(InputPull.None, PinMode.Input)]
    [InlineData(InputPull.InternalPullUp, PinMode.InputPullUp)]
    public void Open_SetsTheContactPinsModeFromTheBoardsPullSetting(InputPull pull, PinMode expected)
    {
        BoardConfiguration configuration = Boards.Esp32DevKitC();
        configuration.Input("contact").Pull = pull;

        new Esp32Board(configuration, _storage).Open();

        GpioPin contact = Assert.Single(SimBoard.OpenPins, p => p.PinNumber == ContactGpio);
        Assert.Equal(expected, contact.GetPinMode());
    }

    [Fact]
    public void DevKitC_OpensTheContactWithoutTheInternalPullUp()
    {
        new Esp32Board(Boards.Esp32DevKitC(), _storage).Open();

        Assert.Equal(PinMode.Input, Assert.Single(SimBoard.OpenPins, p => p.PinNumber == ContactGpio).GetPinMode());
    }

    [Fact]
    public void Board_RefusesAPullThatIsNoSetting_BeforeTouchingAnyPin()
    {
        BoardConfiguration configuration = Boards.Esp32DevKitC();
        configuration.Input("contact").Pull = (InputPull)7;

        var error = Assert.Throws<ArgumentException>(() => new Esp32Board(configuration, _storage));

        Assert.Equal("board 'ESP32-DevKitC': contact pull must be None or InternalPullUp, got 7", error.Message);
        Assert.Empty(SimBoard.OpenPins);
    }
}
