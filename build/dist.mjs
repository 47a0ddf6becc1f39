// `npm run dist` (after the build): installers with electron-builder, which lives in
// tools/packaging (installed here on first use; the app's own install stays free of it).
//
// electron-builder packs a downloaded Electron release zip. Where neither a cached zip, a folder
// of zips (STRATBOARD_ELECTRON_ZIPS) nor the download site is there, it would fail deep inside
// with a stack trace; this checks first and says in one line what is missing and where to put it.
//
// Usage: npm run dist [-- <electron-builder flags>]     node build/dist.mjs --preflight  (check only)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, 'tools', 'packaging');
const builderBin = join(toolDir, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).optionalDependencies.electron;
const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
const preflightOnly = process.argv.includes('--preflight');
const builderArgs = process.argv.slice(2).filter((arg) => arg !== '--preflight');

/** Where @electron/get keeps downloads (env-paths 'electron' cache), and our own override. */
function electronCacheDirs() {
  const env = process.env;
  const dirs = [env.electron_config_cache, env.ELECTRON_CACHE];
  if (process.platform === 'darwin') dirs.push(join(homedir(), 'Library', 'Caches', 'electron'));
  else if (process.platform === 'win32') dirs.push(join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'electron', 'Cache'));
  else dirs.push(join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'electron'));
  return dirs.filter(Boolean);
}

/** The cache keeps each zip in a sub-folder named by a hash of its URL: look one level down too. */
function hasZip(dir) {
  if (!existsSync(dir)) return false;
  if (existsSync(join(dir, zipName))) return true;
  return readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, zipName)));
}

async function downloadReachable() {
  const url = process.env.STRATBOARD_DIST_PROBE_URL ?? process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases';
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(8_000), redirect: 'manual' });
    return true;
  } catch {
    return false;
  }
}

async function electronSource() {
  const zipsDir = process.env.STRATBOARD_ELECTRON_ZIPS;
  if (zipsDir) {
    if (hasZip(zipsDir)) return { flags: [`-c.electronDist=${zipsDir}`] };
    return { problem: `STRATBOARD_ELECTRON_ZIPS is ${zipsDir}, but ${zipName} is not in it.` };
  }
  if (electronCacheDirs().some(hasZip)) return { flags: [] };
  if (await downloadReachable()) return { flags: [] };
  return {
    problem: `npm run dist needs Electron ${electronVersion} for this machine (${zipName}), which cannot be downloaded from here: put that zip in a folder and set STRATBOARD_ELECTRON_ZIPS=<folder>, or set ELECTRON_MIRROR to a reachable mirror.`,
  };
}

const source = await electronSource();
if (source.problem) {
  console.error(source.problem);
  process.exit(1);
}
if (preflightOnly) {
  console.log(`Electron ${electronVersion} for packaging: available.`);
  process.exit(0);
}
if (!existsSync(builderBin)) {
  console.log('Installing the packaging tools (electron-builder) into tools/packaging…');
  const install = spawnSync('npm', ['ci', '--prefix', toolDir, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const run = spawnSync(builderBin, ['--config', 'build/electron-builder.yml', `-c.electronVersion=${electronVersion}`, ...source.flags, ...builderArgs], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
