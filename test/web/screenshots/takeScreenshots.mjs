#!/usr/bin/env node
// Screenshots of every section of the report at a desktop (1440×900) and a phone (390×844)
// width, for a person to look at (never compared, never committed).
//
//   npm run screenshots -- OUT_DIR [--runs N]
//
// Writes reports for the reference (plain), the reference with a Monte Carlo study and a
// comparison of three built-in scenarios with the built `cutover` (run `npm run build` first:
// the npm script does), opens each in headless Chromium and writes
// OUT_DIR/<report>-<width>-<section>.png, one per section, plus -page.png for the whole page.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith("--"));
if (out === undefined) {
  console.error("usage: npm run screenshots -- OUT_DIR [--runs N]");
  process.exit(2);
}
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 40;
const root = resolve(import.meta.dirname, "../../..");
const cutover = join(root, "bin/cutover.js");
const work = mkdtempSync(join(tmpdir(), "cutover-screenshots-"));
mkdirSync(out, { recursive: true });

/** Runs cutover with `argv`, tolerating exit 1 and 3 (a target failed or not assessed). */
function run(argv) {
  try {
    execFileSync(process.execPath, [cutover, ...argv], { cwd: root, stdio: "pipe" });
  } catch (error) {
    if (error.status !== 1 && error.status !== 3) throw error;
  }
}

const reports = {
  reference: () => run(["report", "reference", "--out", join(work, "reference")]),
  montecarlo: () =>
    run(["report", "reference", "--montecarlo", String(runs), "--out", join(work, "montecarlo")]),
  comparison: () =>
    run([
      "compare",
      "reference",
      "reference-1gbe",
      "reference-vvf",
      "--out",
      join(work, "comparison"),
    ]),
};

const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
if (executablePath === undefined) {
  console.error("no Chromium found at /usr/bin/chromium");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
try {
  for (const [name, write] of Object.entries(reports)) {
    write();
    const file = pathToFileURL(join(work, name, "index.html")).href;
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ]) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(file);
      await page.waitForSelector("#assumptions table");
      await page.screenshot({ path: join(out, `${name}-${width}-page.png`), fullPage: true });
      await page.screenshot({ path: join(out, `${name}-${width}-top.png`) });
      const ids = await page.$$eval(
        "main > section[id], main > header, main > nav, main > aside",
        (els) => els.map((e, i) => e.id || `${e.tagName.toLowerCase()}-${i}`),
      );
      const handles = await page.$$("main > section[id], main > header, main > nav, main > aside");
      for (const [i, handle] of handles.entries()) {
        await handle.screenshot({ path: join(out, `${name}-${width}-${ids[i]}.png`) });
      }
      await page.close();
    }
    console.log(`${name}: written to ${out}`);
  }
} finally {
  await browser.close();
}
