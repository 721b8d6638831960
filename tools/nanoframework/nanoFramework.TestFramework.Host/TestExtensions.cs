using System;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Extension methods for comparing arrays element by element.
    /// </summary>
    public static class TestExtensions
    {
        /// <summary>
        /// Compares two arrays element by element.
        /// </summary>
        /// <param name="a">The first array.</param>
        /// <param name="b">The second array.</param>
        /// <returns>
        /// <see langword="true"/> when both arrays are non-null, have the same length and, at every index,
        /// elements of the same type that are equal (both <see langword="null"/> counts as equal);
        /// otherwise <see langword="false"/>.
        /// </returns>
        /// <remarks>
        /// Value-type elements are equal when their values are; reference-type elements (strings too) only
        /// when they are the same instance, as the device implementation compares them.
        /// </remarks>
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (a is null || b is null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                object left = a.GetValue(i);
                object right = b.GetValue(i);
                if (left is null || right is null)
                {
                    if (!(left is null && right is null))
                    {
                        return false;
                    }

                    continue;
                }

                if (left.GetType() != right.GetType() || !ElementsEqual(left, right))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool ElementsEqual(object left, object right) =>
            left is ValueType ? left.Equals(right) : ReferenceEquals(left, right);
    }
}
