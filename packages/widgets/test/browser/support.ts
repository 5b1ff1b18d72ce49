/** Mounting an element on the test page, talking to the sandbox the runner started. */
import { sandbox } from '../../../tools/browser/sandbox.js';

export const platform = sandbox();

/** Waits for Lit to render, and for the element's first data (regions, services) to arrive. */
export async function settle(element: Element, ms = 0): Promise<void> {
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Resolves once `test()` holds, checking each animation frame, or fails after `timeout` ms. */
export async function until(test: () => unknown, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function mount<T extends HTMLElement>(markup: string): T {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  return container.firstElementChild as T;
}

const undos: (() => void | Promise<void>)[] = [];

/** Registers something to undo after the current test, whether it passed or not (a patched global…). */
export function onCleanup(undo: () => void | Promise<void>): void {
  undos.push(undo);
}

export async function cleanup(): Promise<void> {
  while (undos.length > 0) await undos.pop()!();
  document.body.replaceChildren();
  sessionStorage.clear();
}
