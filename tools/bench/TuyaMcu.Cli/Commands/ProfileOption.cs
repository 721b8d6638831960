using TuyaMcu.Tooling.Profiles;

namespace TuyaMcu.Cli.Commands;

/// <summary>The <c>--profile NAME</c> option every command that knows a device takes.</summary>
internal static class ProfileOption
{
    public const string Name = "--profile";

    /// <summary>The option's line in a command's usage text.</summary>
    public static string Usage =>
        $"  --profile NAME     the device profile (default {ProfileRegistry.DefaultName}; known: {ProfileRegistry.Names})";

    /// <summary>The profile <c>--profile</c> names, or the default; an unknown name is a usage error (exit code 2).</summary>
    public static HostProfile From(CommandArgs parsed)
    {
        string name = parsed.GetName(Name, "profile name") ?? ProfileRegistry.DefaultName;
        return ProfileRegistry.Find(name) ?? throw new UsageException($"{Name}: unknown profile '{name}' (known: {ProfileRegistry.Names})");
    }
}
