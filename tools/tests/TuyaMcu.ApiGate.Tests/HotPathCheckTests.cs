using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TuyaMcu.ApiGate.Reporting;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>
/// Check (h): in a type or member marked <c>// hot path:</c>, every value-type local or parameter
/// other than a primitive or an enum, every struct passed by value or returned, and every box is
/// reported at its line; unmarked code is not judged. A struct local planted in the real parser or
/// link fails the gate on the repository's own project.
/// </summary>
public class HotPathCheckTests
{
    public static IEnumerable<object[]> Findings => new[]
    {
        Case("value-type local 'when' of type 'TimeSpan' on a hot path: nanoCLR puts it on the heap", @"
// hot path: per byte
class C
{
    long M(long ticks)
    {
        System.TimeSpan when = new System.TimeSpan(ticks); // <--
        return when.Ticks;
    }
}"),
        Case("value-type local 'pair' of type 'Pair'", @"
struct Pair
{
    public int A;
}

// hot path: per byte
class C
{
    int M()
    {
        Pair pair; // <--
        pair.A = 1;
        return pair.A;
    }
}"),
        Case("struct parameter 'span' of type 'TimeSpan' on a hot path: nanoCLR clones a struct for every call", @"
class C
{
    // hot path: per frame
    long M(System.TimeSpan span) // <--
    {
        return 0;
    }
}"),
        Case("struct 'TimeSpan' passed by value on a hot path: nanoCLR clones it for the call", @"
class Other
{
    public static bool Check(System.TimeSpan span) { return span.Ticks > 0; }
}

// hot path: per frame
class C
{
    System.TimeSpan _span;

    bool M()
    {
        return Other.Check(_span); // <--
    }
}"),
        Case("method 'M' returns struct 'TimeSpan'", @"
// hot path: per frame
class C
{
    System.TimeSpan _span;

    System.TimeSpan M() // <--
    {
        return _span;
    }
}"),
        Case("value-type local 'parsed' of type 'Pair'", @"
struct Pair
{
    public int A;
}

// hot path: per frame
class C
{
    static void Read(out Pair pair) { pair.A = 1; }

    int M()
    {
        Read(out Pair parsed); // <--
        return parsed.A;
    }
}"),
        Case("value-type local 'span' of type 'TimeSpan'", @"
// hot path: per frame
class C
{
    long M(System.TimeSpan[] spans)
    {
        long total = 0;
        foreach (System.TimeSpan span in spans) // <--
        {
            total += span.Ticks;
        }

        return total;
    }
}"),
        Case("'int' boxed on a hot path: nanoCLR allocates an object for every box", @"
// hot path: per frame
class C
{
    object M(int value)
    {
        return value; // <--
    }
}"),
        Case("property of struct type 'TimeSpan'", @"
// hot path: per frame
class C
{
    System.TimeSpan _span;

    System.TimeSpan Span // <--
    {
        get { return _span; }
    }
}"),
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void HiddenAllocation_OnAHotPath_IsReportedAtItsLine(string fragment, string source)
    {
        Expect.Violation(DeviceCode.CheckOnDevice(source), DeviceCode.FileName, Marked.Line(source), fragment);
    }

    [Fact]
    public void UnmarkedCode_IsNotJudged()
    {
        string source = @"
class C
{
    long M(System.TimeSpan span)
    {
        System.TimeSpan doubled = new System.TimeSpan(span.Ticks * 2);
        object boxed = 5;
        return doubled.Ticks;
    }
}";

        Expect.None(DeviceCode.CheckOnDevice(source));
    }

    [Fact]
    public void PrimitivesEnumsAndObjects_AreAllowedOnAHotPath()
    {
        string source = @"
enum Stage { Idle, Header, Data }

// hot path: per byte
class C
{
    byte[] _buffer = new byte[8];
    Stage _stage;

    long M(byte value, int count, long now, bool last, char c, double ratio, Stage stage)
    {
        Stage next = stage == Stage.Idle ? Stage.Header : Stage.Data;
        _stage = next;
        byte[] buffer = _buffer;
        buffer[count & 7] = value;
        string text = last ? c.ToString() : null;
        return now + (long)ratio + (text == null ? 0 : text.Length);
    }
}";

        Expect.None(DeviceCode.CheckOnDevice(source));
    }

    [Fact]
    public void MarkedMember_MarksOnlyItself()
    {
        string source = @"
class C
{
    long Cold(long ticks)
    {
        System.TimeSpan when = new System.TimeSpan(ticks);
        return when.Ticks;
    }

    // hot path: per byte
    long Hot(long ticks)
    {
        System.TimeSpan when = new System.TimeSpan(ticks); // <--
        return when.Ticks;
    }
}";

        IReadOnlyList<Violation> violations = DeviceCode.CheckOnDevice(source);

        Violation only = Assert.Single(violations);
        Assert.Equal(Marked.Line(source), only.Line);
    }

    [Fact]
    public void DocumentationMentioningTheMarker_DoesNotMark()
    {
        string source = @"
/// <summary>Not a hot path, though this says // hot path: here.</summary>
class C
{
    long M(long ticks)
    {
        System.TimeSpan when = new System.TimeSpan(ticks);
        return when.Ticks;
    }
}";

        Expect.None(DeviceCode.CheckOnDevice(source));
    }

    [Theory]
    [InlineData("TuyaMcu/Core/Protocol/FrameParser.cs", "public void Feed(byte[] data, int offset, int count, long nowMs)")]
    [InlineData("TuyaMcu/Core/Link/TuyaLink.cs", "public void Poll()")]
    [InlineData("TuyaMcu/Core/Link/TuyaLink.cs", "void IFrameSink.OnFrame(Frame frame)")]
    [InlineData("TuyaMcu/Core/Dispatch/CommandDispatcher.cs", "int IModuleCommandHandler.Answer(Frame command, byte[] answer, int answerOffset, int answerCapacity)")]
    [InlineData("TuyaMcu/Core/Dispatch/CommandDispatcher.cs", "private void ApplyDpCommand(Frame frame)")]
    public void StructLocalPlantedOnTheReceivePath_FailsTheGate_NamingFileAndLine(string file, string method)
    {
        using var repo = new TempRepository();
        CopyCore(repo);
        string path = Path.Combine(repo.Root, file);
        List<string> lines = File.ReadAllLines(path).ToList();
        int at = lines.FindIndex(l => l.Trim() == method);
        Assert.True(at >= 0 && lines[at + 1].Trim() == "{", $"{method} not found in {file}");
        lines.Insert(at + 2, "            System.TimeSpan planted = new System.TimeSpan(1);");
        File.WriteAllLines(path, lines);

        GateResult result = repo.RunGate(Path.Combine(repo.Root, "TuyaMcu", "Core", "TuyaMcu.Core.nfproj"));

        Violation only = Assert.Single(result.Violations);
        Assert.Equal(file, only.File);
        Assert.Equal(at + 3, only.Line);
        Assert.StartsWith("value-type local 'planted' of type 'TimeSpan' on a hot path", only.Message, StringComparison.Ordinal);
    }

    // The repository's firmware library, sources and project, as it is now.
    private static void CopyCore(TempRepository repo)
    {
        string from = Path.Combine(GateEnvironment.RepositoryRoot, "TuyaMcu", "Core");
        foreach (string source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(GateEnvironment.RepositoryRoot, source).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            repo.Write(relative, File.ReadAllText(source));
        }
    }

    private static object[] Case(string fragment, string source) => new object[] { fragment, source };
}
