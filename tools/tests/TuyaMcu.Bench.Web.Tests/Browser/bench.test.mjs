// The web bench's page in headless Chromium: node bench.test.mjs URL RESULTS_DIR CHROMIUM.
// Against a --sim bench: frames arrive in the log; an enum switched in the DP panel sends a 0x09
// frame and the firmware's report brings the new value back into the panel; a value outside the
// schema is refused in the page and nothing is sent; opening the contact moves the contact plot.
// Saves a screenshot in RESULTS_DIR (harness.mjs). Prints one line per check; exits 1 on the first failure.
import { openBench, timeout } from "./harness.mjs";

const { page, check, finish, rows } = await openBench("bench");
await check("the page connects to the event stream", () => page.locator("#link.on").waitFor(timeout));
await check("frames arrive in the log", async () => {
  await rows(1, "mcu").first().waitFor(timeout);
  await rows(5, "mcu").first().waitFor(timeout);
});

await check("switching a DP sends 0x09 and the firmware's report comes back into the panel", async () => {
  const select = page.locator('select[data-dp="event_uplink"]');
  const now = page.locator("#dp-event_uplink .now");
  const current = await now.getAttribute("data-value");
  const target = ["off", "both", "open", "close"].find(v => v !== current);
  const sent = await rows(9, "module").count();
  await select.selectOption(target);
  await page.waitForFunction(n => document.querySelectorAll('#log tbody tr[data-command="9"][data-from="module"]').length > n, sent, timeout);
  // The 0x09 shows the value too (as the module's); it must come back in the MCU's report.
  await page.locator(`#dp-event_uplink .now[data-value="${target}"][data-source="mcu"]`).waitFor(timeout);
});

await check("a value outside the schema is refused in the page and nothing is sent", async () => {
  const sent = await rows(9, "module").count();
  await page.fill('input[data-dp="report_interval"]', "5");
  await page.locator("#dp-report_interval button").click();
  const error = await page.locator("#dp-report_interval .err").textContent();
  // The page's own refusal (the server words it otherwise): nothing was posted.
  if (error !== "report_interval: 5 is outside 30..16777215 (not sent)") throw new Error(`the page said '${error}'`);
  await page.waitForTimeout(1000);
  const after = await rows(9, "module").count();
  if (after !== sent) throw new Error(`${after - sent} DP command(s) went out`);
});

await check("opening the contact moves the contact plot", async () => {
  const trace = page.locator('#plots path[data-series="contact"]');
  await page.waitForFunction(() => document.querySelector('#plots path[data-series="contact"]')?.dataset.last === "1", null, timeout);
  const before = Number(await trace.getAttribute("data-points"));
  await page.click("#open");
  // The trace steps down to open (0): one more point, the last one open.
  await page.waitForFunction(() => document.querySelector('#plots path[data-series="contact"]').dataset.last === "0", null, timeout);
  const after = Number(await trace.getAttribute("data-points"));
  if (after !== before + 1) throw new Error(`the contact trace went from ${before} to ${after} points, not one more`);
  const d = await trace.getAttribute("d");
  if (!/V47\.0H[\d.]+$/.test(d)) throw new Error(`the trace does not end low (open): ...${d.slice(-40)}`);
});

await finish();
