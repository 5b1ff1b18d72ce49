import { defineConfig } from 'vite';

/** The sandbox that `vite dev` forwards the platform's paths to (start it with `--trusted-origin http://localhost:5173`). */
const sandbox = process.env.CHIKAYA_SANDBOX ?? 'http://127.0.0.1:8787';

export default defineConfig({
  // Where the sandbox serves the build: `pnpm start` → http://127.0.0.1:8787/examples/react-app/dist/
  base: '/examples/react-app/dist/',
  // React without a Vite plugin: esbuild compiles the JSX (the automatic runtime, as in tsconfig.json).
  // `@vitejs/plugin-react` would add Fast Refresh to `vite dev`, and Babel with it.
  esbuild: { jsx: 'automatic' },
  build: {
    target: 'es2022',
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's comments that Rollup cannot place (it drops them, harmlessly): not this app's business.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
  // In `vite dev` the page and the platform share an origin too, as under `pnpm start`: the API and
  // the annual report page the full badge links to.
  server: {
    proxy: {
      '/v1': sandbox,
      '/examples/portal': sandbox,
      '/widgets': sandbox,
    },
  },
});
