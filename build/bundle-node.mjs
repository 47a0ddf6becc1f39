// Bundles the Node-side entry points into single CommonJS files under dist/electron.
// - main.cjs:    the Electron main process (package.json "main").
// - preload.cjs: the sandboxed preload. A sandboxed preload can require only 'electron'
//                (and a few built-ins), so everything else — the contract, zod — is inlined.
// - web.cjs:     the web-mode server (`npm run web`), same services without Electron.
// - launch.cjs:  `npm start`: the desktop window, or web mode where Electron or a display is missing.
// Usage: node build/bundle-node.mjs [--sourcemap]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'electron');
const appVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const sourcemap = process.argv.includes('--sourcemap') ? 'linked' : false;

const entries = [
  { name: 'main', entry: 'electron/main.ts', out: 'main.cjs' },
  { name: 'preload', entry: 'electron/preload.ts', out: 'preload.cjs' },
  { name: 'web', entry: 'electron/web/cli.ts', out: 'web.cjs' },
  { name: 'launch', entry: 'electron/launcher/cli.ts', out: 'launch.cjs' },
];

const missing = entries.filter(({ entry }) => !existsSync(join(root, entry)));
if (missing.length > 0) {
  console.error(`bundle-node: missing entry point(s): ${missing.map((m) => m.entry).join(', ')}`);
  process.exit(1);
}

let failed = false;
for (const { name, entry, out } of entries) {
  const outfile = join(outDir, out);
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      // The web server reports the same version as the desktop app's app.getVersion().
      define: { 'process.env.STRATBOARD_VERSION': JSON.stringify(appVersion) },
      sourcemap,
      // The preload carries the contract (and zod) and is parsed on every page load: keep it small.
      minify: name === 'preload',
      metafile: true,
      legalComments: 'none',
      logLevel: 'warning',
    });
    if (name === 'preload') assertSandboxSafe(result.metafile, outfile);
    const bytes = result.metafile.outputs[relative(root, outfile).split('\\').join('/')]?.bytes ?? 0;
    console.log(`bundle-node: ${entry} -> ${relative(root, outfile)} (${Math.round(bytes / 1024)} KiB)`);
  } catch (error) {
    failed = true;
    console.error(`bundle-node: ${entry} failed: ${error instanceof Error ? error.message : error}`);
  }
}
process.exit(failed ? 1 : 0);

/**
 * The sandboxed preload fails at run time (not build time) if it requires anything but
 * 'electron'. Catch that here: no external import other than 'electron' may remain.
 */
function assertSandboxSafe(metafile, outfile) {
  const output = Object.entries(metafile.outputs).find(([path]) => join(root, path) === outfile)?.[1];
  const externals = (output?.imports ?? []).filter((imp) => imp.external).map((imp) => imp.path);
  const forbidden = externals.filter((path) => path !== 'electron');
  if (forbidden.length > 0) {
    throw new Error(`the sandboxed preload would require ${forbidden.join(', ')}; only 'electron' is available there`);
  }
}
