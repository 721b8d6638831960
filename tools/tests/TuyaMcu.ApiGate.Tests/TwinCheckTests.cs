using System.Collections.Generic;
using TuyaMcu.ApiGate.Compilation;
using TuyaMcu.ApiGate.Reporting;
using TuyaMcu.ApiGate.Tests.Support;
using TuyaMcu.ApiGate.Twins;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>Check (g): a twin declares nothing the device API does not have.</summary>
public sealed class TwinCheckTests : System.IDisposable
{
    private const string SerialPortTwin = @"using System;

namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even }

    public enum StopBits { One = 1, Two = 2, OnePointFive = 3 }

    public struct Unused
    {
    }

    public class SerialPort : IDisposable
    {
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits) { }

        public int BytesToRead => 0;

        public int ReadTimeout { get; set; }

        public void Open() { }

        public void Dispose() { }

        public override string ToString() => ""COM1"";

        public void Frobnicate() // <--
        {
        }
    }
}
";

    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void TwinMemberNotInTheInventory_IsReportedAtItsSourceLine()
    {
        IReadOnlyList<Violation> violations = Check(TwinBuilder.Build(_repo, "Twins", "Twins/System/IO/Ports/SerialPort.cs", SerialPortTwin));

        Expect.Violation(violations, "Twins/System/IO/Ports/SerialPort.cs", Marked.Line(SerialPortTwin),
            "M:System.IO.Ports.SerialPort.Frobnicate is declared by the twin but not in the nanoFramework API");
    }

    [Fact]
    public void TwinMembersInTheInventory_AndCompilerDeclaredMembers_Pass()
    {
        IReadOnlyList<Violation> violations = Check(TwinBuilder.Build(_repo, "Twins", "Twins/SerialPort.cs", SerialPortTwin));

        // Only the invented method, and the invented struct: the enums, the constructor, properties,
        // an override of Object.ToString and the struct's implicit constructor are fine.
        Assert.Equal(2, violations.Count);
        Expect.Violation(violations, "twin:T:System.IO.Ports.Unused", null, "declared by the twin but not in the nanoFramework API");
    }

    [Fact]
    public void EnumValueNotInTheInventory_IsReported()
    {
        const string source = "namespace System.IO.Ports { public enum Parity { None, Odd, Even, Mark } }";

        IReadOnlyList<Violation> violations = Check(TwinBuilder.Build(_repo, "Twins", "Twins/Parity.cs", source));

        Expect.Violation(violations, "twin:F:System.IO.Ports.Parity.Mark", null, "declared by the twin but not in the nanoFramework API");
        Assert.Single(violations);
    }

    [Fact]
    public void ImplicitPublicConstructorTheDeviceLacks_IsReportedWithAHint()
    {
        const string source = @"namespace System.IO.Ports
{
    public enum SerialData { Chars = 1, WatchChar = 2 }

    public class SerialDataReceivedEventArgs : System.EventArgs
    {
        public SerialData EventType { get; }
    }
}";

        IReadOnlyList<Violation> violations = Check(TwinBuilder.Build(_repo, "Twins", "Twins/Args.cs", source));

        Expect.Violation(violations, "twin:M:System.IO.Ports.SerialDataReceivedEventArgs.#ctor", null,
            "declared by the twin but not in the nanoFramework API", "declare the device's constructors");
    }

    [Fact]
    public void HostBuildOfAPackage_IsCheckedAgainstThatPackageOnly()
    {
        const string source = @"namespace nanoFramework.TestFramework
{
    public sealed class Assert
    {
        public static void IsTrue(bool condition, string message = """") { }

        public static void IsEmpty(string value) { } // <--
    }

    public sealed class StringBuilderTwin
    {
    }
}";

        IReadOnlyList<Violation> violations = Check(TwinBuilder.Build(_repo, "nanoFramework.TestFramework", "Host/Assert.cs", source, "nanoFramework.TestFramework"));

        Expect.Violation(violations, "Host/Assert.cs", Marked.Line(source),
            "M:nanoFramework.TestFramework.Assert.IsEmpty(System.String) is declared by the host build of nanoFramework.TestFramework but not in its nanoFramework API");
        Expect.Violation(violations, "twin:T:nanoFramework.TestFramework.StringBuilderTwin", null, "not in its nanoFramework API");
    }

    [Fact]
    public void TheRepositorysTwinsAndTestFrameworkBuild_Pass()
    {
        var violations = new ViolationList();
        var checker = new TwinChecker(GateEnvironment.Inventory, GateEnvironment.RepositoryRoot);
        foreach (TwinAssembly twin in GateEnvironment.HostReferences.Twins)
        {
            checker.Check(twin, violations);
        }

        Expect.None(violations.Sorted());
    }

    private IReadOnlyList<Violation> Check(TwinAssembly twin)
    {
        var violations = new ViolationList();
        new TwinChecker(GateEnvironment.Inventory, _repo.Root).Check(twin, violations);
        return violations.Sorted();
    }
}
