namespace TuyaMcu.HostTests.AtConsole;

public sealed class IdleAllocationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void IdlePolling_AllocatesNothing(bool loggedIn)
    {
        var rig = new ConsoleRig(login: loggedIn);
        rig.Console.Loop();

        long before = GC.GetAllocatedBytesForCurrentThread();
        long due = 0;
        for (int i = 0; i < 10_000; i++)
        {
            rig.Console.Loop();
            due = rig.Console.NextDueMs;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        // Logged in, the session's inactivity timeout is what is due next; locked, nothing is.
        long now = rig.Bench.Clock.UptimeMs;
        if (loggedIn)
        {
            Assert.InRange(due, now + 1, now + rig.Options.InactivityTimeoutMs);
        }
        else
        {
            Assert.Equal(long.MaxValue, due);
        }
    }

    [Fact]
    public void PollingWhileWaitingForTheModule_AllocatesNothing()
    {
        var rig = new ConsoleRig(joined: true);
        rig.Send("AT+IMEI", 0);
        Assert.True(rig.Console.IsWaitingForModule);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            rig.Console.Loop();
            _ = rig.Console.NextDueMs;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
