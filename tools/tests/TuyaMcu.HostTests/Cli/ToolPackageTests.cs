using System.Diagnostics;

namespace TuyaMcu.HostTests.Cli;

/// <summary>
/// The host tool as the README installs it: packed into a folder, installed from that folder with
/// one <c>dotnet tool install</c> (into a temporary tool path, from a NuGet configuration naming
/// only that folder, so nothing is fetched), and run by its command name.
/// </summary>
public sealed class ToolPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public void PackedTool_InstallsFromItsFolder_AndRunsAsTuyamcu()
    {
        string work = Directory.CreateTempSubdirectory("tuyamcu-tool-").FullName;
        try
        {
            string packages = Path.Combine(work, "packages");
            string tools = Path.Combine(work, "tools");
            string config = Path.Combine(work, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="packed" value="{packages}" />
                  </packageSources>
                </configuration>
                """);

            // The test run has just built the tool in this configuration: pack that build.
            Run(Dotnet, "pack", CliProject, "-c", Configuration, "--no-build", "-o", packages);
            string package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(packages, "TuyaMcu.Cli.*.nupkg")));
            string version = package["TuyaMcu.Cli.".Length..];
            Run(Dotnet, "tool", "install", "TuyaMcu.Cli", "--version", version, "--tool-path", tools, "--configfile", config);

            string tuyamcu = Path.Combine(tools, OperatingSystem.IsWindows() ? "tuyamcu.exe" : "tuyamcu");
            string help = Run(tuyamcu, "help");
            Assert.StartsWith("usage: tuyamcu <command> [options]", help);
            Assert.Contains("  monitor ", help);
            Assert.Contains("\"command\":0", Run(tuyamcu, "decode", "55 AA 00 00 00 00 FF"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The dotnet that runs these tests (dotnet test says which), so the same SDK packs and installs.</summary>
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string CliProject
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                string project = Path.Combine(dir.FullName, "tools", "bench", "TuyaMcu.Cli", "TuyaMcu.Cli.csproj");
                if (File.Exists(project))
                {
                    return project;
                }
            }

            throw new InvalidOperationException($"no tools/bench/TuyaMcu.Cli above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>Runs <paramref name="program"/>; fails with its output unless it exits 0; returns its standard output.</summary>
    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandLimit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} still running after {CommandLimit.TotalMinutes} min");
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
