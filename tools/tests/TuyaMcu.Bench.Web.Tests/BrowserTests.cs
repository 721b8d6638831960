using System.Diagnostics;
using TuyaMcu.Bench.Web.Sessions;
using Xunit.Abstractions;

namespace TuyaMcu.Bench.Web.Tests;

/// <summary>
/// The page in headless Chromium: starts a <c>--sim</c> bench (the CPN01's, the POM01-N's) and runs
/// <c>Browser/bench.test.mjs</c> or <c>Browser/pom01n.test.mjs</c> (playwright-core from npm) with node against it. Skipped, saying why, only when Chromium or
/// node is missing; a missing <c>npm ci</c> is a failure naming the command.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    [BrowserFact]
    public Task Page_InSim_ShowsFrames_SendsDps_MovesThePlot() =>
        RunAsync("bench", new BenchOptions { Mode = "sim", Speed = 20 }, 6);

    [BrowserFact]
    public Task Page_InSimPom01n_OutageFromThePage_StepsThePlot_LogsItsUplink_AndIsWhatThePowerPanelEstimates() =>
        RunAsync("pom01n", new BenchOptions { Mode = "sim", Profile = "pom01n", Speed = 20 }, 8);

    /// <summary>Serves <paramref name="options"/>' bench and runs <c>Browser/NAME.test.mjs</c> against it, expecting <paramref name="checks"/> checks to pass.</summary>
    private async Task RunAsync(string name, BenchOptions options, int checks)
    {
        string folder = BrowserTools.Folder;
        Assert.True(
            Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")),
            $"playwright-core is not installed: run 'npm ci' in {folder} (.ci/run does)");
        string results = Path.Combine(BrowserTools.ProjectFolder, "TestResults", "browser");

        // Fast enough that activation and the first report come within a second or two of real time.
        await using BenchClient bench = await BenchClient.StartAsync(options);
        var start = new ProcessStartInfo(BrowserTools.Node!)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[] { $"{name}.test.mjs", bench.Server.Url.ToString(), results, BrowserTools.Chromium! })
        {
            start.ArgumentList.Add(arg);
        }

        using Process node = Process.Start(start)!;
        Task<string> stdout = node.StandardOutput.ReadToEndAsync();
        Task<string> stderr = node.StandardError.ReadToEndAsync();
        bool ended = node.WaitForExit(TimeSpan.FromMinutes(3));
        if (!ended)
        {
            node.Kill(entireProcessTree: true);
        }

        output.WriteLine(await stdout);
        output.WriteLine(await stderr);
        Assert.True(ended, $"the browser test {name} did not end within 3 minutes");
        Assert.True(node.ExitCode == 0, $"the browser test {name} failed:\n{await stdout}\n{await stderr}");
        Assert.Contains($"browser: {checks} checks passed", await stdout);
        Assert.True(File.Exists(Path.Combine(results, $"{name}.png")));
    }
}

/// <summary>Where node, Chromium and the browser test's folder are.</summary>
public static class BrowserTools
{
    /// <summary>The Chromium to drive: $CHROMIUM when set (null if no such file), else chromium or chromium-browser on the PATH.</summary>
    public static string? Chromium { get; } = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } set
        ? (File.Exists(set) ? set : null)
        : OnPath("chromium") ?? OnPath("chromium-browser");

    /// <summary>node on the PATH.</summary>
    public static string? Node { get; } = OnPath("node");

    /// <summary>This test project's source folder (found from the build output upwards).</summary>
    public static string ProjectFolder { get; } = FindProject();

    /// <summary>The browser test's folder (package.json, package-lock.json, bench.test.mjs).</summary>
    public static string Folder => Path.Combine(ProjectFolder, "Browser");

    private static string FindProject()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "TuyaMcu.Bench.Web.Tests.csproj")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no TuyaMcu.Bench.Web.Tests.csproj above {AppContext.BaseDirectory}");
    }

    private static string? OnPath(string name)
    {
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that drives Chromium with node: skipped, saying which is missing and how to get it, when either is.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserTools.Chromium == null)
        {
            Skip = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } set
                ? $"Chromium not found: CHROMIUM={set} is no file"
                : "Chromium not found on the PATH (set CHROMIUM, or 'apt-get install chromium'; .ci/run installs it)";
        }
        else if (BrowserTools.Node == null)
        {
            Skip = "node not found on the PATH (install Node.js 20 or later; .ci/run needs it for 'npm ci')";
        }
    }
}
