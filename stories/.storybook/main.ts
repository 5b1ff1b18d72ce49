/**
 * Storybook for Chikaya Kit: `pnpm storybook` (with the sandbox) and `pnpm build-storybook`.
 * The config lives in `stories/.storybook/` so that the repository's top level stays as it is.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
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
