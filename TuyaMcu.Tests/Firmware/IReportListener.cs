namespace TuyaMcu.Tests.Firmware
{
    /// <summary>Hears the real-time reports the <see cref="ScriptedModule"/> receives.</summary>
    public interface IReportListener
    {
        /// <summary>A report's DP units; <paramref name="delivered"/> when the cloud took it (the module answered success).</summary>
        void OnReport(byte[] buffer, int offset, int count, bool delivered);
    }
}
