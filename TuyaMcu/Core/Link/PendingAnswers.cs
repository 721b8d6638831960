namespace TuyaMcu.Link
{
    /// <summary>
    /// Which answers the module may still send, per command. An answer carries only its command
    /// word, never which request it answers, so it can be attributed only while every attempt
    /// that could be answered belongs to one request. Each attempt sent stays outstanding until
    /// an answer has been counted for it or its answer horizon has passed; a second copy of an
    /// answer within the duplicate window counts for nothing. The link sends no request of a
    /// command while attempts of an earlier request of that command are outstanding
    /// (<see cref="BusyUntil"/>). Arrays allocated once; nothing allocates afterwards.
    /// </summary>
    // hot path: consulted for every frame received and every request sent
    public sealed class PendingAnswers
    {
        private readonly int _duplicateWindowMs;
        private readonly byte[] _command;
        private readonly int[] _outstanding;
        private readonly long[] _horizon;
        private readonly long[] _lastAnswerAt;

        /// <summary>Room for <paramref name="slots"/> commands at once; a copy of an answer within <paramref name="duplicateWindowMs"/> of the previous answer is a duplicate.</summary>
        public PendingAnswers(int slots, int duplicateWindowMs)
        {
            _duplicateWindowMs = duplicateWindowMs;
            _command = new byte[slots];
            _outstanding = new int[slots];
            _horizon = new long[slots];
            _lastAnswerAt = new long[slots];
            Clear();
        }

        /// <summary>An attempt of <paramref name="command"/> went out; its answer may come until <paramref name="horizon"/>.</summary>
        public void Sent(byte command, long horizon, long now)
        {
            int slot = Find(command, now);
            if (slot < 0)
            {
                slot = Claim(command, now);
            }

            Expire(slot, now);
            _outstanding[slot]++;
            if (horizon > _horizon[slot])
            {
                _horizon[slot] = horizon;
            }
        }

        /// <summary>
        /// An answer of <paramref name="command"/> arrived. True when it answers an outstanding
        /// attempt; false for a copy within the duplicate window, or when nothing was outstanding.
        /// </summary>
        public bool Answered(byte command, long now)
        {
            int slot = Find(command, now);
            if (slot < 0)
            {
                return false;
            }

            Expire(slot, now);
            bool duplicate = now - _lastAnswerAt[slot] < _duplicateWindowMs;
            _lastAnswerAt[slot] = now;
            if (duplicate || _outstanding[slot] == 0)
            {
                return false;
            }

            _outstanding[slot]--;
            return true;
        }

        /// <summary>
        /// Until when an answer of <paramref name="command"/> may still arrive for an attempt already
        /// sent, or as a duplicate: a new request of that command waits until then. 0 when none may.
        /// </summary>
        public long BusyUntil(byte command, long now)
        {
            int slot = Find(command, now);
            if (slot < 0)
            {
                return 0;
            }

            Expire(slot, now);
            long until = _lastAnswerAt[slot] + _duplicateWindowMs;
            if (_outstanding[slot] > 0 && _horizon[slot] > until)
            {
                until = _horizon[slot];
            }

            return until > now ? until : 0;
        }

        /// <summary>Attempts of <paramref name="command"/> still outstanding.</summary>
        public int Outstanding(byte command, long now)
        {
            int slot = Find(command, now);
            if (slot < 0)
            {
                return 0;
            }

            Expire(slot, now);
            return _outstanding[slot];
        }

        /// <summary>Forgets every expected answer (the module restarted: it will answer nothing it was asked before).</summary>
        public void Clear()
        {
            for (int i = 0; i < _command.Length; i++)
            {
                _outstanding[i] = 0;
                _horizon[i] = long.MinValue;
                _lastAnswerAt[i] = long.MinValue / 2;
            }
        }

        private int Find(byte command, long now)
        {
            for (int i = 0; i < _command.Length; i++)
            {
                if (_command[i] == command && InUse(i, now))
                {
                    return i;
                }
            }

            return -1;
        }

        // A free slot, or else the one whose answers are due soonest.
        private int Claim(byte command, long now)
        {
            int slot = 0;
            for (int i = 0; i < _command.Length; i++)
            {
                if (!InUse(i, now))
                {
                    slot = i;
                    break;
                }

                if (_horizon[i] < _horizon[slot])
                {
                    slot = i;
                }
            }

            _command[slot] = command;
            _outstanding[slot] = 0;
            _horizon[slot] = long.MinValue;
            _lastAnswerAt[slot] = long.MinValue / 2;
            return slot;
        }

        private bool InUse(int slot, long now)
        {
            return (_outstanding[slot] > 0 && _horizon[slot] > now) || _lastAnswerAt[slot] + _duplicateWindowMs > now;
        }

        // Past the horizon no answer is expected any more: whatever was not answered was lost.
        private void Expire(int slot, long now)
        {
            if (_horizon[slot] <= now)
            {
                _outstanding[slot] = 0;
            }
        }
    }
}
