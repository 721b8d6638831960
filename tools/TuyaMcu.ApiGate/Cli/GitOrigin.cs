using System;
using System.Diagnostics;
using System.IO;

namespace TuyaMcu.ApiGate.Cli;

/// <summary>Reads the <c>origin</c> remote of a git work tree when it is a directory on this machine.</summary>
internal static class GitOrigin
{
    /// <summary>The origin's directory, or null (no git, no origin, or a network URL).</summary>
    public static string? LocalPath(string repositoryRoot)
    {
        string? url = Read(repositoryRoot);
        return url == null ? null : ToLocalDirectory(url, repositoryRoot);
    }

    /// <summary>A local directory for a remote URL: a file:// URL or a path, absolute or relative to the work tree.</summary>
    public static string? ToLocalDirectory(string url, string repositoryRoot)
    {
        string? path = null;
        if (url.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            path = new Uri(url).LocalPath;
        }
        else if (!url.Contains("://", StringComparison.Ordinal) && !LooksLikeScpUrl(url))
        {
            path = Path.GetFullPath(url, repositoryRoot);
        }

        return path != null && Directory.Exists(path) ? path : null;
    }

    // user@host:path, git's short form for ssh; a Windows drive letter ("C:\...") is not one.
    private static bool LooksLikeScpUrl(string url)
    {
        int colon = url.IndexOf(':');
        return colon > 1 && url.IndexOfAny(new[] { '/', '\\' }) is var slash && (slash < 0 || colon < slash);
    }

    private static string? Read(string repositoryRoot)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-C");
            start.ArgumentList.Add(repositoryRoot);
            start.ArgumentList.Add("remote");
            start.ArgumentList.Add("get-url");
            start.ArgumentList.Add("origin");
            using Process? git = Process.Start(start);
            if (git == null)
            {
                return null;
            }

            string output = git.StandardOutput.ReadToEnd().Trim();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
