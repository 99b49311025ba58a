// How this project starts Chromium, in tests, benchmarks and the screenshot script: Debian's
// browser (playwright never downloads one), with the flags a root container needs.

/** Where Chromium is: CHROMIUM_PATH, else Debian's package. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The options to pass to playwright's `chromium.launch`. */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
