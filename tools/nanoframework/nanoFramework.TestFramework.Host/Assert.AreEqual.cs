using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace nanoFramework.TestFramework
{
    /// <content>AreEqual and AreNotEqual: one overload per type the device package has.</content>
    public sealed partial class Assert
    {
        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(bool expected, bool actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(byte expected, byte actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(char expected, char actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(double expected, double actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(short expected, short actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(int expected, int actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(long expected, long actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified objects are equal (<see cref="object.Equals(object, object)"/>) and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(object expected, object actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(float expected, float actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified strings are equal (ordinal comparison) and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(string expected, string actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(ushort expected, ushort actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(uint expected, uint actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are equal and throws an exception if they are not.
        /// </summary>
        /// <param name="expected">The value the test expects.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not equal to <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(ulong expected, ulong actual, string message = "") => CheckEqual(expected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(char notExpected, char actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(double notExpected, double actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(short notExpected, short actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(int notExpected, int actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(long notExpected, long actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified objects are unequal (<see cref="object.Equals(object, object)"/>) and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(object notExpected, object actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(float notExpected, float actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified strings are unequal (ordinal comparison) and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(string notExpected, string actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        /// <summary>
        /// Tests whether the specified values are unequal and throws an exception if they are equal.
        /// </summary>
        /// <param name="notExpected">The value the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The value produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is equal to <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") => CheckNotEqual(notExpected, actual, message);

        private static void CheckEqual<T>(T expected, T actual, string message)
        {
            if (!AreEqualValues(expected, actual))
            {
                FailAreEqual(expected, actual, message);
            }
        }

        private static void CheckNotEqual<T>(T notExpected, T actual, string message)
        {
            if (AreEqualValues(notExpected, actual))
            {
                FailAreNotEqual(notExpected, actual, message);
            }
        }

        // Strings compare ordinally; everything else with Equals, as the device does (so NaN equals NaN).
        private static bool AreEqualValues<T>(T left, T right) =>
            left is string leftText && right is string rightText
                ? string.Equals(leftText, rightText, StringComparison.Ordinal)
                : EqualityComparer<T>.Default.Equals(left, right);

        [DoesNotReturn]
        private static void FailAreEqual(object expected, object actual, string message)
        {
            AssertFailure.Throw(
                "Assert.AreEqual",
                $"Expected:<{AssertFailure.Describe(expected)}>. Actual:<{AssertFailure.Describe(actual)}>. {AssertFailure.UserMessage(message)}");
        }

        [DoesNotReturn]
        private static void FailAreNotEqual(object notExpected, object actual, string message)
        {
            AssertFailure.Throw(
                "Assert.AreNotEqual",
                $"Expected any value except:<{AssertFailure.Describe(notExpected)}>. Actual:<{AssertFailure.Describe(actual)}>. {AssertFailure.UserMessage(message)}");
        }
    }
}
