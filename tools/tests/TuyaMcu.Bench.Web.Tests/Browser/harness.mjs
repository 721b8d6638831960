// What the browser tests share: node TEST.mjs URL RESULTS_DIR CHROMIUM opens the page in headless
// Chromium; check() runs one named check, prints "ok: NAME" or "FAILED: NAME: why" (with a
// screenshot, then exit 1); finish() checks that the page raised no script error, saves NAME.png
// and prints "browser: N checks passed".
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export const timeout = { timeout: 20000 };

export async function openBench(name) {
  const [url, results, executablePath] = process.argv.slice(2);
  if (!url || !results || !executablePath) {
    console.error(`usage: node ${name}.test.mjs URL RESULTS_DIR CHROMIUM`);
    process.exit(2);
  }

  mkdirSync(results, { recursive: true });
  const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const pageErrors = [];
  page.on("pageerror", e => pageErrors.push(e.message));
  let passed = 0;

  async function check(title, body) {
    try {
      await body();
      passed++;
      console.log(`ok: ${title}`);
    } catch (e) {
      console.log(`FAILED: ${title}: ${e.message.split("\n")[0]}`);
      await page.screenshot({ path: join(results, `${name}-failure.png`), fullPage: true }).catch(() => {});
      await browser.close();
      process.exit(1);
    }
  }

  async function finish() {
    await check("the page raised no script error", async () => {
      if (pageErrors.length) throw new Error(pageErrors.join("; "));
    });
    await page.screenshot({ path: join(results, `${name}.png`), fullPage: true });
    console.log(`screenshot: ${join(results, `${name}.png`)}`);
    await browser.close();
    console.log(`browser: ${passed} checks passed`);
  }

  // The log's frame rows of one command from one side.
  const rows = (command, from) => page.locator(`#log tbody tr[data-command="${command}"][data-from="${from}"]`);
  await page.goto(url);
  return { page, check, finish, rows };
}
