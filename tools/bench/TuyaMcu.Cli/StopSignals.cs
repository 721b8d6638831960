using System.Runtime.InteropServices;

namespace TuyaMcu.Cli;

/// <summary>
/// Turns the first Ctrl+C, SIGTERM and SIGHUP (the terminal closed, the SSH session dropped) into a
/// clean stop, so a command can finish its work (close a capture, save state, print its counters).
/// A second Ctrl+C ends the process the usual way.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration? _terminate;
    private readonly PosixSignalRegistration? _hangUp;

    private StopSignals(CancellationTokenSource stop)
    {
        _stop = stop;
        Console.CancelKeyPress += OnCancelKeyPress;
        _terminate = Listen(PosixSignal.SIGTERM);
        _hangUp = Listen(PosixSignal.SIGHUP);
    }

    public static StopSignals Register(CancellationTokenSource stop) => new(stop);

    /// <summary>Stops listening.</summary>
    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate?.Dispose();
        _hangUp?.Dispose();
    }

    private PosixSignalRegistration? Listen(PosixSignal signal)
    {
        try
        {
            return PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                RequestStop();
            });
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (!_stop.IsCancellationRequested)
        {
            e.Cancel = true;
            RequestStop();
        }
    }

    private void RequestStop()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
