using TuyaMcu.Tooling.Storage;

namespace TuyaMcu.HostTests.AtConsole;

public sealed class DirectoryStorageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tuyamcu-storage-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void CreatesTheDirectory_AndReadsMissingBlobsAsMinusOne()
    {
        string dir = Path.Combine(_root, "a", "b");
        var storage = new DirectoryStorage(dir);

        Assert.True(Directory.Exists(dir));
        Assert.Equal(-1, storage.Read("config.a", new byte[16], 0, 16));
    }

    [Fact]
    public void Write_ReplacesTheWholeBlob_AndReadReturnsItsLength()
    {
        var storage = new DirectoryStorage(_root);
        storage.Write("state.a", [9, 1, 2, 3, 4, 9], 1, 4);
        var buffer = new byte[10];

        Assert.Equal(4, storage.Read("state.a", buffer, 2, 8));
        Assert.Equal(new byte[] { 0, 0, 1, 2, 3, 4, 0, 0, 0, 0 }, buffer);

        storage.Write("state.a", [7], 0, 1);
        Assert.Equal(1, storage.Read("state.a", buffer, 0, 10));
        Assert.Equal(7, buffer[0]);
        Assert.Equal([Path.Combine(_root, "state.a")], Directory.GetFiles(_root));
    }

    [Fact]
    public void Read_ThrowsWhenTheBlobIsLargerThanTheBuffer()
    {
        var storage = new DirectoryStorage(_root);
        storage.Write("big", new byte[100], 0, 100);

        Assert.Throws<IOException>(() => storage.Read("big", new byte[100], 0, 99));
    }

    [Fact]
    public void Delete_RemovesTheBlob_AndIgnoresMissingOnes()
    {
        var storage = new DirectoryStorage(_root);
        storage.Write("x", [1], 0, 1);

        storage.Delete("x");
        storage.Delete("x");
        Assert.Equal(-1, storage.Read("x", new byte[1], 0, 1));
    }

    [Fact]
    public void SurvivesANewInstance()
    {
        new DirectoryStorage(_root).Write("identity", [1, 2, 3], 0, 3);
        var buffer = new byte[3];

        Assert.Equal(3, new DirectoryStorage(_root).Read("identity", buffer, 0, 3));
        Assert.Equal(new byte[] { 1, 2, 3 }, buffer);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("../escape")]
    [InlineData("a\\b")]
    [InlineData("x.tmp")]
    public void Names_MustBePlainFileNames(string name)
    {
        var storage = new DirectoryStorage(_root);

        Assert.Throws<ArgumentException>(() => storage.Write(name, [1], 0, 1));
        Assert.Throws<ArgumentException>(() => storage.Read(name, new byte[1], 0, 1));
    }
}
