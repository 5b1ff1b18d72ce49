/**
 * Mocha's BDD functions, which web-test-runner's page defines as globals before it imports a test
 * file, typed here (only what browser tests use) instead of declaring globals for the whole package.
 */
type Body = (this: unknown) => void | Promise<unknown>;

interface TestFunction {
  (title: string, body: Body): void;
  /** a test written but not run (say why in a comment) */
  skip(title: string, body?: Body): void;
  only(title: string, body: Body): void;
}

interface SuiteFunction {
  (title: string, body: () => void): void;
  skip(title: string, body: () => void): void;
  only(title: string, body: () => void): void;
}

interface MochaGlobals {
  describe: SuiteFunction;
  it: TestFunction;
  before(body: Body): void;
  after(body: Body): void;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}

const mocha = globalThis as unknown as Partial<MochaGlobals>;
if (typeof mocha.describe !== 'function') throw new Error('Mocha is not set up: run browser tests with `pnpm test:browser`');

export const { describe, it, before, after, beforeEach, afterEach } = mocha as MochaGlobals;
