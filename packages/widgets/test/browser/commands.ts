/**
 * Real key presses, viewport sizes and media emulation, through the commands that web-test-runner
 * serves to every page it drives (`@web/test-runner` installs the plugins of
 * `@web/test-runner-commands` on the server side; the package's browser half is not installed at
 * the workspace root, so this is that half: a message over the runner's own web socket).
 *
 * Keys go through the browser's input pipeline (puppeteer's `page.keyboard`), not `dispatchEvent`:
 * Tab really moves focus, Space really checks a box, Enter really submits a form.
 */

interface CommandResponse {
  executed?: boolean;
  result?: unknown;
}

interface WebSocketModule {
  sendMessageWaitForResponse(message: unknown): Promise<CommandResponse>;
}

const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
// A variable, so that neither TypeScript nor the dev server tries to resolve it at build time.
const socketModule = '/__web-dev-server__web-socket.js';

async function command<T = unknown>(name: string, payload: unknown): Promise<T> {
  if (!sessionId) throw new Error('server commands need a page driven by web-test-runner (`pnpm test:browser`)');
  const { sendMessageWaitForResponse } = (await import(/* @vite-ignore */ socketModule)) as WebSocketModule;
  const response = await sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: name, payload });
  if (!response.executed) throw new Error(`the test runner has no "${name}" command`);
  return response.result as T;
}

/** Presses one key (`Tab`, `Enter`, `Space`, `ArrowDown`, `Escape`, `Shift+Tab`…). */
export async function press(key: string): Promise<void> {
  // Firefox's driver (WebDriver BiDi) knows the space bar by its character only.
  if (key === 'Space') key = ' ';
  if (key.includes('+')) {
    const keys = key.split('+');
    for (const down of keys) await command('send-keys', { down });
    for (const up of keys.reverse()) await command('send-keys', { up });
    return;
  }
  await command('send-keys', { press: key });
}

/** Types text into whatever has the focus, key by key. */
export async function typeKeys(text: string): Promise<void> {
  await command('send-keys', { type: text });
}

export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await command('set-viewport', viewport);
}

/**
 * Emulates user preferences, or the print media type (`{ media: 'print' }`; `'screen'` goes back).
 * Chromium only: puppeteer drives Firefox over WebDriver BiDi, without media emulation (see media.ts).
 */
export async function emulateMedia(media: {
  media?: 'print' | 'screen';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}): Promise<void> {
  await command('emulate-media', media);
}

export interface BackOfficeAnswer<T = unknown> {
  status: number;
  body: T;
}

/** Runs the call through the platform as of this instant (ISO), not now: see `sandbox-process.mjs`. */
export interface AsOf {
  at?: string;
}

/**
 * What an agency's own server does, through the runner (the back office answers no browser):
 * `backOffice('POST', '/v1/back-office/submissions/K7QM-4XPZ-RD/answer', { answer: '…' })`.
 * With the test agency's secret key, or with a seeded agency's when `agencyId` is given.
 */
export function backOffice<T = unknown>(method: string, path: string, body?: unknown, agencyId?: string, { at }: AsOf = {}): Promise<BackOfficeAnswer<T>> {
  return command<BackOfficeAnswer<T>>('chikaya-back-office', { method, path, body, agencyId, at });
}

/**
 * What the ministry does, through the runner with the sandbox's admin key (no page holds it):
 * `admin('POST', '/v1/admin/reports/approvals', { scope: 'agency', id: 'dgsn', year: 2025 })`.
 */
export function admin<T = unknown>(method: string, path: string, body?: unknown, { at }: AsOf = {}): Promise<BackOfficeAnswer<T>> {
  return command<BackOfficeAnswer<T>>('chikaya-admin', { method, path, body, at });
}

/**
 * A public operation through the runner, for what a page cannot do: lodge a complaint as of a day
 * long past (`{ at }`), so that it is overdue today whatever day the tests run on.
 */
export function citizen<T = unknown>(method: string, path: string, body?: unknown, { at }: AsOf = {}): Promise<BackOfficeAnswer<T>> {
  return command<BackOfficeAnswer<T>>('chikaya-citizen', { method, path, body, at });
}
