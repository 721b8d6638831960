using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Builds and throws the failures of the assertions, in the device's message format:
    /// <c>Assert.AreEqual failed. Expected:&lt;5&gt;. Actual:&lt;6&gt;. message</c>.
    /// </summary>
    internal static class AssertFailure
    {
        private const string AssertionFailed = "{0} failed. {1}";

        /// <summary>Throws the <see cref="AssertFailedException"/> of a failed assertion.</summary>
        /// <param name="assertion">The assertion, e.g. <c>Assert.AreEqual</c>.</param>
        /// <param name="message">What failed, including the caller's message.</param>
        [DoesNotReturn]
        internal static void Throw(string assertion, string message)
        {
            string text = string.IsNullOrEmpty(message) ? string.Empty : EscapeNullChars(message);
            throw new AssertFailedException(string.Format(CultureInfo.InvariantCulture, AssertionFailed, assertion, text));
        }

        /// <summary>Throws when an argument of an assertion is <see langword="null"/>.</summary>
        internal static void ThrowIfNull(object value, string assertion, string parameter)
        {
            if (value is null)
            {
                Throw(assertion, $"The parameter '{parameter}' is invalid. The value cannot be null.");
            }
        }

        /// <summary>Shows a value in a message: <c>(null)</c> for null, its invariant-culture text otherwise.</summary>
        internal static string Describe(object value)
        {
            if (value is null)
            {
                return "(null)";
            }

            string text = Convert.ToString(value, CultureInfo.InvariantCulture);
            return text is null ? "(object)" : EscapeNullChars(text);
        }

        /// <summary>Shows the elements of an array: <c>[1, 2, 3]</c>, or <c>(null)</c>.</summary>
        internal static string DescribeElements(Array values)
        {
            if (values is null)
            {
                return Describe(null);
            }

            var text = new StringBuilder("[");
            for (int i = 0; i < values.Length; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(Describe(values.GetValue(i)));
            }

            return text.Append(']').ToString();
        }

        /// <summary>Shows the caller's message: empty for null.</summary>
        internal static string UserMessage(string message) => message is null ? string.Empty : EscapeNullChars(message);

        private static string EscapeNullChars(string text)
        {
            if (text.IndexOf('\0') < 0)
            {
                return text;
            }

            var escaped = new StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                escaped.Append(c == '\0' ? "\\0" : c.ToString());
            }

            return escaped.ToString();
        }
    }
}
