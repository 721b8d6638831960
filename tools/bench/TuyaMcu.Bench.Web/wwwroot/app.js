// The bench page: everything goes through the JSON API and the event stream (GET /api lists them).
"use strict";
const $ = id => document.getElementById(id);
const MaxRows = 2000;

async function api(method, path, body) {
  const response = await fetch(path, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json();
  return response.ok ? { ok: true, json } : { ok: false, error: json.error || `HTTP ${response.status}` };
}

// Posts a control; shows the answer's one line. Returns the error, or null.
async function control(path, body) {
  const r = await api("POST", path, body);
  say(r.ok ? r.json.message : r.error, !r.ok);
  return r.ok ? null : r.error;
}

function say(text, bad) {
  const m = $("message");
  m.textContent = text || "";
  m.className = bad ? "error" : "";
}

class FrameLog {
  constructor() {
    this.body = document.querySelector("#log tbody");
    this.commands = new Set();
    this.count = 0;
    $("filter").onchange = () => this.refilter();
    $("log-hex").onchange = () => this.body.querySelectorAll(".hex").forEach(h => (h.hidden = !$("log-hex").checked));
    $("log-marks").onchange = () => this.refilter();
  }

  add(e) {
    if ($("log-pause").checked) return;
    const row = document.createElement("tr");
    row.dataset.seq = e.seq;
    if (e.type === "mark") {
      row.className = "mark";
      row.dataset.command = "mark";
      row.append(cell(Fmt.time(e.atMs)), cell(""), cell(e.source), cell(e.text));
    } else {
      row.dataset.command = e.command;
      row.dataset.from = e.from;
      if (!e.checksumOk) row.className = "bad";
      const content = cell(Fmt.content(e));
      const hex = el("div", { class: "hex" }, Fmt.spacedHex(e.hex));
      hex.hidden = !$("log-hex").checked;
      content.append(hex);
      row.onclick = () => (hex.hidden = !hex.hidden);
      row.append(cell(Fmt.time(e.atMs)), cell(e.from === "mcu" ? "mcu →" : e.from === "module" ? "← mod" : "?"), cell(`0x${e.command.toString(16).padStart(2, "0")} ${e.name}`), content);
      if (!this.commands.has(e.command)) {
        this.commands.add(e.command);
        $("filter").append(el("option", { value: e.command }, `0x${e.command.toString(16).padStart(2, "0")} ${e.name}`));
      }
    }
    row.hidden = !this.shows(row);
    this.body.prepend(row);
    while (this.body.rows.length > MaxRows) this.body.deleteRow(this.body.rows.length - 1);
    $("log-count").textContent = `${++this.count} events`;
  }

  shows(row) {
    const f = $("filter").value;
    if (row.dataset.command === "mark") return $("log-marks").checked && !f;
    return !f || row.dataset.command === f;
  }

  refilter() {
    for (const row of this.body.rows) row.hidden = !this.shows(row);
  }
}

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

async function start() {
  const [info, schema] = await Promise.all([api("GET", "/api/info"), api("GET", "/api/schema")]);
  const c = info.json.controls;
  $("what").textContent = `${info.json.mode} · ${info.json.profile} · ${info.json.where}`;
  $("sim").hidden = !c.simulation;
  $("module-card").hidden = !c.module;
  $("world-card").hidden = !c.world;
  for (const control of ["contact", "pulses", "outage", "brown-out", "button", "battery"]) $(`${control}-row`).hidden = !info.json.world.includes(control);
  $("board").value = info.json.board;
  $("dp-note").textContent = c.dp ? "set from the module (0x09); live values from the line" : "live values from the line (this session plays no module)";
  const panel = new DpPanel($("dps"), schema.json, c.dp, dps => control("/api/dp", { dps }));
  const plots = new Plots($("plots"), info.json.plots);
  const log = new FrameLog();

  const events = new EventSource("/api/events");
  events.onopen = () => { $("link").textContent = "live"; $("link").className = "on"; };
  events.onerror = () => { $("link").textContent = "reconnecting"; $("link").className = "off"; };
  events.addEventListener("frame", m => {
    const f = JSON.parse(m.data);
    log.add(f);
    panel.frame(f);
    plots.frame(f);
  });
  events.addEventListener("mark", m => log.add(JSON.parse(m.data)));
  events.addEventListener("sample", m => plots.state(JSON.parse(m.data)));
  events.addEventListener("state", m => {
    const s = JSON.parse(m.data);
    $("clock").textContent = Fmt.time(s.atMs);
    $("contact-now").textContent = s.contactClosed === null ? "" : s.contactClosed ? "closed" : "open";
    $("outage-now").textContent = s.steps.power_outage ? "power out" : s.steps.power_outage === false ? "mains on" : "";
    $("brown-out-now").textContent = s.steps.low_voltage ? "low voltage" : s.steps.low_voltage === false ? "voltage normal" : "";
    $("run").disabled = s.running;
    $("pause").disabled = !s.running;
    if (s.speed !== null && document.activeElement !== $("speed")) showSpeed(s.speed);
    if (s.failure) say(s.failure, true);
    plots.state(s);
  });

  $("run").onclick = () => control("/api/sim/run");
  $("pause").onclick = () => control("/api/sim/pause");
  $("step").onclick = () => {
    const s = Number($("step-s").value);
    if (!(s > 0 && s <= 604800)) return say("step: give 0.001..604800 s", true);
    control("/api/sim/step", { ms: Math.max(1, Math.round(s * 1000)) });
  };
  $("speed").onchange = () => control("/api/sim/speed", { speed: Number($("speed").value) });
  $("net-send").onclick = () => control("/api/module/network", { status: Number($("net").value) });
  $("offline").onclick = () => withInteger("offline-s", 1, 604800, n => control("/api/module/offline", { seconds: n }));
  $("reset").onclick = () => control("/api/module/reset");
  $("battery-check").onclick = () => control("/api/module/battery-check");
  $("product-query").onclick = () => control("/api/module/product-query");
  $("open").onclick = () => control("/api/world/contact", { state: "open" });
  $("close").onclick = () => control("/api/world/contact", { state: "closed" });
  $("pulses").onclick = () => withInteger("pulses-n", 1, 1000000, n => control("/api/world/pulses", { count: n }));
  for (const held of ["outage", "brown-out"]) {
    $(held).onclick = () => withInteger(`${held}-s`, 1, 604800, n => control(`/api/world/${held}`, { seconds: n }));
    $(`${held}-hold`).onclick = () => control(`/api/world/${held}`, {});
    $(`${held}-end`).onclick = () => control(`/api/world/${held}/end`);
  }
  $("button-short").onclick = () => control("/api/world/button", { press: "short" });
  $("button-long").onclick = () => control("/api/world/button", { press: "long" });
  $("battery").onclick = () => withInteger("battery-pct", 0, 100, n => control("/api/world/battery", { percent: n }));
  $("fb-build").onclick = buildFrame;
  $("power").onclick = async () => {
    const r = await api("GET", `/api/power?board=${$("board").value}`);
    $("power-out").textContent = r.ok ? `${r.json.text}\n(counted by ${r.json.countedBy})` : r.error;
  };
}

// The speed in the list, adding it when it was set elsewhere (the API, --speed).
function showSpeed(speed) {
  const list = $("speed");
  if (![...list.options].some(o => Number(o.value) === speed)) list.append(el("option", { value: speed }, `${speed}×`));
  list.value = [...list.options].find(o => Number(o.value) === speed).value;
}

function withInteger(id, min, max, then) {
  const text = $(id).value.trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) return say(`${id}: give an integer ${min}..${max}, got '${text}'`, true);
  then(n);
}

async function buildFrame() {
  const text = $("fb-command").value.trim();
  const command = /^0x[0-9a-f]{1,2}$/i.test(text) ? parseInt(text, 16) : /^\d{1,3}$/.test(text) ? Number(text) : NaN;
  const data = $("fb-data").value;
  const problem = !(command >= 0 && command <= 255) ? `command: give 0..255 or 0x00..0xff, got '${text}'` : Fmt.hexProblem(data);
  if (problem) {
    $("fb-out").textContent = problem;
    return;
  }
  const r = await api("POST", "/api/frame", { command, data });
  $("fb-out").textContent = r.ok ? `${r.json.hex}\n${r.json.frame.name}: ${Fmt.content(r.json.frame) || "(no data)"}` : r.error;
}

start().catch(e => say(`the page could not start: ${e.message}`, true));
