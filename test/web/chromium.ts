import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** Where Debian's chromium package puts the browser. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The flags CI and the sandbox need: headless, no sandbox (root), no network chatter. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * The Chromium executable, or null on a developer machine without it. In CI (CI set) a missing
 * Chromium is an error: browser tests must run there, never skip.
 * @throws Error in CI when Chromium is not installed
 */
export function chromiumPath(): string | null {
  const path = CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
  if (path === null && process.env.CI !== undefined && process.env.CI !== "") {
    throw new Error(
      "Chromium is not installed but CI is set: browser tests must run in CI (apt-get install chromium)",
    );
  }
  return path;
}

/** Launches headless Chromium with the project's flags. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

/**
 * Launches Chromium before the tests of the enclosing `describe` and closes it after them; call
 * it inside the describe. The returned function gives the browser (valid inside the tests).
 * @example const browser = chromiumForSuite(executable!); … openReportHtml(browser(), html, "r")
 */
export function chromiumForSuite(executablePath: string): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Where browser tests leave their screenshots for a person to look at (not compared). */
const SCREENSHOTS = resolve(import.meta.dirname, "../../test-results/screenshots");

/** The path for screenshot `name`, its folder made. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** A full-page screenshot of `page` as `name`.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/** A report opened from disk, with what it raised while opening and after. */
export interface OpenedReport {
  page: Page;
  /** The file the page was opened from. */
  file: string;
  /** Console errors and uncaught page errors, in order. */
  problems: string[];
  /** Messages of dialogs (alert, confirm…) the page opened; each is dismissed. */
  dialogs: string[];
  /** From navigation to the rendered assumptions table, in ms. */
  firstRenderMs: number;
}

/**
 * Writes `html` to a fresh temp dir (named after `prefix`), opens it from disk in a 1366×900
 * page and waits for the report to render (its assumptions table), collecting console errors,
 * page errors and dialogs.
 */
export async function openReportHtml(
  browser: Browser,
  html: string,
  prefix: string,
): Promise<OpenedReport> {
  const file = join(mkdtempSync(join(tmpdir(), `cutover-${prefix}-`)), "index.html");
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const started = Date.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("#assumptions table");
  return { page, file, problems, dialogs, firstRenderMs: Date.now() - started };
}

/**
 * The texts of each figure's chart SVG that stick out of the SVG's box (clipped), as
 * `id: "text"`; a figure without an SVG is listed as `id: no chart`.
 */
export function clippedTexts(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((chartIds) => {
    const out: string[] = [];
    for (const id of chartIds) {
      const svg = document.querySelector<SVGSVGElement>(`figure#${CSS.escape(id)} > svg`);
      if (svg === null) {
        out.push(`${id}: no chart`);
        continue;
      }
      const box = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll("text")) {
        if ((text.textContent ?? "") === "") continue;
        const r = text.getBoundingClientRect();
        if (
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1
        )
          out.push(`${id}: "${text.textContent}"`);
      }
    }
    return out;
  }, ids);
}
