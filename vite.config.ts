import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressPlugin } from './scripts/build/precompress';

export default defineConfig({
  root: 'web',
  plugins: [react(), precompressPlugin()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0 },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', ws: true }, '/healthz': 'http://localhost:3000' },
  },
});
