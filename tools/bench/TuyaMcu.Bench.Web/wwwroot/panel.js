// The DP panel, made from the profile's schema (GET /api/schema): a control per writable DP by
// its type, every DP's last reported value live. A value outside the schema is refused here,
// before anything is sent; the server checks again.
"use strict";
class DpPanel {
  constructor(root, schema, canSend, send) {
    this.rows = new Map();
    this.send = send;
    root.innerHTML = "";
    for (const dp of schema) {
      const row = this.row(dp, canSend && dp.mode !== "ro");
      root.appendChild(row);
      this.rows.set(dp.code, row);
    }
  }

  row(dp, writable) {
    const p = dp.property;
    const row = el("div", { class: "dp", id: `dp-${dp.code}` });
    const label = el("div");
    label.append(el("div", { class: "name" }, dp.name), el("div", { class: "code" }, `${dp.code} · ${dp.id} · ${dp.mode} · ${p.type}${p.unit ? " · " + p.unit : ""}`));
    row.append(label, el("div", { class: "now", title: "last value seen on the line" }, "–"));
    if (writable) {
      row.append(this.editor(dp));
    }
    row.append(el("div", { class: "err" }));
    return row;
  }

  editor(dp) {
    const p = dp.property;
    const box = el("div", { class: "edit" });
    const submit = (value) => this.submit(dp, value);
    if (p.type === "bool" && dp.mode === "wr") {
      const b = el("button", { "data-dp": dp.code }, "Send true");
      b.onclick = () => submit(true);
      box.append(b);
    } else if (p.type === "bool") {
      const c = el("input", { type: "checkbox", "data-dp": dp.code });
      c.onchange = () => submit(c.checked);
      box.append(c);
    } else if (p.type === "enum") {
      const s = el("select", { "data-dp": dp.code });
      s.append(el("option", { value: "" }, "choose…"));
      for (const name of p.range) s.append(el("option", { value: name }, name));
      s.onchange = () => s.value && submit(s.value);
      box.append(s);
    } else {
      const attrs = p.type === "value" ? { type: "number", min: p.min, max: p.max, step: p.step } : { type: "text", size: 24 };
      const input = el("input", { ...attrs, "data-dp": dp.code, placeholder: p.type === "raw" ? "hex" : p.type === "value" ? `${p.min}..${p.max}` : "" });
      const b = el("button", {}, "Set");
      const go = () => submit(p.type === "value" ? input.value.trim() : input.value);
      b.onclick = go;
      input.onkeydown = e => e.key === "Enter" && go();
      box.append(input, b);
      if (p.unit) box.append(el("span", {}, p.unit));
    }
    return box;
  }

  // Null when value fits the DP's schema, else why not.
  static problem(dp, value) {
    const p = dp.property;
    switch (p.type) {
      case "bool": return typeof value === "boolean" ? null : "true or false";
      case "enum": return p.range.includes(value) ? null : `one of ${p.range.join(", ")}`;
      case "value": case "bitmap": {
        if (!/^-?\d+$/.test(String(value))) return `an integer, got '${value}'`;
        const n = Number(value);
        if (p.type === "value" && (n < p.min || n > p.max)) return `${n} is outside ${p.min}..${p.max}`;
        if (p.type === "value" && p.step > 1 && (n - p.min) % p.step) return `${n} is not a step of ${p.step} from ${p.min}`;
        return null;
      }
      case "string": return new TextEncoder().encode(value).length <= p.maxlen ? null : `at most ${p.maxlen} bytes`;
      default: {
        const problem = Fmt.hexProblem(value);
        if (problem) return problem;
        const bytes = value.replace(/^0x/i, "").replace(/[\s:,-]/g, "").length / 2;
        return bytes <= p.maxlen ? null : `${bytes} bytes, at most ${p.maxlen}`;
      }
    }
  }

  async submit(dp, value) {
    const row = this.rows.get(dp.code);
    const err = row.querySelector(".err");
    const problem = DpPanel.problem(dp, value);
    if (problem) {
      err.textContent = `${dp.code}: ${problem} (not sent)`;
      return;
    }
    err.textContent = "";
    const typed = dp.property.type === "value" || dp.property.type === "bitmap" ? Number(value) : value;
    const error = await this.send({ [dp.code]: typed });
    if (error) err.textContent = error;
  }

  // A frame's DPs: the last value of each, shown live.
  frame(f) {
    if (!f.checksumOk || f.notReceived) return;
    for (const dp of f.decoded.dps || []) {
      const row = this.rows.get(dp.code);
      if (!row) continue;
      const now = row.querySelector(".now");
      now.textContent = Fmt.value(dp.value);
      now.dataset.value = Fmt.value(dp.value);
      now.dataset.source = f.from;
      now.title = `${f.from === "mcu" ? "reported by the MCU" : "sent by the module"} at ${Fmt.time(f.atMs)}`;
      row.classList.add("fresh");
      setTimeout(() => row.classList.remove("fresh"), 800);
    }
  }
}

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
