// Fetches the Electron desktop binary when it can be fetched.
//
// As the postinstall step (no flag) it never fails the install: Electron's own install script prints
// a raw stack trace and fails `npm ci` on any machine that cannot reach the download (company
// proxies, build machines). Electron is an optional dependency whose own script npm is told not to
// run (package.json "allowScripts"); this runs the very same script in a child process and turns a
// failure into one line. Without the binary, `npm start` runs the app in the browser (web mode).
//
// `npm run install:electron` (--required) is the user asking for it: it shows Electron's own error
// and exits 1 when the download fails, so a mirror or a local zip can be tried (README › Desktop window).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const installScript = join(electronDir, 'install.js');
const required = process.argv.includes('--required');

if (!required && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0); // the user asked for no binary
if (!existsSync(installScript)) {
  // Older npm versions drop an optional dependency whose own download failed.
  if (!required) process.exit(0);
  const { optionalDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  console.error(`Electron is not in node_modules: run \`npm install --no-save electron@${optionalDependencies.electron}\` where github.com (or ELECTRON_MIRROR) is reachable.`);
  process.exit(1);
}

const env = { ...process.env };
delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // asked for explicitly, or not set
const result = spawnSync(process.execPath, [installScript], {
  cwd: electronDir,
  encoding: 'utf8',
  timeout: 10 * 60_000,
  env,
  stdio: required ? 'inherit' : 'pipe',
});
if (result.status === 0) {
  if (required) console.log('Electron is installed: `npm start` opens the desktop window.');
  process.exit(0);
}
if (required) {
  console.error('The Electron download failed (above). Set ELECTRON_MIRROR to a reachable mirror and run `npm run install:electron` again, or unzip the release zip into a folder and set ELECTRON_OVERRIDE_DIST_PATH to it (README › Quick start › Desktop window).');
  process.exit(1);
}

const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
const reason = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up/i.test(output)
  ? 'the download site cannot be reached from this machine'
  : result.error?.code === 'ETIMEDOUT' ? 'the download took more than 10 minutes'
  : (output.split('\n').map((line) => line.trim()).find((line) => /error/i.test(line)) ?? `exit code ${result.status}`).slice(0, 160);
console.log(`Stratboard: the Electron desktop binary was not installed (${reason}); \`npm start\` will open Stratboard in your browser instead. To get it later: npm run install:electron`);
process.exit(0);
