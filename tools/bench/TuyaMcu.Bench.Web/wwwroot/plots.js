// Plots over the session's time, in SVG: the contact and the POM01-N's power_outage and low_voltage
// as steps, the count, the battery in mV and the signal as lines, uplinks and their
// acknowledgements as marks; which strips show is the profile's (/api/info "plots"). Fed by state and frame events.
"use strict";
class Plots {
  constructor(svg, keys) {
    this.svg = svg;
    this.width = 800;
    const known = {
      contact: { label: "contact", h: 50, steps: true, text: v => (v ? "closed" : "open") },
      count: { label: "count", h: 60 },
      batteryMv: { label: "battery mV", h: 60 },
      signal: { label: "signal (dBm)", h: 60 },
    };
    const level = key => ({ label: key.replace("_", " "), h: 50, steps: true, text: v => (v ? "on" : "off") });
    this.strips = [...keys.map(key => ({ key, ...(known[key] || level(key)) })), { key: "marks", label: "uplinks / acks", h: 50 }];
    this.series = Object.fromEntries(keys.map(key => [key, []]));
    this.marks = [];
    this.end = 0;
    this.dirty = true;
    setInterval(() => this.dirty && this.draw(), 250);
  }

  // A state event: each known value becomes a point when it changed (a level as 1 or 0).
  state(s) {
    this.end = Math.max(this.end, s.atMs);
    const values = { contact: s.contactClosed, count: s.count, batteryMv: s.batteryMv, signal: s.signal, ...(s.steps || {}) };
    for (const [key, v] of Object.entries(values)) {
      const points = this.series[key];
      if (v === null || v === undefined || !points) continue;
      const value = typeof v === "boolean" ? (v ? 1 : 0) : v;
      const last = points[points.length - 1];
      if (!last || last[1] !== value) {
        points.push([s.atMs, value]);
        if (points.length > 4000) points.splice(0, points.length - 3000);
        this.dirty = true;
      }
    }
    if (s.contactClosed !== undefined) this.svg.dataset.contact = s.contactClosed === null ? "unknown" : s.contactClosed ? "closed" : "open";
  }

  // A frame event: uplinks and their answers as marks.
  frame(f) {
    this.end = Math.max(this.end, f.atMs);
    if (f.kind) {
      this.marks.push([f.atMs, f.kind]);
      if (this.marks.length > 4000) this.marks.splice(0, 1000);
      this.dirty = true;
    }
  }

  draw() {
    this.dirty = false;
    const start = Math.min(...Object.values(this.series).filter(p => p.length).map(p => p[0][0]), this.marks.length ? this.marks[0][0] : Infinity, this.end);
    const span = Math.max(1000, this.end - start);
    const x0 = 90, w = this.width - x0 - 10;
    const X = t => x0 + ((t - start) / span) * w;
    const parts = [];
    let y = 5;
    for (const strip of this.strips) {
      const top = y, bottom = y + strip.h - 8;
      parts.push(`<line class="axis" x1="${x0}" y1="${bottom}" x2="${x0 + w}" y2="${bottom}"/>`);
      parts.push(`<text x="4" y="${top + 12}">${strip.label}</text>`);
      if (strip.key === "marks") {
        for (const [t, kind] of this.marks) {
          const up = kind === "uplink";
          parts.push(`<line class="${kind}" x1="${X(t).toFixed(1)}" x2="${X(t).toFixed(1)}" y1="${up ? top : top + (bottom - top) / 2}" y2="${up ? top + (bottom - top) / 2 : bottom}"/>`);
        }
        parts.push(`<text x="4" y="${bottom}">${this.marks.filter(m => m[1] === "uplink").length} up, ${this.marks.filter(m => m[1] === "ack").length} ack</text>`);
      } else {
        const points = this.series[strip.key];
        if (points.length) {
          let lo = Math.min(...points.map(p => p[1])), hi = Math.max(...points.map(p => p[1]));
          if (strip.steps) { lo = 0; hi = 1; }
          if (hi === lo) { hi += 1; lo -= strip.steps ? 0 : 1; }
          const Y = v => bottom - ((v - lo) / (hi - lo)) * (bottom - top - 4);
          let d = "";
          points.forEach(([t, v], i) => {
            // A value holds until the next one: every series is drawn as steps.
            d += i === 0 ? `M${X(t).toFixed(1)},${Y(v).toFixed(1)}` : `H${X(t).toFixed(1)}V${Y(v).toFixed(1)}`;
          });
          d += `H${X(this.end).toFixed(1)}`;
          const last = points[points.length - 1][1];
          parts.push(`<path class="trace" data-series="${strip.key}" data-points="${points.length}" data-last="${last}" d="${d}"/>`);
          parts.push(`<text x="4" y="${bottom}">${strip.text ? strip.text(last) : last}</text>`);
        }
      }
      y += strip.h;
    }
    parts.push(`<text x="${x0}" y="${y + 10}">${Fmt.time(start)}</text><text x="${x0 + w - 110}" y="${y + 10}">${Fmt.time(this.end)}</text>`);
    this.svg.innerHTML = parts.join("");
    this.svg.setAttribute("viewBox", `0 0 ${this.width} ${y + 14}`);
  }
}
