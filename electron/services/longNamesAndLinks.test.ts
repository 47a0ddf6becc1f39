import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import { serializeWorkspace } from './workspaceFile';
import { WorkspaceSession } from './workspaceSession';

/**
 * Through the session (open → runOperation → flush → read back): a workspace with the longest name
 * the OS allows, one reached through a symbolic link, and "Open as a recovered copy" for both
 * (issue 14, item 4).
 */
const posix = process.platform !== 'win32';
/** 83 Chinese characters + ".json" = 254 bytes: 85 characters' worth (255) less room for ".json". */
const LONGEST_NAME = `${'营销战略'.repeat(21).slice(0, 83)}.json`;

const sessions: WorkspaceSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => {})));
});

async function setup(fileName: string) {
  const root = await mkdtemp(join(tmpdir(), 'sb-names-'));
  const folder = join(root, 'share');
  await mkdir(folder);
  const file = join(folder, fileName);
  await writeFile(file, serializeWorkspace(createSampleWorkspace('zh-CN', new Date('2026-05-01T09:00:00Z'))));
  const session = new WorkspaceSession({ backupsRoot: join(root, 'userdata', 'backups'), emit: () => {}, watchDisk: false });
  sessions.push(session);
  return { root, folder, file, session };
}

async function editAndSave(session: WorkspaceSession, name: string) {
  const opened = session.getSession();
  if (opened.state !== 'open') throw new Error(`not open: ${JSON.stringify(opened)}`);
  session.runOperation({ op: 'workspace.rename', args: { name }, at: '2026-05-01T09:00:00.000Z' }, opened.revision);
  return session.flush();
}

describe('a workspace whose name is 254 bytes of Chinese', () => {
  it('opens, saves and reads back', async () => {
    expect(Buffer.byteLength(LONGEST_NAME)).toBe(254);
    const { folder, file, session } = await setup(LONGEST_NAME);
    expect((await session.open(file)).state).toBe('open');
    expect((await editAndSave(session, '长名字的计划'))?.state).toBe('saved');
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('长名字的计划');
    expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('"Open as a recovered copy" makes a name that fits (≤ 255 bytes, whole characters) and opens it', async () => {
    const { folder, file, session } = await setup(LONGEST_NAME);
    await session.open(file);
    const [backup] = (await session.backups!.list());
    const restored = await session.restoreBackup(backup!.id);
    expect(restored.state).toBe('open');
    const path = restored.state === 'open' ? restored.filePath : '';
    const name = basename(path);
    expect(dirname(path)).toBe(folder);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
    expect(name).toMatch(/^营销战略.* \(recovered \d{4}-\d{2}-\d{2} \d{6}\)\.json$/);
    expect(name.startsWith(LONGEST_NAME.slice(0, 60))).toBe(true);
    expect((await editAndSave(session, 'recovered and edited'))?.state).toBe('saved');
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('recovered and edited');
  });

  it.runIf(posix)('the recovered copy beside the workspace takes the workspace’s mode', async () => {
    const { file, session } = await setup('plan.json');
    await chmod(file, 0o640);
    await session.open(file);
    const [backup] = (await session.backups!.list());
    const restored = await session.restoreBackup(backup!.id);
    if (restored.state !== 'open') throw new Error('not open');
    expect((await stat(restored.filePath)).mode & 0o777).toBe(0o640);
  });
});

describe.runIf(posix)('a workspace opened through a symbolic link', () => {
  it('saves into the target; the link stays a link', async () => {
    const { root, file, session } = await setup('plan.json');
    await mkdir(join(root, 'desktop'));
    const linkPath = join(root, 'desktop', 'plan.json');
    await symlink(file, linkPath);
    expect((await session.open(linkPath)).state).toBe('open');
    expect((await editAndSave(session, 'through the link'))?.state).toBe('saved');
    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('through the link');
  });
});
