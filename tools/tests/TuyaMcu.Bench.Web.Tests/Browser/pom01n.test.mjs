// The web bench's page for the POM01-N in headless Chromium: node pom01n.test.mjs URL RESULTS_DIR CHROMIUM.
// Against a --sim --profile pom01n bench: the DP panel is the POM01-N's schema and the world card
// its controls; a mains outage started from the page steps the power_outage plot up, brings the
// firmware's outage uplink (power_outage=true) into the frame log, and steps back down when it
// ends; the power panel says to start an outage before one, and estimates the backup battery after.
// Saves pom01n.png in RESULTS_DIR. Prints one line per check; exits 1 on the first failure.
import { openBench, timeout } from "./harness.mjs";

const { page, check, finish, rows } = await openBench("pom01n");
const trace = series => `#plots path[data-series="${series}"]`;
const lastOf = series => page.locator(trace(series)).getAttribute("data-last");

await check("the page connects to the event stream", () => page.locator("#link.on").waitFor(timeout));
await check("the DP panel is the POM01-N's schema, the world card its controls", async () => {
  await page.locator('#dp-power_outage .now').waitFor(timeout);
  await page.locator('select[data-dp="outage_trigger"]').waitFor(timeout);
  if (await page.locator("#dp-doorcontact_state").count()) throw new Error("a CPN01 DP is in the panel");
  for (const id of ["outage-row", "brown-out-row", "button-row"]) {
    if (await page.locator(`#${id}`).isHidden()) throw new Error(`#${id} is hidden`);
  }
  if (await page.locator("#contact-row").isVisible()) throw new Error("the CPN01's contact row shows");
});

await check("the firmware reports with the mains on", async () => {
  await rows(5, "mcu").first().waitFor(timeout);
  await page.waitForFunction(s => document.querySelector(s)?.dataset.last === "0", trace("power_outage"), timeout);
});

await check("before any outage the power panel says to start one, not a figure", async () => {
  await page.click("#power");
  await page.waitForFunction(() => document.querySelector("#power-out").textContent.startsWith("the run has not been on the backup battery yet: start a mains outage first"), null, timeout);
});

await check("an outage from the page steps power_outage up and its uplink comes into the frame log", async () => {
  const before = Number(await page.locator(trace("power_outage")).getAttribute("data-points"));
  await page.fill("#outage-s", "60");
  await page.click("#outage");
  await page.waitForFunction(s => document.querySelector(s).dataset.last === "1", trace("power_outage"), timeout);
  const after = Number(await page.locator(trace("power_outage")).getAttribute("data-points"));
  if (after !== before + 1) throw new Error(`the power_outage trace went from ${before} to ${after} points, not one more`);
  const uplink = rows(5, "mcu").filter({ hasText: "power_outage=true" });
  await uplink.first().waitFor(timeout);
});

await check("the outage ends after its 60 s and the plot steps back down", async () => {
  await page.waitForFunction(s => document.querySelector(s).dataset.last === "0", trace("power_outage"), timeout);
  if ((await lastOf("low_voltage")) !== "0") throw new Error("low_voltage moved too");
});

await check("after the outage the power panel estimates the 1000 mAh backup battery against the manual's 30 days", async () => {
  await page.click("#power");
  await page.waitForFunction(() => /backup battery: 1000 mAh, .* \(manual: 30 days; /.test(document.querySelector("#power-out").textContent), null, timeout);
});

await finish();
