// Formatting shared by the page's parts: times, DP values, frame content.
"use strict";
const Fmt = {
  // "1d 02:03:04.005" from ms of session time.
  time(ms) {
    const d = Math.floor(ms / 86400000), h = Math.floor(ms / 3600000) % 24, m = Math.floor(ms / 60000) % 60;
    const s = Math.floor(ms / 1000) % 60, f = ms % 1000;
    const p = (n, w) => String(n).padStart(w, "0");
    return `${d}d ${p(h, 2)}:${p(m, 2)}:${p(s, 2)}.${p(f, 3)}`;
  },
  // A frame's decoded content without what the row already says.
  content(frame) {
    const skip = new Set(["version", "command", "name", "length", "data", "checksumOk", "from", "dps"]);
    const parts = [];
    for (const dp of frame.decoded.dps || []) parts.push(`${dp.code || "dp" + dp.id}=${Fmt.value(dp.value)}`);
    for (const [k, v] of Object.entries(frame.decoded)) if (!skip.has(k)) parts.push(`${k}=${Fmt.value(v)}`);
    if (!frame.checksumOk) parts.unshift("BAD CHECKSUM");
    if (frame.notReceived) parts.unshift("(not received: the MCU sleeps)");
    return parts.join(" ");
  },
  value(v) { return typeof v === "object" && v !== null ? JSON.stringify(v) : String(v); },
  spacedHex(hex) { return hex.replace(/(..)(?!$)/g, "$1 "); },
  // Null when the text is hex bytes (pairs of digits, optional spaces), else what is wrong.
  hexProblem(text) {
    const t = text.replace(/^0x/i, "");
    if (/[^0-9a-fA-F\s:,-]/.test(t)) return "not hex: only 0-9, a-f and spaces";
    for (const run of t.split(/[\s:,-]+/)) if (run.length % 2) return `not hex: '${run}' has an odd number of digits`;
    return null;
  },
};
