using TuyaMcu.Link;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// What each request the dispatcher queued on the link is for, in slots whose index is the
    /// link's tag: why it was sent, in which start-up generation, whom to tell and with which tag,
    /// and (for a sleep-lock request) the value asked for. Arrays allocated once.
    /// </summary>
    public sealed class PendingRequests
    {
        private readonly bool[] _used;
        private readonly int[] _purpose;
        private readonly int[] _generation;
        private readonly IRequestObserver[] _observer;
        private readonly int[] _tag;
        private readonly bool[] _sleepLock;

        /// <summary>Room for <paramref name="capacity"/> requests (the link's queue capacity).</summary>
        public PendingRequests(int capacity)
        {
            _used = new bool[capacity];
            _purpose = new int[capacity];
            _generation = new int[capacity];
            _observer = new IRequestObserver[capacity];
            _tag = new int[capacity];
            _sleepLock = new bool[capacity];
        }

        /// <summary>A free slot, or -1 when all are taken.</summary>
        public int FreeSlot()
        {
            for (int i = 0; i < _used.Length; i++)
            {
                if (!_used[i])
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Takes <paramref name="slot"/> for a request queued on the link.</summary>
        public void Hold(int slot, int purpose, int generation, IRequestObserver observer, int tag)
        {
            _used[slot] = true;
            _purpose[slot] = purpose;
            _generation[slot] = generation;
            _observer[slot] = observer;
            _tag[slot] = tag;
            _sleepLock[slot] = false;
        }

        /// <summary>Notes the value a sleep-lock request in <paramref name="slot"/> asked for (its answer carries none).</summary>
        public void SetSleepLock(int slot, bool locked)
        {
            _sleepLock[slot] = locked;
        }

        /// <summary>Why the request in <paramref name="slot"/> was sent.</summary>
        public int PurposeAt(int slot)
        {
            return _purpose[slot];
        }

        /// <summary>The start-up generation the request in <paramref name="slot"/> belongs to.</summary>
        public int GenerationAt(int slot)
        {
            return _generation[slot];
        }

        /// <summary>The caller's tag of the request in <paramref name="slot"/>.</summary>
        public int TagAt(int slot)
        {
            return _tag[slot];
        }

        /// <summary>The sleep lock the request in <paramref name="slot"/> asked for.</summary>
        public bool SleepLockAt(int slot)
        {
            return _sleepLock[slot];
        }

        /// <summary>Frees <paramref name="slot"/> and returns whom to tell about its outcome (or null).</summary>
        public IRequestObserver Release(int slot)
        {
            IRequestObserver observer = _observer[slot];
            _observer[slot] = null;
            _used[slot] = false;
            return observer;
        }
    }
}
