namespace TuyaMcu.NanoTest.Runner
{
    /// <summary>What a test case runs, named after the attribute that makes it.</summary>
    public enum NanoTestKind
    {
        /// <summary>A [Setup] method: runs before the tests of its class.</summary>
        Setup,

        /// <summary>A [TestMethod] method without data rows: runs once, without arguments.</summary>
        TestMethod,

        /// <summary>One [DataRow] of a method: runs the method with that row's arguments.</summary>
        DataRow,

        /// <summary>A [Cleanup] method: runs after the tests of its class.</summary>
        Cleanup,
    }
}
