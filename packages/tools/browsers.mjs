// The test browsers: Debian's Chromium and Firefox ESR (or the user's own, through CHROME_PATH and
// FIREFOX_PATH), and how Chromium starts in a container. One place for web-test-runner's
// configuration and the end-to-end suite.
import { existsSync } from 'node:fs';

const firstExisting = (...paths) => paths.find((path) => path && existsSync(path));

/** The Chromium (or Chrome) binary, or undefined to let a launcher search. */
export const chromiumPath = () => firstExisting(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser');

/** The Firefox binary, or undefined. */
export const firefoxPath = () => firstExisting(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');

/** No sandbox (root in a container), no GPU, no background traffic that would slow or flake a test. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
