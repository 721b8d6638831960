using System.Collections.Generic;

namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>
    /// Hands out the ids of a class's cases and keeps them unique: a method that is both [Setup] and
    /// [TestMethod] gets <c>Method</c> and <c>Method#Setup</c>; rows are numbered per method name, so
    /// overloads with rows do not collide either.
    /// </summary>
    internal sealed class CaseIdAllocator
    {
        private readonly HashSet<string> used = new();
        private readonly Dictionary<string, int> nextRow = new();

        public int NextRowIndex(string methodName)
        {
            nextRow.TryGetValue(methodName, out int index);
            nextRow[methodName] = index + 1;
            return index;
        }

        public string Allocate(string id, NanoTestKind kind)
        {
            string candidate = id;
            for (int attempt = 1; !used.Add(candidate); attempt++)
            {
                candidate = id + "#" + kind + (attempt == 1 ? string.Empty : attempt.ToString());
            }

            return candidate;
        }
    }
}
