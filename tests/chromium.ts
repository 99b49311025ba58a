// How this project starts Chromium, in tests, benchmarks and the screenshot script: the one
// CHROMIUM_PATH names, else Debian's package, else the headless Chromium that the npm package
// @sparticuz/chromium carries inside it (unpacked to the temporary folder on first use), so a
// machine with nothing installed by hand runs the browser tests too. playwright never
// downloads one. The flags are what a root container needs.
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

async function findChromium(): Promise<string> {
  const named = process.env['CHROMIUM_PATH'];
  if (named) return named;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

/** Where Chromium is: CHROMIUM_PATH, else Debian's package, else @sparticuz/chromium's. */
export const chromiumPath = await findChromium();

// Test files that start Chromium on their own read CHROMIUM_PATH; the processes started from
// this one (vitest's workers, the configuration having imported this file) find the same browser.
process.env['CHROMIUM_PATH'] = chromiumPath;

/** The options to pass to playwright's `chromium.launch`. */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
