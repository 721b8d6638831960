using System.Collections;
using System.Globalization;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Tests conditions on collections within unit tests. When a condition is not met, the assertion throws a
    /// <see cref="TestFrameworkShared.AssertFailedException"/> and the test fails.
    /// </summary>
    public sealed class CollectionAssert
    {
        /// <summary>
        /// Tests whether the specified collection is empty.
        /// </summary>
        /// <param name="collection">The collection the test expects to be empty.</param>
        /// <param name="message">The message to include in the exception when the collection is not empty.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if the collection is null or not empty.</exception>
        public static void Empty(ICollection collection, string message = "")
        {
            AssertFailure.ThrowIfNull(collection, "CollectionAssert.Empty", nameof(collection));
            if (collection.Count != 0)
            {
                AssertFailure.Throw("CollectionAssert.Empty", message);
            }
        }

        /// <summary>
        /// Tests whether the specified collection is not empty.
        /// </summary>
        /// <param name="collection">The collection the test expects not to be empty.</param>
        /// <param name="message">The message to include in the exception when the collection is empty.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if the collection is null or empty.</exception>
        public static void NotEmpty(ICollection collection, string message = "")
        {
            AssertFailure.ThrowIfNull(collection, "CollectionAssert.NotEmpty", nameof(collection));
            if (collection.Count == 0)
            {
                AssertFailure.Throw("CollectionAssert.NotEmpty", message);
            }
        }

        /// <summary>
        /// Tests whether the specified collections are equal: the same number of elements, and equal elements
        /// (<see cref="object.Equals(object, object)"/>) in the same order.
        /// </summary>
        /// <param name="expected">The collection the test expects.</param>
        /// <param name="actual">The collection produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when the collections differ.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="expected"/> is not equal to <paramref name="actual"/>.</exception>
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            string difference = FindDifference(expected, actual);
            if (difference is not null)
            {
                AssertFailure.Throw("CollectionAssert.AreEqual", $"{AssertFailure.UserMessage(message)}({difference})");
            }
        }

        /// <summary>
        /// Tests whether the specified collections differ in count, order or elements.
        /// </summary>
        /// <param name="notExpected">The collection the test expects not to match <paramref name="actual"/>.</param>
        /// <param name="actual">The collection produced by the code under test.</param>
        /// <param name="message">The message to include in the exception when the collections are equal.</param>
        /// <exception cref="TestFrameworkShared.AssertFailedException">Thrown if <paramref name="notExpected"/> is equal to <paramref name="actual"/>.</exception>
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            if (FindDifference(notExpected, actual) is null)
            {
                string reason = ReferenceEquals(notExpected, actual)
                    ? "Both collection references point to the same collection object."
                    : "Both collection contain same elements.";
                AssertFailure.Throw("CollectionAssert.AreNotEqual", $"{AssertFailure.UserMessage(message)}({reason})");
            }
        }

        /// <summary>Returns why two collections differ, or <see langword="null"/> when they are equal.</summary>
        private static string FindDifference(ICollection expected, ICollection actual)
        {
            if (ReferenceEquals(expected, actual))
            {
                return null;
            }

            if (expected is null || actual is null)
            {
                return expected is null ? "Expected collection is (null)." : "Actual collection is (null).";
            }

            if (expected.Count != actual.Count)
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "Different number of elements. Expected:<{0}>. Actual:<{1}>.",
                    expected.Count,
                    actual.Count);
            }

            IEnumerator expectedItems = expected.GetEnumerator();
            IEnumerator actualItems = actual.GetEnumerator();
            for (int index = 0; expectedItems.MoveNext() && actualItems.MoveNext(); index++)
            {
                if (!Equals(expectedItems.Current, actualItems.Current))
                {
                    return string.Format(
                        CultureInfo.InvariantCulture,
                        "Element at index {0} do not match. Expected:<{1}>. Actual:<{2}>.",
                        index,
                        AssertFailure.Describe(expectedItems.Current),
                        AssertFailure.Describe(actualItems.Current));
                }
            }

            return null;
        }
    }
}
