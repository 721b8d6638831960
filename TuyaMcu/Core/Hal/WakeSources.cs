using System;

namespace TuyaMcu.Hal
{
    /// <summary>
    /// The inputs that end a deep sleep, each with the level that wakes the chip: the application
    /// names them before every sleep (a contact wakes on the level it does not read now). Room for
    /// <see cref="Capacity"/>, allocated once.
    /// </summary>
    public sealed class WakeSources
    {
        /// <summary>Most inputs one sleep waits on.</summary>
        public const int Capacity = 4;

        private readonly IDigitalInput[] _inputs = new IDigitalInput[Capacity];
        private readonly bool[] _levels = new bool[Capacity];

        /// <summary>Inputs named since <see cref="Clear"/>.</summary>
        public int Count { get; private set; }

        /// <summary>Forgets every input.</summary>
        public void Clear()
        {
            for (int i = 0; i < Count; i++)
            {
                _inputs[i] = null;
            }

            Count = 0;
        }

        /// <summary>Wakes the chip when <paramref name="input"/> reads <paramref name="level"/>.</summary>
        public void Add(IDigitalInput input, bool level)
        {
            if (input == null)
            {
                throw new ArgumentNullException("input");
            }

            if (Count == Capacity)
            {
                throw new InvalidOperationException("a deep sleep waits on at most " + Capacity.ToString() + " inputs");
            }

            _inputs[Count] = input;
            _levels[Count] = level;
            Count++;
        }

        /// <summary>The <paramref name="index"/>-th input.</summary>
        public IDigitalInput InputAt(int index)
        {
            return _inputs[index];
        }

        /// <summary>The level that wakes the chip on the <paramref name="index"/>-th input.</summary>
        public bool LevelAt(int index)
        {
            return _levels[index];
        }
    }
}
