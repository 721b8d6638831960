namespace TuyaMcu.Tests.Support
{
    /// <summary>
    /// Bytes allocated so far on this thread, so a test can show that steady-state code allocates
    /// nothing. Only .NET counts allocations; on the device it returns -1 and such tests skip.
    /// </summary>
    internal static class AllocationProbe
    {
        public static long AllocatedBytes()
        {
#if NANOFRAMEWORK_1_0
            return -1;
#else
            return System.GC.GetAllocatedBytesForCurrentThread();
#endif
        }
    }
}
