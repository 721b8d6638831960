using System;
using System.Diagnostics.CodeAnalysis;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Tests conditions within unit tests. When a condition is not met, the assertion throws a
    /// <see cref="TestFrameworkShared.AssertFailedException"/> whose message reads
    /// <c>Assert.Name failed. details message</c>, and the test fails.
    /// </summary>
    public sealed partial class Assert
    {
        /// <summary>
        /// Tests whether the specified condition is true and throws an exception if the condition is false.
        /// </summary>
        /// <param name="condition">The condition the test expects to be true.</param>
        /// <param name="message">The message to include in the exception when <paramref name="condition"/> is false.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="condition"/> is false.</exception>
        public static void IsTrue(bool condition, string message = "")
        {
            if (!condition)
            {
                AssertFailure.Throw("Assert.IsTrue", message);
            }
        }

        /// <summary>
        /// Tests whether the specified condition is false and throws an exception if the condition is true.
        /// </summary>
        /// <param name="condition">The condition the test expects to be false.</param>
        /// <param name="message">The message to include in the exception when <paramref name="condition"/> is true.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="condition"/> is true.</exception>
        public static void IsFalse(bool condition, string message = "")
        {
            if (condition)
            {
                AssertFailure.Throw("Assert.IsFalse", message);
            }
        }

        /// <summary>
        /// Tests whether the specified object is null and throws an exception if it is not.
        /// </summary>
        /// <param name="value">The object the test expects to be null.</param>
        /// <param name="message">The message to include in the exception when <paramref name="value"/> is not null.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="value"/> is not null.</exception>
        public static void IsNull(object value, string message = "")
        {
            if (value is not null)
            {
                AssertFailure.Throw("Assert.IsNull", message);
            }
        }

        /// <summary>
        /// Tests whether the specified object is non-null and throws an exception if it is null.
        /// </summary>
        /// <param name="value">The object the test expects not to be null.</param>
        /// <param name="message">The message to include in the exception when <paramref name="value"/> is null.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="value"/> is null.</exception>
        public static void IsNotNull(object value, string message = "")
        {
            if (value is null)
            {
                AssertFailure.Throw("Assert.IsNotNull", message);
            }
        }

        /// <summary>
        /// Tests whether the specified objects both refer to the same object and throws an exception if they do not.
        /// </summary>
        /// <param name="expected">The object the test expects.</param>
        /// <param name="actual">The object produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is not the same as <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> does not refer to the same object as <paramref name="actual"/>.</exception>
        public static void AreSame(object expected, object actual, string message = "")
        {
            if (ReferenceEquals(expected, actual))
            {
                return;
            }

            if (expected is ValueType || actual is ValueType)
            {
                AssertFailure.Throw(
                    "Assert.AreSame",
                    "Do not pass value types to AreSame(). Values converted to Object will never be the same. Consider using AreEqual(). "
                    + AssertFailure.UserMessage(message));
            }

            AssertFailure.Throw("Assert.AreSame", message);
        }

        /// <summary>
        /// Tests whether the specified objects refer to different objects and throws an exception if they refer to the same object.
        /// </summary>
        /// <param name="notExpected">The object the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The object produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when <paramref name="actual"/> is the same as <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> refers to the same object as <paramref name="actual"/>.</exception>
        public static void AreNotSame(object notExpected, object actual, string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                AssertFailure.Throw("Assert.AreNotSame", message);
            }
        }

        /// <summary>
        /// Tests whether the specified object is of exactly the expected type (as on the device, a derived type does not count).
        /// </summary>
        /// <param name="value">The object the test expects to be of type <paramref name="expected"/>.</param>
        /// <param name="expected">The expected type of <paramref name="value"/>.</param>
        /// <param name="message">The message to include in the exception when <paramref name="value"/> is not of type <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="value"/> is null or not of type <paramref name="expected"/>.</exception>
        public static void IsInstanceOfType(object value, Type expected, string message = "")
        {
            AssertFailure.ThrowIfNull(expected, "Assert.IsInstanceOfType", nameof(expected));
            if (value is not null && value.GetType() == expected)
            {
                return;
            }

            AssertFailure.Throw(
                "Assert.IsInstanceOfType",
                $"Expected type:<{expected}>. Actual type:<{AssertFailure.Describe(value?.GetType())}>. {AssertFailure.UserMessage(message)}");
        }

        /// <summary>
        /// Tests whether the specified object is not of exactly the given type (as on the device, a derived type does not count).
        /// </summary>
        /// <param name="value">The object the test expects not to be of type <paramref name="notExpected"/>.</param>
        /// <param name="notExpected">The type <paramref name="value"/> should not be.</param>
        /// <param name="message">The message to include in the exception when <paramref name="value"/> is of type <paramref name="notExpected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="value"/> is of type <paramref name="notExpected"/>.</exception>
        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "")
        {
            AssertFailure.ThrowIfNull(notExpected, "Assert.IsNotInstanceOfType", nameof(notExpected));
            if (value is null || value.GetType() != notExpected)
            {
                return;
            }

            AssertFailure.Throw(
                "Assert.IsNotInstanceOfType",
                $"Wrong type:<{notExpected}>. Actual type:<{value.GetType()}>. {AssertFailure.UserMessage(message)}");
        }

        /// <summary>
        /// Tests whether the code in <paramref name="action"/> throws an exception of exactly the type
        /// <paramref name="exceptionType"/>; an exception of a derived type does not count.
        /// </summary>
        /// <param name="exceptionType">The type of exception expected to be thrown.</param>
        /// <param name="action">The code that is expected to throw.</param>
        /// <param name="message">The message to include in the exception when <paramref name="action"/> does not throw an exception of type <paramref name="exceptionType"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="action"/> throws nothing or an exception of another type.</exception>
        /// <exception cref="ArgumentNullException">Thrown if <paramref name="action"/> is null.</exception>
        public static void ThrowsException(Type exceptionType, Action action, string message = "")
        {
            if (action is null)
            {
                throw new ArgumentNullException(nameof(action));
            }

            AssertFailure.ThrowIfNull(exceptionType, "Assert.ThrowsException", nameof(exceptionType));
            try
            {
                action();
            }
            catch (Exception thrown)
            {
                if (thrown.GetType() == exceptionType)
                {
                    return;
                }

                AssertFailure.Throw(
                    "Assert.ThrowsException",
                    $"Threw exception {thrown.GetType().Name}, but exception {exceptionType.Name} was expected. {AssertFailure.UserMessage(message)}"
                    + Environment.NewLine + "Exception Message: " + thrown.Message);
            }

            AssertFailure.Throw(
                "Assert.ThrowsException",
                $"No exception thrown. {exceptionType.Name} exception was expected. {AssertFailure.UserMessage(message)}");
        }

        /// <summary>
        /// Skips the running test: it is reported as skipped, not failed. Called from a
        /// <see cref="SetupAttribute"/> method, it skips every test of the class.
        /// </summary>
        /// <param name="message">Why the test is skipped.</param>
        /// <exception cref="SkipTestException">Always.</exception>
        [DoesNotReturn]
        public static void SkipTest(string message = "")
        {
            throw new SkipTestException(message);
        }

        /// <summary>
        /// Tests whether a string contains another string.
        /// </summary>
        /// <param name="expected">The string expected to be found in <paramref name="other"/>.</param>
        /// <param name="other">The string to look in.</param>
        /// <param name="message">The message to include in the exception when <paramref name="expected"/> is not in <paramref name="other"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="other"/> does not contain <paramref name="expected"/>.</exception>
        public static void Contains(string expected, string other, string message = "")
        {
            CheckStrings(expected, other, "Assert.Contains");
            if (other.IndexOf(expected, StringComparison.Ordinal) < 0)
            {
                FailStrings("Assert.Contains", "{2} does not contains {1}. {0}", expected, other, message);
            }
        }

        /// <summary>
        /// Tests whether a string does not contain another string.
        /// </summary>
        /// <param name="expected">The string expected not to be found in <paramref name="other"/>.</param>
        /// <param name="other">The string to look in.</param>
        /// <param name="message">The message to include in the exception when <paramref name="expected"/> is in <paramref name="other"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="other"/> contains <paramref name="expected"/>.</exception>
        public static void DoesNotContains(string expected, string other, string message = "")
        {
            CheckStrings(expected, other, "Assert.DoesNotContains");
            if (other.IndexOf(expected, StringComparison.Ordinal) >= 0)
            {
                FailStrings("Assert.DoesNotContains", "{2} should not contain {1}. {0}", expected, other, message);
            }
        }

        /// <summary>
        /// Tests whether a string starts with another string.
        /// </summary>
        /// <param name="expected">The string expected at the start of <paramref name="other"/>.</param>
        /// <param name="other">The string to look in.</param>
        /// <param name="message">The message to include in the exception when <paramref name="other"/> does not start with <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="other"/> does not start with <paramref name="expected"/>.</exception>
        public static void StartsWith(string expected, string other, string message = "")
        {
            CheckStrings(expected, other, "Assert.StartsWith");
            if (!other.StartsWith(expected, StringComparison.Ordinal))
            {
                FailStrings("Assert.StartsWith", "{2} does not start with {1}. {0}", expected, other, message);
            }
        }

        /// <summary>
        /// Tests whether a string ends with another string.
        /// </summary>
        /// <param name="expected">The string expected at the end of <paramref name="other"/>.</param>
        /// <param name="other">The string to look in.</param>
        /// <param name="message">The message to include in the exception when <paramref name="other"/> does not end with <paramref name="expected"/>.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="other"/> does not end with <paramref name="expected"/>.</exception>
        public static void EndsWith(string expected, string other, string message = "")
        {
            CheckStrings(expected, other, "Assert.EndsWith");
            if (!other.EndsWith(expected, StringComparison.Ordinal))
            {
                FailStrings("Assert.EndsWith", "{2} does not end with {1}. {0}", expected, other, message);
            }
        }

        private static void CheckStrings(string expected, string other, string assertion)
        {
            AssertFailure.ThrowIfNull(expected, assertion, nameof(expected));
            AssertFailure.ThrowIfNull(other, assertion, nameof(other));
        }

        [DoesNotReturn]
        private static void FailStrings(string assertion, string format, string expected, string other, string message)
        {
            AssertFailure.Throw(assertion, string.Format(format, AssertFailure.UserMessage(message), expected, other));
        }
    }
}
