/** The deterministic seed of the sandbox: reference data, agencies and years of submissions. */
export {
  devAccessKey,
  devAdminKey,
  devBackOfficeKey,
  seedAgencies,
  seedDatabase,
  seedDefaults,
  type SeedOptions,
  type SeedResult,
} from './generate.js';
export { syntheticAgencies, type SyntheticAgencyContext } from './synthetic-agencies.js';
export { Random, WeightedTable } from './random.js';
export { syntheticPerson, type Person } from './people.js';
export * from './data/index.js';
