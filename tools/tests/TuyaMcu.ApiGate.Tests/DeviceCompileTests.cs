using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>
/// Check (c) for projects that need only the core library: compiled against the real
/// nanoFramework.CoreLibrary mscorlib.dll and nothing else, what the desktop framework has and the
/// device lacks is a compiler error at its line (Math is not even in the core library: it is the
/// System.Math package), and what compiles but the runtime lacks (generics) is still rejected.
/// </summary>
public class DeviceCompileTests
{
    [Theory]
    [InlineData("return string.Join(\",\", parts); // <--", "error CS0117: 'string' does not contain a definition for 'Join'")]
    [InlineData("return string.IsNullOrWhiteSpace(parts[0]) ? \"\" : parts[0]; // <--", "error CS0117: 'string' does not contain a definition for 'IsNullOrWhiteSpace'")]
    [InlineData("return System.Math.Clamp(parts.Length, 0, 9).ToString(); // <--", "error CS0234: The type or namespace name 'Math' does not exist in the namespace 'System'")]
    public void ApiTheDesktopHasAndTheDeviceLacks_IsACompilerErrorAtItsLine(string statement, string message)
    {
        string source = $@"
class C
{{
    string M(string[] parts)
    {{
        {statement}
    }}
}}";

        Expect.Violation(DeviceCode.CheckOnDevice(source), DeviceCode.FileName, Marked.Line(source), message);
        Expect.None(DeviceCode.CheckOnDevice(source.Replace(statement, "return parts[0];", StringComparison.Ordinal)));
    }

    [Fact]
    public void GenericDeclaration_IsRejected_ThoughItCompiles()
    {
        string source = @"
class Box<T> // <--
{
    public T Value;
}";

        var violations = DeviceCode.CheckOnDevice(source);

        Expect.Violation(violations, DeviceCode.FileName, Marked.Line(source), "generic declaration 'Box<T>' is not supported by nanoFramework v1");
        Assert.DoesNotContain(violations, v => v.Message.StartsWith("error ", StringComparison.Ordinal));
    }

    [Fact]
    public void GenericDelegateOfTheCoreLibrary_IsRejected_ThoughTheLibraryDeclaresIt()
    {
        string source = @"
class C
{
    void M()
    {
        System.Action<int> report = null; // <--
    }
}";

        Expect.Violation(DeviceCode.CheckOnDevice(source), DeviceCode.FileName, Marked.Line(source), "generic type 'Action<int>' is not supported by nanoFramework v1");
    }

    [Fact]
    public void GenericCollection_DoesNotExistOnTheDevice()
    {
        string source = @"
class C
{
    object M()
    {
        return new System.Collections.Generic.List<int>(); // <--
    }
}";

        Expect.Violation(DeviceCode.CheckOnDevice(source), DeviceCode.FileName, Marked.Line(source), "error CS0234:", "'Generic'");
    }

    [Fact]
    public void AsynchronousDelegateCall_IsRejected()
    {
        string source = @"
using System.Threading;
class C
{
    void M(ThreadStart work)
    {
        work.BeginInvoke(null, null); // <--
    }
}";

        Expect.Violation(DeviceCode.CheckOnDevice(source), DeviceCode.FileName, Marked.Line(source),
            "asynchronous delegate call 'ThreadStart.BeginInvoke' is not supported by nanoFramework v1");
        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source),
            "asynchronous delegate call 'ThreadStart.BeginInvoke' is not supported by nanoFramework v1");
    }

    [Fact]
    public void ErrorsOnlyAFullBuildFinds_AreReported()
    {
        // Binding accepts the iterator; emitting it needs IEnumerator<T>, which the core library lacks.
        string source = @"
class C
{
    System.Collections.IEnumerable M()
    { // <--
        yield return 1;
    }
}";

        Expect.Violation(DeviceCode.CheckOnDevice(source), DeviceCode.FileName, Marked.Line(source),
            "error CS0518: Predefined type 'System.Collections.Generic.IEnumerator`1' is not defined or imported");
    }

    [Fact]
    public void DeviceCompile_ReferencesTheRealMscorlibOnly()
    {
        var core = TempRepository.CoreLibrary;
        var project = new Compilation.DeviceProject(
            "Device.nfproj", "Device", OutputKind.DynamicallyLinkedLibrary,
            new[] { new Compilation.DeviceSource(DeviceCode.FileName, "class C { }") },
            Array.Empty<Compilation.DeviceProject>(), new Inventory.ApiScope(new[] { core }));

        Compilation.CompiledProject compiled = new Compilation.DeviceCompiler(GateEnvironment.HostReferences).Compile(project);

        Assert.True(compiled.AgainstDeviceAssemblies);
        MetadataReference reference = Assert.Single(compiled.Compilation.References);
        Assert.Equal(core.AssemblyPath, ((PortableExecutableReference)reference).FilePath);
        IAssemblySymbol corlib = compiled.Compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly;
        Assert.Equal($"mscorlib, Version={core.Version}.0", string.Join(", ", corlib.Identity.GetDisplayName().Split(", ").Take(2)));
        Assert.Equal(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9, ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)compiled.Compilation.SyntaxTrees.Single().Options).LanguageVersion);
        Assert.Contains(Compilation.DeviceCompiler.DeviceSymbol, compiled.Compilation.SyntaxTrees.Single().Options.PreprocessorSymbolNames);
    }
}
