using System;
using System.Collections;

namespace nanoFramework.TestFramework
{
    /// <content>The older names the device package still has, marked obsolete as there.</content>
    public sealed partial class Assert
    {
        /// <summary>
        /// Tests whether the specified arrays hold the same elements in the same order
        /// (see <see cref="TestExtensions.SequenceEqual(Array, Array)"/>).
        /// </summary>
        /// <param name="expected">The array the test expects.</param>
        /// <param name="actual">The array produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when the arrays differ.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if the arrays differ.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use CollectionAssert.AreEqual.")]
        public static void Equal(Array expected, Array actual, string message = "")
        {
            if (!expected.SequenceEqual(actual))
            {
                AssertFailure.Throw(
                    "Assert.Equal",
                    $"Expected:<{AssertFailure.DescribeElements(expected)}>. Actual:<{AssertFailure.DescribeElements(actual)}>. {AssertFailure.UserMessage(message)}");
            }
        }

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(bool, bool, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(bool expected, bool actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(byte, byte, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(byte expected, byte actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(char, char, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(char expected, char actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(DateTime, DateTime, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(DateTime expected, DateTime actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(double, double, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(double expected, double actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(short, short, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(short expected, short actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(int, int, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(int expected, int actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(long, long, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(long expected, long actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(sbyte, sbyte, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(sbyte expected, sbyte actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(float, float, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(float expected, float actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(string, string, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(string expected, string actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(ushort, ushort, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(ushort expected, ushort actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(uint, uint, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(uint expected, uint actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>Tests whether the specified values are equal; the same as <see cref="AreEqual(ulong, ulong, string)"/>.</summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreEqual.")]
        public static void Equal(ulong expected, ulong actual, string message = "") => AreEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified arrays differ in length, order or elements
        /// (see <see cref="TestExtensions.SequenceEqual(Array, Array)"/>).
        /// </summary>
        /// <param name="notExpected">The array the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The array produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when the arrays hold the same elements.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if the arrays hold the same elements in the same order.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use CollectionAssert.AreNotEqual.")]
        public static void NotEqual(Array notExpected, Array actual, string message = "")
        {
            if (notExpected.SequenceEqual(actual))
            {
                AssertFailure.Throw(
                    "Assert.NotEqual",
                    $"Expected any value except:<{AssertFailure.DescribeElements(notExpected)}>. Actual:<{AssertFailure.DescribeElements(actual)}>. {AssertFailure.UserMessage(message)}");
            }
        }

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(bool, bool, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(bool notExpected, bool actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(byte, byte, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(byte notExpected, byte actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(char, char, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(char notExpected, char actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(DateTime, DateTime, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(DateTime notExpected, DateTime actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(double, double, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(double notExpected, double actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(short, short, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(short notExpected, short actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(int, int, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(int notExpected, int actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(long, long, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(long notExpected, long actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(sbyte, sbyte, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(sbyte notExpected, sbyte actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(float, float, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(float notExpected, float actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(string, string, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(string notExpected, string actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(ushort, ushort, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(ushort notExpected, ushort actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(uint, uint, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(uint notExpected, uint actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>Tests whether the specified values are unequal; the same as <see cref="AreNotEqual(ulong, ulong, string)"/>.</summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotEqual.")]
        public static void NotEqual(ulong notExpected, ulong actual, string message = "") => AreNotEqual(notExpected, actual, message);

        /// <summary>The same as <see cref="IsTrue(bool, string)"/>.</summary>
        /// <param name="condition">The condition the test expects to be true.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsTrue.")]
        public static void True(bool condition, string message = "") => IsTrue(condition, message);

        /// <summary>The same as <see cref="IsFalse(bool, string)"/>.</summary>
        /// <param name="condition">The condition the test expects to be false.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsFalse.")]
        public static void False(bool condition, string message = "") => IsFalse(condition, message);

        /// <summary>The same as <see cref="IsNull(object, string)"/>.</summary>
        /// <param name="value">The object the test expects to be null.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsNull.")]
        public static void Null(object value, string message = "") => IsNull(value, message);

        /// <summary>The same as <see cref="IsNotNull(object, string)"/>.</summary>
        /// <param name="value">The object the test expects not to be null.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsNotNull.")]
        public static void NotNull(object value, string message = "") => IsNotNull(value, message);

        /// <summary>The same as <see cref="AreSame(object, object, string)"/>.</summary>
        /// <param name="expected">The object the test expects.</param>
        /// <param name="actual">The object produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreSame.")]
        public static void Same(object expected, object actual, string message = "") => AreSame(expected, actual, message);

        /// <summary>The same as <see cref="AreNotSame(object, object, string)"/>.</summary>
        /// <param name="notExpected">The object the test expects not to match actual.</param>
        /// <param name="actual">The object produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method AreNotSame.")]
        public static void NotSame(object notExpected, object actual, string message = "") => AreNotSame(notExpected, actual, message);

        /// <summary>The same as <see cref="IsInstanceOfType(object, Type, string)"/>.</summary>
        /// <param name="expectedType">The expected type of value.</param>
        /// <param name="value">The object the test expects to be of that type.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsInstanceOfType.")]
        public static void IsType(Type expectedType, object value, string message = "") => IsInstanceOfType(value, expectedType, message);

        /// <summary>The same as <see cref="IsNotInstanceOfType(object, Type, string)"/>.</summary>
        /// <param name="wrongType">The type value should not be.</param>
        /// <param name="value">The object the test expects not to be of that type.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method IsNotInstanceOfType.")]
        public static void IsNotType(Type wrongType, object value, string message = "") => IsNotInstanceOfType(value, wrongType, message);

        /// <summary>The same as <see cref="ThrowsException(Type, Action, string)"/>.</summary>
        /// <param name="exceptionType">The type of exception expected to be thrown.</param>
        /// <param name="action">The code that is expected to throw.</param>
        /// <param name="message">The message to include in the exception when the assertion fails.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown when the assertion fails.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the new method ThrowsException.")]
        public static void Throws(Type exceptionType, Action action, string message = "") => ThrowsException(exceptionType, action, message);

        /// <summary>Tests whether the specified collection is empty; the same as <see cref="CollectionAssert.Empty(ICollection, string)"/>.</summary>
        /// <param name="collection">The collection the test expects to be empty.</param>
        /// <param name="message">The message to include in the exception when the collection is not empty.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if the collection is not empty.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the method with the same name in CollectionAssert class.")]
        public static void Empty(ICollection collection, string message = "")
        {
            AssertFailure.ThrowIfNull(collection, "Assert.Empty", nameof(collection));
            if (collection.Count != 0)
            {
                AssertFailure.Throw("Assert.Empty", message);
            }
        }

        /// <summary>Tests whether the specified collection is not empty; the same as <see cref="CollectionAssert.NotEmpty(ICollection, string)"/>.</summary>
        /// <param name="collection">The collection the test expects to be not empty.</param>
        /// <param name="message">The message to include in the exception when the collection is not not empty.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if the collection is not not empty.</exception>
        [Obsolete("This method is deprecated and will be removed in a future version. Use the method with the same name in CollectionAssert class.")]
        public static void NotEmpty(ICollection collection, string message = "")
        {
            AssertFailure.ThrowIfNull(collection, "Assert.NotEmpty", nameof(collection));
            if (collection.Count == 0)
            {
                AssertFailure.Throw("Assert.NotEmpty", message);
            }
        }
    }
}
