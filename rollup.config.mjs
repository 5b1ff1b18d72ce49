// Bundles for the browser. The script-tag bundle of the widgets (`chikaya.js` and its lazily
// loaded chunks) is built here once `packages/widgets` exists; the Node.js packages build with tsc.
import { existsSync } from 'node:fs';

const widgetsEntry = 'packages/widgets/src/autoloader.ts';

export default existsSync(widgetsEntry)
  ? [
      {
        input: widgetsEntry,
        output: { dir: 'packages/widgets/dist/cdn', format: 'es', entryFileNames: 'chikaya.js', chunkFileNames: '[name]-[hash].js' },
      },
    ]
  : [];
