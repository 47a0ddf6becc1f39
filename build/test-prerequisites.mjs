// First step of `npm test` (and so of CI, which runs `npm test`): the system tools the tests use.
//
// Where one is missing: as root on Debian/Ubuntu it installs them from the distribution's packages
// (Playwright's own browser download is not used: many build machines cannot reach it); otherwise
// it stops at once and names the one command to run, instead of a test failing deep inside.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Each tool the tests call, how to find it, and the Debian package that brings it. */
const REQUIREMENTS = [
  { what: 'Chromium (end-to-end tests and PDF export)', found: () => chromiumPath() !== null, pkg: 'chromium' },
  { what: 'CJK fonts (Chinese text in PDFs and screenshots)', found: hasCjkFont, pkg: 'fonts-noto-cjk' },
  { what: 'poppler (pdftotext, pdfinfo, pdfimages read the exported PDFs)', found: () => ['pdftotext', 'pdfinfo', 'pdfimages'].every(onPath), pkg: 'poppler-utils' },
  { what: 'LibreOffice Writer (opens the exported DOCX)', found: () => onPath('soffice'), pkg: 'libreoffice-writer-nogui', noRecommends: true },
  { what: 'setpriv (runs a test client as another user)', found: () => onPath('setpriv'), pkg: 'util-linux' },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
  return listed.status === 0 && /Noto Sans CJK|Noto Serif CJK|WenQuanYi|Source Han/i.test(listed.stdout);
}

/** apt-get lines for the missing packages: Writer alone without its recommends (no Java, help, extra fonts). */
function aptCommands(missing, prefix) {
  const plain = missing.filter((r) => !r.noRecommends).map((r) => r.pkg);
  const lean = missing.filter((r) => r.noRecommends).map((r) => r.pkg);
  const install = `${prefix}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq`;
  return [
    `${prefix}apt-get update -qq`,
    ...(plain.length ? [`${install} ${plain.join(' ')}`] : []),
    ...(lean.length ? [`${install} --no-install-recommends ${lean.join(' ')}`] : []),
  ];
}

const missing = REQUIREMENTS.filter((requirement) => !requirement.found());
if (missing.length === 0) process.exit(0);

const names = missing.map((r) => `  - ${r.what}`).join('\n');
if (!onPath('apt-get')) {
  console.error(`The tests need tools this machine does not have:\n${names}\nInstall them with your system's package manager (CHROMIUM_PATH may name another Chromium), then run npm test again.`);
  process.exit(1);
}

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (!isRoot && !canSudo) {
  console.error(`The tests need tools this machine does not have:\n${names}\nInstall them (needs root), then run npm test again:\n\n  sudo sh -c '${aptCommands(missing, '').join(' && ')}'\n`);
  process.exit(1);
}

console.log(`Installing what the tests need from Debian's packages: ${missing.map((r) => r.pkg).join(', ')}…`);
for (const command of aptCommands(missing, canSudo ? 'sudo -n ' : '')) {
  // apt's chatter (debconf notes) is shown only when the step fails.
  const run = spawnSync('sh', ['-c', command], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`${run.stderr ?? ''}This step failed: ${command}\nFix it (is the package archive reachable?), then run npm test again.`);
    process.exit(1);
  }
}
const stillMissing = REQUIREMENTS.filter((requirement) => !requirement.found());
if (stillMissing.length > 0) {
  console.error(`Still missing after the install:\n${stillMissing.map((r) => `  - ${r.what}`).join('\n')}`);
  process.exit(1);
}
console.log('Test tools installed.');
