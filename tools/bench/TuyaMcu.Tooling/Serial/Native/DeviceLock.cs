using System.Runtime.InteropServices;

namespace TuyaMcu.Tooling.Serial.Native;

/// <summary>
/// The advisory lock every serial backend of the tool takes on a port it opens:
/// flock(LOCK_EX|LOCK_NB) on the device node. It holds against root too, which TIOCEXCL does not,
/// so two copies of the tool never share a port, whichever backend each uses.
/// </summary>
internal static class DeviceLock
{
    /// <summary>Locks the device open on <paramref name="handle"/>.</summary>
    /// <exception cref="SerialPortException">Another open file holds the lock: the port is busy.</exception>
    public static void Take(FileDescriptorHandle handle, PosixPlatform platform, string device)
    {
        if (LibC.Flock(handle, PosixPlatform.LockExclusive | PosixPlatform.LockNonBlocking) != 0
            && Marshal.GetLastPInvokeError() == platform.EAGAIN)
        {
            throw SerialPortException.Busy(device);
        }
    }

    /// <summary>
    /// Opens <paramref name="device"/> read-only only to hold the lock, for a backend whose own
    /// descriptor is out of reach (System.IO.Ports). Null when the device cannot be opened at all
    /// (that backend's own open then says why) or the platform is unknown; dispose to release.
    /// </summary>
    /// <exception cref="SerialPortException">Another open file holds the lock: the port is busy.</exception>
    public static FileDescriptorHandle? Hold(string device)
    {
        if (PosixPlatform.Current is not PosixPlatform platform)
        {
            return null;
        }

        var handle = new FileDescriptorHandle(LibC.Open(device, platform.OpenNoControllingTerminal | platform.OpenNonBlocking));
        if (handle.IsInvalid)
        {
            handle.SetHandleAsInvalid();
            return null;
        }

        try
        {
            Take(handle, platform, device);
            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }
}
