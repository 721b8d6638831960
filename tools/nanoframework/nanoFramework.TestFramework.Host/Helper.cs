namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Helps the test adapter and the launcher agree on which attributes make test cases.
    /// </summary>
    public static class Helper
    {
        /// <summary>
        /// Removes the <see cref="TestMethodAttribute"/> from a method's attributes when it also has
        /// <see cref="DataRowAttribute"/>s: such a method runs once per row, never without arguments.
        /// </summary>
        /// <param name="attribs">The attributes of a method.</param>
        /// <returns>A new array without the <see cref="TestMethodAttribute"/>, or <paramref name="attribs"/> itself when nothing is removed.</returns>
        public static object[] RemoveTestMethodIfDataRowExists(object[] attribs)
        {
            bool hasTestMethod = false;
            bool hasDataRow = false;
            foreach (object attrib in attribs)
            {
                hasTestMethod |= IsOfType(attrib, typeof(TestMethodAttribute));
                hasDataRow |= IsOfType(attrib, typeof(DataRowAttribute));
            }

            if (!hasTestMethod || !hasDataRow)
            {
                return attribs;
            }

            object[] kept = new object[attribs.Length - 1];
            int next = 0;
            bool removed = false;
            foreach (object attrib in attribs)
            {
                if (!removed && IsOfType(attrib, typeof(TestMethodAttribute)))
                {
                    removed = true;
                    continue;
                }

                kept[next++] = attrib;
            }

            return kept;
        }

        // By full name, like the device: the attribute may come from another load of this assembly.
        private static bool IsOfType(object attrib, System.Type type) => attrib.GetType().FullName == type.FullName;
    }
}
