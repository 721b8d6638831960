using System;
using TuyaMcu.Protocol;

namespace TuyaMcu.Dispatch
{
    /// <summary>
    /// The product's data points by id, each with the handler that owns it. A byte per possible id
    /// indexes two short arrays as long as the DPs registered, so a lookup is one step and the table
    /// costs the device about a kilobyte instead of two 256-entry reference tables (6 KB).
    /// </summary>
    public sealed class DpRegistry
    {
        private const int Growth = 8;

        // Position + 1 of each id's entry, 0 when the id is not registered.
        private readonly byte[] _index = new byte[256];
        private DpDefinition[] _definitions = new DpDefinition[0];
        private IDpHandler[] _handlers = new IDpHandler[0];
        private int _count;

        /// <summary>Number of registered DPs.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Registers a DP and its handler (at start-up: the arrays grow, eight entries at a time).</summary>
        /// <exception cref="ArgumentException">The definition is inconsistent or the id is taken.</exception>
        public void Register(DpDefinition definition, IDpHandler handler)
        {
            if (definition == null || handler == null)
            {
                throw new ArgumentNullException(definition == null ? "definition" : "handler");
            }

            string error = definition.Validate();
            if (error != null)
            {
                throw new ArgumentException(error);
            }

            if (_index[definition.Id] != 0)
            {
                throw new ArgumentException("DP " + definition.Id.ToString() + " is registered twice");
            }

            if (_count == _definitions.Length)
            {
                DpDefinition[] definitions = new DpDefinition[_count + Growth];
                IDpHandler[] handlers = new IDpHandler[_count + Growth];
                Array.Copy(_definitions, definitions, _count);
                Array.Copy(_handlers, handlers, _count);
                _definitions = definitions;
                _handlers = handlers;
            }

            _definitions[_count] = definition;
            _handlers[_count] = handler;
            _count++;
            _index[definition.Id] = (byte)_count;
        }

        /// <summary>The definition of DP <paramref name="id"/>, or null.</summary>
        public DpDefinition Find(int id)
        {
            int at = Position(id);
            return at < 0 ? null : _definitions[at];
        }

        /// <summary>The definition whose code is <paramref name="code"/>, or null.</summary>
        public DpDefinition FindByCode(string code)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_definitions[i].Code == code)
                {
                    return _definitions[i];
                }
            }

            return null;
        }

        /// <summary>The handler of DP <paramref name="id"/>, or null.</summary>
        public IDpHandler HandlerOf(int id)
        {
            int at = Position(id);
            return at < 0 ? null : _handlers[at];
        }

        /// <summary>Null when the unit the reader is on may be applied (schema, then the handler's own rules), else why not.</summary>
        public string CheckCommand(DpReader unit)
        {
            int at = Position(unit.Id);
            if (at < 0)
            {
                return "DP " + unit.Id.ToString() + " is not in the schema";
            }

            string error = _definitions[at].CheckCommand(unit);
            return error != null ? error : _handlers[at].Check(unit);
        }

        /// <summary>Writes the current value of DP <paramref name="id"/> if it is reported; false when unknown, not reported, or no room.</summary>
        public bool WriteCurrent(int id, DpWriter writer)
        {
            int at = Position(id);
            if (at < 0 || !_definitions[at].IsReported)
            {
                return false;
            }

            return _handlers[at].WriteCurrent((byte)id, writer);
        }

        private int Position(int id)
        {
            return id >= 0 && id < 256 ? _index[id] - 1 : -1;
        }
    }
}
