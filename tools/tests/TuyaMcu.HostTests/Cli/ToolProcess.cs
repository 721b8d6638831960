using System.Diagnostics;
using TuyaMcu.Cli;

namespace TuyaMcu.HostTests.Cli;

/// <summary>
/// The real tool as a child process, run as a user runs it from a shell: for what only a process
/// shows (a terminal on standard input, a directory as standard input, signals, another user).
/// </summary>
internal static class ToolProcess
{
    /// <summary>The tool's assembly, built beside the tests.</summary>
    public static string Assembly => typeof(CommandLine).Assembly.Location;

    /// <summary>The dotnet host that runs the tests.</summary>
    public static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// Starts <c>sh -c <paramref name="script"/></c>, where <c>"$@"</c> is the tool with <paramref name="args"/>
    /// (e.g. <c>exec "$@" &lt;"$IN"</c>), with <paramref name="environment"/> set and every standard stream redirected.
    /// </summary>
    public static Process Shell(string script, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Shell(Assembly, script, environment, args);

    /// <summary>As <see cref="Shell(string, IReadOnlyDictionary{string, string}, string[])"/>, with the tool's assembly at <paramref name="assembly"/>.</summary>
    public static Process Shell(string assembly, string script, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(DotNet);
        start.ArgumentList.Add(assembly);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        // A dotnet host started as another user must not need a home of its own.
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("the tool did not start");
    }

    /// <summary>Starts the tool with <paramref name="args"/>, its standard streams redirected.</summary>
    public static Process Start(params string[] args) => Shell("exec \"$@\"", new Dictionary<string, string>(), args);

    /// <summary>Waits for the process to end and returns its exit status with what it printed.</summary>
    public static (int Exit, string Out, string Error) Finish(Process process)
    {
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)Serial.Eventually.Timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the tool did not end");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Sends <paramref name="signal"/> (HUP, TERM, ...) to the process.</summary>
    public static void Signal(Process process, string signal)
    {
        using Process kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>
    /// The tool's assembly in a copy of its build output that any user can read and run: a clone
    /// may sit in a folder only its owner can enter (mktemp makes them so), where another user's
    /// dotnet host could not even load the tool. Made once per test run, in one folder per checkout under the temp folder.
    /// </summary>
    public static string RunnableByAnyone()
    {
        lock (CopyGate)
        {
            if (_anyoneCopy == null)
            {
                // One folder per checkout, refreshed on each run (the test host may end without running exit handlers).
                string checkout = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Assembly)))[..12];
                string to = Path.Combine(Path.GetTempPath(), $"tuyamcu-tool-{checkout}");
                CopyReadable(Path.GetDirectoryName(Assembly)!, to);
                _anyoneCopy = Path.Combine(to, Path.GetFileName(Assembly));
            }

            return _anyoneCopy;
        }
    }

    private static readonly object CopyGate = new();
    private static string? _anyoneCopy;

    private static void CopyReadable(string from, string to)
    {
        const UnixFileMode ReadableDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        const UnixFileMode ReadableFile = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        Directory.CreateDirectory(to);
        File.SetUnixFileMode(to, ReadableDirectory);
        foreach (string file in Directory.GetFiles(from))
        {
            string copy = Path.Combine(to, Path.GetFileName(file));
            File.Copy(file, copy, overwrite: true);
            File.SetUnixFileMode(copy, ReadableFile);
        }

        foreach (string directory in Directory.GetDirectories(from))
        {
            CopyReadable(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    /// <summary>
    /// The shell words that run a command as an unprivileged user when the tests run as root (who
    /// may read anything), or nothing; null when that is not possible here.
    /// </summary>
    public static string? AsUnprivilegedUser()
    {
        if (Environment.UserName != "root")
        {
            return string.Empty;
        }

        return File.Exists("/usr/bin/setpriv") ? "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups " : null;
    }
}
