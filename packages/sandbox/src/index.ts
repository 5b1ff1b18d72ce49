/** @chikaya/sandbox: the reference platform server, for examples, tests and local development. */
export { startSandbox, DevKeysRefused, defaultTimeouts, type Sandbox, type SandboxOptions, type Timeouts } from './server.js';
export { createApp, defaultRateLimits, type AppOptions, type RateLimits } from './http/app.js';
export { createStore, openDatabase, type Store } from './store/index.js';
export { seedDatabase, devAdminKey, devBackOfficeKey, devAccessKey, type SeedOptions, type SeedResult } from './seed/index.js';
export { legalTimeframeDays } from './domain/deadline.js';
