import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RpcFailure } from '../../shared/contract/errors';
import { createEmptyWorkspace } from '../../shared/samplePlan/samplePlan';
import { WorkspaceSession } from './workspaceSession';

async function openSession() {
  const root = await mkdtemp(join(tmpdir(), 'sb-hostile-change-'));
  await mkdir(join(root, 'work'));
  const session = new WorkspaceSession({ backupsRoot: join(root, 'backups'), emit: () => {} });
  await session.create(join(root, 'work', 'plan.json'), createEmptyWorkspace('en', new Date()));
  return session;
}

function failureOf(run: () => unknown): RpcFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof RpcFailure) return error;
    throw error;
  }
  throw new Error('expected the change to be refused');
}

const AT = '2026-05-01T09:00:00.000Z';

describe('WorkspaceSession.runOperation with a hostile change', () => {
  it('says a field has the wrong type rather than that it is missing', async () => {
    const session = await openSession();
    const failure = failureOf(() => session.runOperation({ op: 'workspace.rename', args: { name: 42 }, at: AT }, 0));
    expect(failure.issues).toEqual([{ path: 'name', en: 'has the wrong type (expected string)', zh: '类型错误（应为 string）' }]);
    await session.close();
  });

  it('refuses 100,000 broken campaigns at once, with the first 20 problems', async () => {
    const session = await openSession();
    const started = Date.now();
    const failure = failureOf(() => session.runOperation({ op: 'history.restore', args: { changes: [{ kind: 'set', path: ['campaigns'], before: null, after: { value: Array.from({ length: 100_000 }, () => ({})) } }] }, at: AT }, 0));
    expect(Date.now() - started).toBeLessThan(5_000); // regression bound: listing all 1.7 million problems took several seconds
    expect(failure.code).toBe('invalid-change');
    expect(failure.issues).toHaveLength(20);
    expect(failure.issues?.[0]?.path).toBe('campaigns[0].id');
    expect(session.getSession().state === 'open' && session.getSession()).toMatchObject({ revision: 0 });
    await session.close();
  });
});
