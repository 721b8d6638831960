namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// The requests the dispatcher has queued on the link, one row each; a row's index is the tag
    /// the link carries for it. A row holds why the request was sent (<see cref="RequestPurpose"/>,
    /// with the sleep lock a 0xB2 asked for, since its answer carries none) and the caller's tag, as
    /// two integers of one array; whom to tell lies beside it, a reference having no place in an
    /// integer. Allocated once: 240 bytes of heap for the link's 8 requests, where a row object
    /// each would take 624.
    /// </summary>
    internal sealed class PendingRequests
    {
        // Row layout: [Kind] the purpose, with SleepLockFlag; [Tag] the caller's tag.
        private const int RowLength = 2;
        private const int Kind = 0;
        private const int Tag = 1;
        private const int PurposeMask = 0xFF;
        private const int SleepLockFlag = 0x100;

        private readonly int[] _rows;
        private readonly IModuleRequestObserver[] _observers;

        /// <summary>Room for <paramref name="capacity"/> requests (the link's queue capacity).</summary>
        public PendingRequests(int capacity)
        {
            _rows = new int[capacity * RowLength];
            _observers = new IModuleRequestObserver[capacity];
        }

        /// <summary>A free slot, or -1 when all are taken.</summary>
        public int FreeSlot()
        {
            for (int slot = 0; slot < _observers.Length; slot++)
            {
                if (_rows[slot * RowLength + Kind] == (int)RequestPurpose.None)
                {
                    return slot;
                }
            }

            return -1;
        }

        /// <summary>Takes <paramref name="slot"/> for a request queued on the link.</summary>
        public void Hold(int slot, RequestPurpose purpose, IModuleRequestObserver observer, int tag)
        {
            int row = slot * RowLength;
            _rows[row + Kind] = (int)purpose;
            _rows[row + Tag] = tag;
            _observers[slot] = observer;
        }

        /// <summary>Notes the value a sleep-lock request in <paramref name="slot"/> asked for (its answer carries none).</summary>
        public void SetSleepLock(int slot, bool locked)
        {
            int row = slot * RowLength;
            _rows[row + Kind] = locked ? _rows[row + Kind] | SleepLockFlag : _rows[row + Kind] & PurposeMask;
        }

        /// <summary>Why the request in <paramref name="slot"/> was sent.</summary>
        public RequestPurpose PurposeAt(int slot)
        {
            return (RequestPurpose)(_rows[slot * RowLength + Kind] & PurposeMask);
        }

        /// <summary>The sleep lock the request in <paramref name="slot"/> asked for.</summary>
        public bool SleepLockAt(int slot)
        {
            return (_rows[slot * RowLength + Kind] & SleepLockFlag) != 0;
        }

        /// <summary>The caller's tag of the request in <paramref name="slot"/>.</summary>
        public int TagAt(int slot)
        {
            return _rows[slot * RowLength + Tag];
        }

        /// <summary>Frees <paramref name="slot"/> and returns whom to tell about its outcome (or null).</summary>
        public IModuleRequestObserver Release(int slot)
        {
            IModuleRequestObserver observer = _observers[slot];
            _observers[slot] = null;
            _rows[slot * RowLength + Kind] = (int)RequestPurpose.None;
            return observer;
        }

        /// <summary>
        /// Marks every start-up request still pending as stale: the sequence moved on without it
        /// (the module restarted), so its outcome must not move the new sequence on.
        /// </summary>
        public void RetireStartup()
        {
            for (int row = Kind; row < _rows.Length; row += RowLength)
            {
                if ((_rows[row] & PurposeMask) == (int)RequestPurpose.Startup)
                {
                    _rows[row] = (int)RequestPurpose.StaleStartup;
                }
            }
        }
    }
}
