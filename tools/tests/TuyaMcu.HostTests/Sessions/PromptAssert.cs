namespace TuyaMcu.HostTests.Sessions;

/// <summary>What every refused prompt line must look like.</summary>
internal static class PromptAssert
{
    /// <summary>The session goes on, and the reply is exactly one "error: ..." line.</summary>
    public static void OneErrorLine((bool GoOn, string Reply) result)
    {
        Assert.True(result.GoOn);
        Assert.StartsWith("error: ", result.Reply);
        Assert.DoesNotContain('\n', result.Reply);
    }
}
