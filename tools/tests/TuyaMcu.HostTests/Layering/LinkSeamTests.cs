using System.Text.RegularExpressions;
using TuyaMcu.HostTests.Support;

namespace TuyaMcu.HostTests.Layering;

/// <summary>
/// Data flows one way: the profiles, the platform and the console talk to the module through the
/// dispatcher's request API and its own types, never past it into the link's. Only the device,
/// which builds the link, and its options, which hold the link's, may name the link.
/// </summary>
public sealed partial class LinkSeamTests
{
    private const string Link = "TuyaMcu/Core/Link";
    private static readonly string[] Above = ["TuyaMcu/Core/Profiles", "TuyaMcu/Core/Platform", "TuyaMcu/Core/Console"];
    private static readonly string[] MayNameTheLink = ["TuyaMcu/Core/Platform/Device.cs", "TuyaMcu/Core/Platform/DeviceOptions.cs"];

    [Fact]
    public void ProfilesPlatformAndConsole_NameNoTypeOfTheLink()
    {
        // The namespace, or any type the link declares (a file in a TuyaMcu.* namespace reaches them as Link.X too).
        var linkTypes = Directory.GetFiles(Repository.PathOf(Link), "*.cs")
            .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToArray();
        Assert.Contains("IRequestObserver", linkTypes);
        var namesTheLink = new Regex(@"\bTuyaMcu\s*\.\s*Link\b|\b(" + string.Join("|", linkTypes) + @")\b");

        var found = new List<string>();
        foreach (string folder in Above)
        {
            foreach (string file in Directory.GetFiles(Repository.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(Repository.Root, file).Replace(Path.DirectorySeparatorChar, '/');
                if (MayNameTheLink.Contains(relative) || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    Match m = namesTheLink.Match(lines[i]);
                    if (m.Success)
                    {
                        found.Add($"{relative}:{i + 1}: names the link's '{m.Value}': use the dispatcher's request API (TuyaMcu.Dispatch) instead");
                    }
                }
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [GeneratedRegex(@"^\s*(?:(?:public|internal|sealed|static|abstract|partial)\s+)+(?:class|interface|enum|struct)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
