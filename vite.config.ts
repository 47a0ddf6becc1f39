import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer bundle. Relative base so the same files load from the desktop app's custom
 * protocol and from the web-mode server; output lands where both of them look for it.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // One bundle read from the local disk, never over a network: its size is not a load-time concern
    // (about 3.2 MB; code splitting is a later optimisation of start-up parse time, not of downloads).
    chunkSizeWarningLimit: 4000,
  },
});
