using System.Collections.Generic;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>Check (d): each language feature nanoFramework v1 lacks is reported at its line, naming the feature.</summary>
public class FeatureCheckTests
{
    public static IEnumerable<object[]> Features => new[]
    {
        Case("generic type 'List<int>'", @"
using System.Collections.Generic;
class C
{
    void M()
    {
        var list = new List<int>(); // <--
    }
}"),
        Case("generic declaration 'Box<T>'", @"
class Box<T> // <--
{
}"),
        Case("generic constraint 'where T : class'", @"
class C
{
    void M<T>(T value)
        where T : class // <--
    {
    }
}"),
        Case("generic method 'C.Echo<int>'", @"
class C
{
    static object Echo<T>(T value) { return value; }
    object M()
    {
        return Echo(5); // <--
    }
}"),
        Case("nullable value type 'int?'", @"
class C
{
    int? maybe; // <--
}"),
        Case("nullable value type 'int?'", @"
class C
{
    object M(string s)
    {
        var length = s?.Length; // <--
        return length;
    }
}"),
        Case("iterator ('yield')", @"
using System.Collections;
class C
{
    IEnumerable Numbers()
    {
        yield return 1; // <--
    }
}"),
        Case("async/await ('await')", @"
using System.Threading.Tasks;
class C
{
    async Task M()
    {
        await Task.Delay(1); // <--
    }
}"),
        Case("async/await ('async')", @"
class C
{
    async void M() // <--
    {
    }
}"),
        Case("tuple '(1, 2)'", @"
class C
{
    object M()
    {
        var pair = (1, 2); // <--
        return pair;
    }
}"),
        Case("tuple type '(int, int)'", @"
class C
{
    (int, int) M() // <--
    {
        return default;
    }
}"),
        Case("deconstruction", @"
class C
{
    void M(C other)
    {
        var (a, b) = other; // <--
    }
    void Deconstruct(out int a, out int b) { a = 1; b = 2; }
}"),
        Case("range '1..3'", @"
class C
{
    byte[] M(byte[] bytes)
    {
        return bytes[1..3]; // <--
    }
}"),
        Case("index from end '^1'", @"
class C
{
    byte M(byte[] bytes)
    {
        return bytes[^1]; // <--
    }
}"),
        Case("'ReadOnlySpan<byte>' (Span<T>/ReadOnlySpan<T>)", @"
using System;
class C
{
    int M(byte[] bytes)
    {
        ReadOnlySpan<byte> view = bytes; // <--
        return view.Length;
    }
}"),
        Case("stackalloc", @"
class C
{
    unsafe void M()
    {
        int* buffer = stackalloc int[4]; // <--
    }
}"),
        Case("record 'Point'", @"
record Point(int X, int Y); // <--
"),
        Case("'init' accessor", @"
class C
{
    public int X { get; init; } // <--
}"),
        Case("'with' expression", @"
record Point(int X);
class C
{
    object M(Point p)
    {
        return p with { X = 2 }; // <--
    }
}"),
        Case("LINQ query expression", @"
using System.Linq;
class C
{
    object M(byte[] bytes)
    {
        return from b in bytes select b; // <--
    }
}"),
        Case("LINQ ('using System.Linq')", @"
using System.Linq; // <--
class C
{
}"),
        Case("multidimensional array '[,]'", @"
class C
{
    int[,] grid; // <--
}"),
        Case("dynamic", @"
class C
{
    void M(object o)
    {
        dynamic d = o; // <--
    }
}"),
        Case("'unsafe' code", @"
class C
{
    unsafe void M() // <--
    {
    }
}"),
        Case("pointer type 'byte*'", @"
unsafe class C
{
    byte* cursor; // <--
}"),
        Case("default interface member 'Describe'", @"
interface IThing
{
    string Describe() { return ""thing""; } // <--
}"),
        Case("exception filter ('catch ... when')", @"
using System;
class C
{
    void M(int code)
    {
        try
        {
        }
        catch (Exception) when (code > 0) // <--
        {
        }
    }
}"),
        Case("anonymous type", @"
class C
{
    object M()
    {
        return new { A = 1 }; // <--
    }
}"),
        Case("native integer 'nint'", @"
class C
{
    nint size; // <--
}"),
    };

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_IsReportedAtItsLine(string fragment, string source)
    {
        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source), fragment, "is not supported by nanoFramework v1");
    }

    [Fact]
    public void Feature_IsReportedOncePerLine()
    {
        string source = @"
using System.Collections.Generic;
class C
{
    List<int> M() { return new List<int>(); } // <--
}";

        IReadOnlyList<Reporting.Violation> violations = DeviceCode.Check(source);

        Assert.Single(violations, v => v.Line == Marked.Line(source) && v.Message.Contains("generic"));
    }

    private static object[] Case(string fragment, string source) => new object[] { fragment, source };
}
