/**
 * The test page's clock, moved as far ahead as the sandbox's when the suites run on another day
 * (`CHIKAYA_TEST_NOW`, see `packages/tools/dated-tests.mjs`): the runner puts the offset in
 * `<meta name="chikaya-clock-offset">` and loads this module before any test, so that every
 * `new Date()` and `Date.now()` of the elements and the tests agrees with the platform's today.
 *
 * A browser's clock cannot be moved from outside: libfaketime, which moves the Node.js processes,
 * makes Chromium some fifteen times slower and keeps Firefox from starting at all.
 */
const offset = Number(document.querySelector<HTMLMetaElement>('meta[name="chikaya-clock-offset"]')?.content ?? '0');

if (offset !== 0) {
  const RealDate = Date;
  const now = () => RealDate.now() + offset;
  // A function rather than a subclass: `Date()` called without `new` must still answer a string.
  function ShiftedDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0 ? new RealDate(now()) : new RealDate(...(args as []));
  }
  Object.defineProperties(ShiftedDate, Object.getOwnPropertyDescriptors(RealDate));
  Object.defineProperty(ShiftedDate, 'now', { value: now, writable: true, configurable: true });
  // Dates made either way share one prototype, so `instanceof Date` holds for both.
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ShiftedDate, writable: true, configurable: true });
  globalThis.Date = ShiftedDate as unknown as DateConstructor;
}

export {};
