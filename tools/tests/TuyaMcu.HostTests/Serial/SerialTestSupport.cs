using System.Diagnostics;
using System.Text;
using TuyaMcu.Tooling.Serial;

namespace TuyaMcu.HostTests.Serial;

/// <summary>Waiting helpers that tolerate a slow, shared machine: poll generously, never assert on timing.</summary>
internal static class Eventually
{
    /// <summary>Generous limit for anything that should take milliseconds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> after <see cref="Timeout"/>.</summary>
    public static void Until(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Timeout)
            {
                Assert.Fail($"timed out after {Timeout.TotalSeconds} s waiting for {what}");
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>Waits for a command run with --pty to print "pty: PATH" on <paramref name="error"/>; returns the path.</summary>
    public static string PtyPath(SharedWriter error)
    {
        string? path = null;
        Until(() => (path = error.Lines.FirstOrDefault(l => l.StartsWith("pty: ", StringComparison.Ordinal))?[5..]) != null, "the pty path");
        return path!;
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes from <paramref name="endpoint"/>, waiting with WaitForData.</summary>
    public static byte[] ReadExactly(ISerialEndpoint endpoint, int count)
    {
        var received = new byte[count];
        int at = 0;
        var watch = Stopwatch.StartNew();
        while (at < count)
        {
            if (watch.Elapsed > Timeout)
            {
                Assert.Fail($"timed out after {Timeout.TotalSeconds} s with {at} of {count} bytes read from {endpoint.Name}");
            }

            if (endpoint.WaitForData(200))
            {
                at += endpoint.Read(received.AsSpan(at));
            }
        }

        return received;
    }
}

/// <summary>A text writer that several threads may use, whose text a test can poll.</summary>
internal sealed class SharedWriter : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public string[] Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }
}

/// <summary>A temporary file path, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tuyamcu-serial-{Guid.NewGuid():N}.tmp");

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A temporary directory, deleted with what it holds on dispose (even if a test took its permissions away).</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tuyamcu-test-").FullName;

    public void Dispose()
    {
        try
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
