import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { prerenderPlugin } from './scripts/build/prerender.ts';
import { textChunkName } from './scripts/build/text-chunks.ts';

export default defineConfig({
  root: 'web',
  plugins: [react(), prerenderPlugin()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    // scripts/build/prerender.ts reads it to link each prerendered page's CSS and chunks, then removes it.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Texts by language, the ones loaded together in one chunk (scripts/build/text-chunks.ts).
            { name: textChunkName },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', ws: true }, '/healthz': 'http://localhost:3000' },
  },
});
