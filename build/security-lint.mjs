// Security lint for the Electron shell: runs Doyensec's Electronegativity and FAILS on any
// HIGH or MEDIUM finding that build/electronegativity-justifications.json does not explain,
// and on any literal insecure webPreference in electron/ (an own rule, see below).
//
// Why a wrapper: Electronegativity exits 0 even on HIGH findings, so the verdict has to come
// from its findings. They are taken from its programmatic API (the same run the CLI does),
// because both file formats lose information here: the CSV writer races its own header
// (the header overwrites the first finding's row) and SARIF carries no severity. The SARIF
// report is still written to a temp folder for CI to upload or a person to open.
//
// What is scanned: a staged copy of electron/ (main, preload, services, web server), the
// renderer's index.html (its CSP meta; the built one when dist/renderer exists) and
// package.json (Electron version, scripts). The renderer's JavaScript bundle is not scanned:
// it holds no Electron code and its library internals would only add noise.
//
// Usage: npm run lint:security   (CI first: npm ci --prefix tools/electronegativity)
// Exit codes: 0 clean, 1 unjustified findings or unparsed files, 2 tool missing or crashed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, 'tools', 'electronegativity');
const justificationsFile = join(root, 'build', 'electronegativity-justifications.json');
const FAILING = new Set(['HIGH', 'MEDIUM']);

const electronegativity = loadTool();
const justifications = loadJustifications();

// Stage the inputs under their repo-relative paths so findings name real files.
const workDir = mkdtempSync(join(tmpdir(), 'stratboard-electronegativity-'));
const stage = join(workDir, 'input');
const builtHtml = join('dist', 'renderer', 'index.html');
const rendererHtml = existsSync(join(root, builtHtml)) ? builtHtml : join('renderer', 'index.html');
const inputs = ['electron', rendererHtml, 'package.json'];
for (const input of inputs) {
  if (!existsSync(join(root, input))) {
    console.error(`security-lint: ${input} does not exist; nothing to scan there.`);
    process.exit(2);
  }
  mkdirSync(dirname(join(stage, input)), { recursive: true });
  cpSync(join(root, input), join(stage, input), { recursive: true, filter: (path) => !path.includes('node_modules') });
}
const sarifPath = join(workDir, 'electronegativity.sarif');

console.log(`security-lint: scanning ${inputs.join(', ')} with Electronegativity ${toolVersion()} (Electron ${electronVersion()})`);
let result;
try {
  result = await electronegativity(
    {
      input: stage,
      isRelative: true,
      output: sarifPath,
      isSarif: true,
      // Otherwise it may assume Electron 0.1 and judge defaults that changed long ago.
      electronVersionOverride: electronVersion(),
      customScan: [],
      excludeFromScan: [],
    },
    false,
  );
} catch (error) {
  console.error('security-lint: Electronegativity crashed:', error);
  process.exit(2);
} finally {
  rmSync(stage, { recursive: true, force: true }); // keep only the report
}

const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file === 'N/A' ? 'N/A' : issue.file.split('\\').join('/'),
  line: issue.location?.line ?? 0,
  column: issue.location?.column ?? 0,
  sample: (issue.sample ?? '').trim(),
  description: issue.description,
}));

const used = new Set();
const unjustified = [];
const justified = [];
const reported = [];
for (const finding of findings) {
  if (!FAILING.has(finding.severity)) {
    reported.push(finding);
    continue;
  }
  const index = justifications.findIndex(
    (j) => j.check === finding.check && j.file === finding.file && (!j.sample || finding.sample.includes(j.sample)),
  );
  if (index >= 0) {
    used.add(index);
    justified.push({ finding, reason: justifications[index].reason });
  } else {
    unjustified.push(finding);
  }
}

const where = (f) => (f.file === 'N/A' ? '(whole app)' : `${f.file}:${f.line}:${f.column}`);
console.log(`security-lint: ${findings.length} finding(s) from ${result.atomicChecks} atomic + ${result.globalChecks} global checks`);
for (const f of reported) console.log(`  note      ${f.severity.padEnd(13)} ${f.check} ${where(f)}  ${f.description}`);
for (const { finding: f, reason } of justified) console.log(`  justified ${f.severity.padEnd(13)} ${f.check} ${where(f)}\n            why: ${reason}`);
for (const f of unjustified) {
  console.error(`  FAIL      ${f.severity.padEnd(13)} ${f.check} ${where(f)} (${f.confidence})\n            ${f.description}${f.sample ? `\n            > ${f.sample.slice(0, 160)}` : ''}`);
}
justifications.forEach((j, index) => {
  if (!used.has(index)) console.warn(`  stale justification (matched nothing; remove it): ${j.check} ${j.file}`);
});

// A file the parser could not read was not checked at all: that is not a pass.
const parseErrors = result.errors.filter((e) => !e.tolerable);
for (const e of parseErrors) console.error(`  FAIL      could not parse ${relative(stage, e.file)}: ${e.message}`);

// Our own strict rule on top: Electronegativity stays silent about `nodeIntegration: true` next
// to `sandbox: true` (the sandbox wins today) and rates it INFORMATIONAL elsewhere. This app never
// turns any of these on, in any window, so a literal insecure value fails outright. Not
// justifiable; tests (*.test.ts) are skipped because they may spell such values as data.
const INSECURE_PREFERENCES = [
  /\bnodeIntegration(?:InWorker|InSubFrames)?\s*:\s*true\b/,
  /\bcontextIsolation\s*:\s*false\b/,
  /\bsandbox\s*:\s*false\b/,
  /\bwebSecurity\s*:\s*false\b/,
  /\ballowRunningInsecureContent\s*:\s*true\b/,
  /\bwebviewTag\s*:\s*true\b/,
  /\bexperimentalFeatures\s*:\s*true\b/,
  /\benableBlinkFeatures\s*:/,
];
const insecurePreferences = [];
for (const file of sourceFiles(join(root, 'electron'))) {
  readFileSync(file, 'utf8').split('\n').forEach((text, index) => {
    if (INSECURE_PREFERENCES.some((rule) => rule.test(text))) {
      insecurePreferences.push(`${relative(root, file).split('\\').join('/')}:${index + 1}  ${text.trim()}`);
    }
  });
}
for (const where of insecurePreferences) console.error(`  FAIL      INSECURE_WEB_PREFERENCE (security-lint rule) ${where}`);

console.log(`security-lint: SARIF report: ${sarifPath}`);
if (unjustified.length > 0 || parseErrors.length > 0 || insecurePreferences.length > 0) {
  console.error(
    `security-lint: ${unjustified.length} unjustified HIGH/MEDIUM finding(s), ${parseErrors.length} unparsed file(s), ` +
      `${insecurePreferences.length} insecure webPreference(s). ` +
      'Fix the code, or — only for a genuine false positive — add { check, file, reason } to build/electronegativity-justifications.json.',
  );
  process.exitCode = 1; // not process.exit(): let Electronegativity finish writing the SARIF report
} else {
  console.log('security-lint: no unjustified HIGH or MEDIUM findings.');
}

/** The .ts/.js files under a folder, without tests and node_modules. */
function sourceFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:[cm]?ts|[cm]?js)$/.test(entry.name) && !/\.test\.[cm]?[jt]s$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((path) => !path.includes('node_modules'));
}

function loadTool() {
  const packageJson = join(toolDir, 'node_modules', '@doyensec', 'electronegativity', 'package.json');
  if (!existsSync(packageJson)) {
    console.error(
      'security-lint: tools/electronegativity/node_modules is missing (Electronegativity is not installed).\n' +
        '  Install it once with:  npm ci --prefix tools/electronegativity\n' +
        '  (It lives in its own folder because it pins old TypeScript/ESLint parsers.)',
    );
    process.exit(2);
  }
  return createRequire(join(toolDir, 'package.json'))('@doyensec/electronegativity');
}

function toolVersion() {
  return JSON.parse(readFileSync(join(toolDir, 'node_modules', '@doyensec', 'electronegativity', 'package.json'), 'utf8')).version;
}

function electronVersion() {
  const installed = join(root, 'node_modules', 'electron', 'package.json');
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, 'utf8')).version;
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return String(manifest.optionalDependencies?.electron ?? manifest.devDependencies?.electron ?? manifest.dependencies?.electron ?? '').replace(/^[^\d]*/, '');
}

function loadJustifications() {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(justificationsFile, 'utf8'));
  } catch (error) {
    console.error(`security-lint: cannot read ${relative(root, justificationsFile)}: ${error.message}`);
    process.exit(2);
  }
  const list = parsed.justifications;
  const valid =
    Array.isArray(list) &&
    list.every(
      (j) =>
        typeof j.check === 'string' && typeof j.file === 'string' && typeof j.reason === 'string' && j.reason.trim().length >= 20 &&
        (j.sample === undefined || typeof j.sample === 'string'),
    );
  if (!valid) {
    console.error('security-lint: each justification needs "check", "file" and a real "reason" (optional "sample" narrows the match).');
    process.exit(2);
  }
  return list;
}
