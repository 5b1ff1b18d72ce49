/**
 * Storybook for Chikaya Kit: `pnpm storybook` (with the sandbox) and `pnpm build-storybook`.
 * The config lives in `stories/.storybook/` so that the repository's top level stays as it is.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/**
 * The submissions that `pnpm storybook` makes on its sandbox for the tracker's stories
 * (`stories/demo-submissions.mjs`), served at `chikaya-demo/`: by the dev server only, since they
 * belong to that sandbox's database; a static build has none, and its stories say so.
 */
const demoFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../.data/storybook');

const config: StorybookConfig = {
  stories: ['../**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: (dirs = [], { configType }) =>
    configType === 'DEVELOPMENT' && existsSync(demoFolder) ? [...dirs, { from: demoFolder, to: '/chikaya-demo' }] : dirs,
  viteFinal: (config) =>
    mergeConfig(config, {
      resolve: {
        // Workspace packages (@chikaya/widgets, @chikaya/sdk) resolve to their TypeScript sources,
        // as in tsc (`customConditions: ["source"]`): stories need no build of the packages first.
        // esbuild compiles each source file with its nearest tsconfig.json, which extends the root
        // one: `experimentalDecorators` and `useDefineForClassFields: false`, as tsc does for Lit.
        conditions: ['source', ...defaultClientConditions],
      },
    }),
};

export default config;
