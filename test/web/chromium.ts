import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

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
