using TuyaMcu.ApiGate.Tests.Support;
using Xunit;

namespace TuyaMcu.ApiGate.Tests;

/// <summary>Checks (c), (e) and (f): compiler errors, API the device lacks, and the equivalence table.</summary>
public class ApiUsageTests
{
    private static string Core => $"nanoFramework.CoreLibrary {TempRepository.CoreLibrary.Version}";

    [Fact]
    public void StringJoin_IsReported()
    {
        string source = @"
class C
{
    string M(string[] parts)
    {
        return string.Join("","", parts); // <--
    }
}";

        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source),
            $"M:System.String.Join(System.String,System.String[]) is not in the nanoFramework API (packages: {Core})");
    }

    [Fact]
    public void MissingApi_IsReportedOncePerLine()
    {
        string source = @"
class C
{
    string M(string[] a, string[] b)
    {
        return string.Join("","", a) + string.Join("";"", b); // <--
    }
}";

        Assert.Single(DeviceCode.Check(source), v => v.Message.StartsWith("M:System.String.Join(", System.StringComparison.Ordinal));
    }

    [Fact]
    public void OverrideOfAMemberTheDeviceInherits_Passes()
    {
        // .NET's ArgumentOutOfRangeException overrides Message; the device's inherits ArgumentException's.
        string source = @"
class C
{
    string M()
    {
        return new System.ArgumentOutOfRangeException(""count"").Message;
    }
}";

        Expect.None(DeviceCode.Check(source));
    }

    [Fact]
    public void MemberTheDeviceDeclaresOnTheReceiversType_Passes()
    {
        // .NET declares Set on EventWaitHandle; the device declares it on AutoResetEvent itself.
        string source = @"
using System.Threading;
class C
{
    bool M(AutoResetEvent signal)
    {
        return signal.Set();
    }
}";

        Expect.None(DeviceCode.Check(source));
    }

    [Fact]
    public void InheritedMemberNoTypeOfTheReceiverChainDeclares_IsReported()
    {
        string source = @"
using System.Threading;
class C
{
    object M(AutoResetEvent signal)
    {
        return signal.SafeWaitHandle; // <--
    }
}";

        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source),
            "P:System.Threading.WaitHandle.SafeWaitHandle is not in the nanoFramework API");
    }

    [Fact]
    public void EnumGetValues_IsReported()
    {
        string source = @"
using System;
class C
{
    Array M()
    {
        return Enum.GetValues(typeof(DayOfWeek)); // <--
    }
}";

        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source),
            "M:System.Enum.GetValues(System.Type) is not in the nanoFramework API");
    }

    [Fact]
    public void ApiOfAPackageTheProjectDoesNotHave_IsReportedNamingThePackage()
    {
        string source = @"
using System.Text;
class C
{
    string M()
    {
        var builder = new StringBuilder(); // <--
        return builder.ToString();
    }
}";

        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source),
            "M:System.Text.StringBuilder.#ctor is not in the nanoFramework API (packages: " + Core + "); it is in nanoFramework.System.Text");
    }

    [Fact]
    public void ApiOfAPackageTheProjectHas_Passes()
    {
        string source = @"
using System.Text;
class C
{
    string M(int value)
    {
        var builder = new StringBuilder();
        builder.Append(value).Append(',').AppendLine(""x"");
        return builder.ToString();
    }
}";

        Expect.None(DeviceCode.Check(source, "nanoFramework.CoreLibrary", "nanoFramework.System.Text"));
    }

    [Fact]
    public void HostOverloadWithDifferentDeviceBinding_PassesThroughTheEquivalenceTable()
    {
        string source = @"
using System;
class C
{
    string M(object a, object b, object c, string text, byte[] bytes)
    {
        string one = string.Format(""{0}"", a);
        string three = string.Format(""{0}{1}{2}"", a, b, c);
        string[] fields = text.Split(',');
        string trimmed = text.Trim('x').TrimStart('y').TrimEnd('z');
        int at = Array.IndexOf(bytes, (byte)1);
        return one + three + fields[0] + trimmed + at.ToString();
    }
}";

        Expect.None(DeviceCode.Check(source));
    }

    [Fact]
    public void HostOverloadWithAnExplicitArgumentTheDeviceLacks_StaysAnError()
    {
        string source = @"
using System;
class C
{
    string[] M(string text)
    {
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries); // <--
    }
}";

        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source),
            "M:System.String.Split(System.Char,System.StringSplitOptions) is not in the nanoFramework API");
    }

    [Fact]
    public void AttributeConstructor_IsChecked()
    {
        string source = @"
class C
{
    [System.ComponentModel.Description(""x"")] // <--
    void M()
    {
    }
}";

        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source),
            "M:System.ComponentModel.DescriptionAttribute.#ctor(System.String) is not in the nanoFramework API");
    }

    [Fact]
    public void BaseTypeOfADeclaredClass_IsChecked()
    {
        string source = @"
class Items : System.Collections.CollectionBase // <--
{
}";

        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source),
            "T:System.Collections.CollectionBase is not in the nanoFramework API");
    }

    [Fact]
    public void CompilerError_IsReportedAtItsLine()
    {
        string source = @"
class C
{
    int M()
    {
        return ""text""; // <--
    }
}";

        Expect.Violation(DeviceCode.Check(source), DeviceCode.FileName, Marked.Line(source), "error CS0029:");
    }

    [Fact]
    public void CleanDeviceCode_Passes()
    {
        string source = @"
using System;
using System.Collections;
using System.Diagnostics;
using System.Threading;

namespace Sample
{
    public delegate void ReadingHandler(object sender, int value);

    public class SensorException : Exception
    {
        public SensorException(string message) : base(message) { }
    }

    public sealed class Reading : IDisposable
    {
        private readonly object _gate = new object();
        private readonly ArrayList _values = new ArrayList();

        public event ReadingHandler Changed;

        public int Count => _values.Count;

        public void Add(int value)
        {
            lock (_gate)
            {
                _values.Add(value);
            }

            Changed?.Invoke(this, value);
        }

        public string Describe(string name, byte code, char unit)
        {
            int sum = 0;
            foreach (int value in _values)
            {
                sum += value;
            }

            foreach (char c in name)
            {
                sum += c;
            }

            string text = name + ':' + sum.ToString() + unit + ' ' + code.ToString(""X2"");
            Debug.WriteLine($""{name} = {sum}"");
            Thread.Sleep(TimeSpan.FromSeconds(1));
            if (text.Length > 64 || typeof(Reading).Name == null)
            {
                throw new SensorException(""too long: "" + text.Substring(0, 8));
            }

            return text.ToUpper();
        }

        public override string ToString() => Describe(""reading"", 0, 'C');

        public void Dispose()
        {
            using (var other = new Reading())
            {
                other.Add(DateTime.UtcNow.Second);
            }
        }
    }
}";

        Expect.None(DeviceCode.Check(source));
    }
}
