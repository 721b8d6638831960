using System;
using System.Collections;
using nanoFramework.TestFramework;
using TestFrameworkShared;
using Xunit;
using NanoAssert = nanoFramework.TestFramework.Assert;
using XAssert = Xunit.Assert;

namespace TuyaMcu.NanoTest.Tests.Framework
{
#pragma warning disable CS0618 // The obsolete names are part of the device API and are tested on purpose.
    public class AssertTests
    {
        [Fact]
        public void AreEqual_Fails_WithTheDeviceMessageFormat()
        {
            XAssert.Equal("Assert.AreEqual failed. Expected:<5>. Actual:<6>. count", Failure(() => NanoAssert.AreEqual(5, 6, "count")));
            XAssert.Equal("Assert.AreEqual failed. Expected:<5>. Actual:<6>. ", Failure(() => NanoAssert.AreEqual(5, 6)));
            XAssert.Equal("Assert.AreEqual failed. Expected:<a>. Actual:<(null)>. ", Failure(() => NanoAssert.AreEqual("a", null)));
            XAssert.Equal("Assert.AreEqual failed. Expected:<1.5>. Actual:<2>. ", Failure(() => NanoAssert.AreEqual(1.5, 2.0)));
        }

        [Fact]
        public void AreEqual_TypedOverloads_CompareValues()
        {
            NanoAssert.AreEqual((byte)0xB0, (byte)0xB0);
            NanoAssert.AreEqual(ulong.MaxValue, ulong.MaxValue);
            NanoAssert.AreEqual('x', 'x');
            NanoAssert.AreEqual(double.NaN, double.NaN);
            NanoAssert.AreEqual(new DateTime(2024, 1, 2), new DateTime(2024, 1, 2));
            NanoAssert.AreEqual("abc", "abc");
            Failure(() => NanoAssert.AreEqual("abc", "ABC"));
            Failure(() => NanoAssert.AreEqual((short)1, (short)2));
        }

        [Fact]
        public void AreEqual_OfObjects_UsesEquals()
        {
            NanoAssert.AreEqual((object)DayOfWeek.Monday, DayOfWeek.Monday);
            NanoAssert.AreEqual(new Version(1, 2), (object)new Version(1, 2));
            NanoAssert.AreEqual((object)null, null);
            Failure(() => NanoAssert.AreEqual(new byte[] { 1 }, (object)new byte[] { 1 }));
        }

        [Fact]
        public void AreNotEqual_Fails_WhenEqual()
        {
            XAssert.Equal(
                "Assert.AreNotEqual failed. Expected any value except:<3>. Actual:<3>. m",
                Failure(() => NanoAssert.AreNotEqual(3L, 3L, "m")));
            NanoAssert.AreNotEqual(3u, 4u);
        }

        [Fact]
        public void ObsoleteEqualOfArrays_ComparesElementSequences()
        {
            NanoAssert.Equal(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 });
            NanoAssert.NotEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 4 });
            NanoAssert.NotEqual(new byte[] { 1, 2 }, new byte[] { 1, 2, 3 });
            NanoAssert.NotEqual(new byte[] { 1 }, new int[] { 1 });
            XAssert.Equal(
                "Assert.Equal failed. Expected:<[1, 2]>. Actual:<[1, 3]>. ",
                Failure(() => NanoAssert.Equal(new int[] { 1, 2 }, new int[] { 1, 3 })));
            Failure(() => NanoAssert.NotEqual(new int[] { 1 }, new int[] { 1 }));
        }

        [Fact]
        public void ObsoleteNames_BehaveLikeTheirReplacements()
        {
            NanoAssert.True(true);
            NanoAssert.False(false);
            NanoAssert.Null(null);
            NanoAssert.NotNull(1);
            NanoAssert.Equal(2, 2);
            NanoAssert.IsType(typeof(string), "s");
            NanoAssert.IsNotType(typeof(int), "s");
            NanoAssert.Throws(typeof(InvalidOperationException), () => throw new InvalidOperationException());
            XAssert.StartsWith("Assert.IsTrue failed.", Failure(() => NanoAssert.True(false)));
            XAssert.StartsWith("Assert.Empty failed.", Failure(() => NanoAssert.Empty(new[] { 1 })));
            XAssert.StartsWith("Assert.NotEmpty failed.", Failure(() => NanoAssert.NotEmpty(new int[0])));
        }

        [Fact]
        public void ThrowsException_PassesOnlyForTheExactType()
        {
            NanoAssert.ThrowsException(typeof(ArgumentOutOfRangeException), () => throw new ArgumentOutOfRangeException("x"));

            string derived = Failure(() =>
                NanoAssert.ThrowsException(typeof(ArgumentException), () => throw new ArgumentNullException("x"), "m"));
            XAssert.StartsWith(
                "Assert.ThrowsException failed. Threw exception ArgumentNullException, but exception ArgumentException was expected. m",
                derived);
            XAssert.Contains("Exception Message: ", derived);
            XAssert.Equal(
                "Assert.ThrowsException failed. No exception thrown. ArgumentException exception was expected. ",
                Failure(() => NanoAssert.ThrowsException(typeof(ArgumentException), () => { })));
            XAssert.Throws<ArgumentNullException>(() => NanoAssert.ThrowsException(typeof(Exception), null));
        }

        [Fact]
        public void ConditionsAndReferences()
        {
            XAssert.Equal("Assert.IsTrue failed. why", Failure(() => NanoAssert.IsTrue(false, "why")));
            XAssert.Equal("Assert.IsFalse failed. ", Failure(() => NanoAssert.IsFalse(true)));
            XAssert.Equal("Assert.IsNull failed. ", Failure(() => NanoAssert.IsNull(new object())));
            XAssert.Equal("Assert.IsNotNull failed. ", Failure(() => NanoAssert.IsNotNull(null)));
            var same = new object();
            NanoAssert.AreSame(same, same);
            NanoAssert.AreNotSame(same, new object());
            XAssert.StartsWith("Assert.AreSame failed. Do not pass value types", Failure(() => NanoAssert.AreSame(1, 1)));
            XAssert.Equal("Assert.AreNotSame failed. ", Failure(() => NanoAssert.AreNotSame(same, same)));
        }

        [Fact]
        public void InstanceOfType_WantsTheExactType_AsOnTheDevice()
        {
            NanoAssert.IsInstanceOfType("s", typeof(string));
            XAssert.Equal(
                "Assert.IsInstanceOfType failed. Expected type:<System.Exception>. Actual type:<System.ArgumentException>. ",
                Failure(() => NanoAssert.IsInstanceOfType(new ArgumentException(), typeof(Exception))));
            NanoAssert.IsNotInstanceOfType(new ArgumentException(), typeof(Exception));
            Failure(() => NanoAssert.IsNotInstanceOfType("s", typeof(string)));
        }

        [Fact]
        public void Strings()
        {
            NanoAssert.Contains("AA", "55 AA 00");
            NanoAssert.DoesNotContains("BB", "55 AA 00");
            NanoAssert.StartsWith("55", "55 AA");
            NanoAssert.EndsWith("AA", "55 AA");
            XAssert.Equal("Assert.Contains failed. 55 AA does not contains BB. m", Failure(() => NanoAssert.Contains("BB", "55 AA", "m")));
            XAssert.Equal("Assert.StartsWith failed. 55 AA does not start with AA. ", Failure(() => NanoAssert.StartsWith("AA", "55 AA")));
            XAssert.Equal("Assert.EndsWith failed. 55 AA does not end with 55. ", Failure(() => NanoAssert.EndsWith("55", "55 AA")));
            XAssert.Equal("Assert.DoesNotContains failed. 55 AA should not contain AA. ", Failure(() => NanoAssert.DoesNotContains("AA", "55 AA")));
            XAssert.Equal(
                "Assert.Contains failed. The parameter 'other' is invalid. The value cannot be null.",
                Failure(() => NanoAssert.Contains("a", null)));
        }

        [Fact]
        public void SkipTest_ThrowsSkipTestException_WithItsMessage()
        {
            SkipTestException skip = XAssert.Throws<SkipTestException>(() => NanoAssert.SkipTest("no board"));
            XAssert.Equal("no board", skip.Message);
            XAssert.Equal(string.Empty, XAssert.Throws<SkipTestException>(() => NanoAssert.SkipTest()).Message);
        }

        [Fact]
        public void CollectionAssert_ComparesElementByElement()
        {
            CollectionAssert.AreEqual(new[] { 1, 2, 3 }, new ArrayList { 1, 2, 3 });
            XAssert.Equal(
                "CollectionAssert.AreEqual failed. m(Element at index 1 do not match. Expected:<2>. Actual:<5>.)",
                Failure(() => CollectionAssert.AreEqual(new[] { 1, 2, 3 }, new[] { 1, 5, 3 }, "m")));
            XAssert.Equal(
                "CollectionAssert.AreEqual failed. (Different number of elements. Expected:<2>. Actual:<3>.)",
                Failure(() => CollectionAssert.AreEqual(new[] { 1, 2 }, new[] { 1, 2, 3 })));
            XAssert.Equal(
                "CollectionAssert.AreEqual failed. (Actual collection is (null).)",
                Failure(() => CollectionAssert.AreEqual(new[] { 1 }, null)));
            CollectionAssert.AreNotEqual(new[] { 1, 2 }, new[] { 2, 1 });
            XAssert.Equal(
                "CollectionAssert.AreNotEqual failed. (Both collection contain same elements.)",
                Failure(() => CollectionAssert.AreNotEqual(new[] { 1 }, new[] { 1 })));
            CollectionAssert.Empty(new ArrayList());
            CollectionAssert.NotEmpty(new[] { 0 });
            XAssert.Equal("CollectionAssert.Empty failed. m", Failure(() => CollectionAssert.Empty(new[] { 0 }, "m")));
            XAssert.Equal("CollectionAssert.NotEmpty failed. ", Failure(() => CollectionAssert.NotEmpty(new int[0])));
        }

        [Fact]
        public void SequenceEqual_ComparesValuesByValue_AndReferencesByIdentity_AsTheDeviceDoes()
        {
            // Called as a static method: in C# 14, array.SequenceEqual(...) binds to MemoryExtensions' span overload.
            XAssert.True(TestExtensions.SequenceEqual(new byte[] { 1, 2 }, new byte[] { 1, 2 }));
            XAssert.False(TestExtensions.SequenceEqual(new byte[] { 1, 2 }, null));
            XAssert.False(TestExtensions.SequenceEqual(new string[] { "ab" }, new string[] { new string(new[] { 'a', 'b' }) }));
            XAssert.True(TestExtensions.SequenceEqual(new object[] { null, 1 }, new object[] { null, 1 }));
        }

        [Fact]
        public void DataRowAttribute_KeepsItsArguments_AndANullRowIsOneNullArgument()
        {
            XAssert.Equal(new object[] { "a", 1 }, new DataRowAttribute("a", 1).MethodParameters);
            XAssert.Equal(new object[] { null }, new DataRowAttribute(null).MethodParameters);
        }

        [Fact]
        public void Helper_DropsTestMethod_OnlyWhenADataRowIsThere()
        {
            var testMethod = new TestMethodAttribute();
            var row = new DataRowAttribute(1);
            object[] alone = { testMethod };

            XAssert.Same(alone, Helper.RemoveTestMethodIfDataRowExists(alone));
            XAssert.Equal(new object[] { row }, Helper.RemoveTestMethodIfDataRowExists(new object[] { testMethod, row }));
        }

        [Fact]
        public void OutputHelper_WritesToTheConsole()
        {
            var previous = Console.Out;
            var written = new System.IO.StringWriter();
            Console.SetOut(written);
            try
            {
                OutputHelper.Write("a");
                OutputHelper.WriteLine("b");
            }
            finally
            {
                Console.SetOut(previous);
            }

            XAssert.Equal("ab" + Environment.NewLine, written.ToString());
        }

        private static string Failure(Action assertion) => XAssert.Throws<AssertFailedException>(assertion).Message;
    }
#pragma warning restore CS0618
}
