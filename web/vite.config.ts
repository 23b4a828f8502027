/**
 * The web UI build: Preact through Vite 8's own JSX transform (Oxc), no CDN, everything bundled
 * into dist/web, which `rostrum serve` ships as static files.
 * Build: `npx vite build --config web/vite.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    // One small bundle: inline nothing as data: URLs, so the CSP needs no exceptions.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    // `npx vite --config web/vite.config.ts` next to `rostrum serve` for UI work.
    proxy: { '/api': 'http://127.0.0.1:7410' },
  },
});
