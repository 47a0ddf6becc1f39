import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmptyWorkspace } from '../../shared/samplePlan/samplePlan';
import { readWorkspaceFile, serializeWorkspace } from './workspaceFile';

async function fileWith(content: string | Uint8Array): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'sb-wsfile-')), 'plan.json');
  await writeFile(file, content);
  return file;
}

describe('readWorkspaceFile', () => {
  it('refuses a file that is not UTF-8 rather than opening it with "�" that the next save would keep', async () => {
    const text = serializeWorkspace({ ...createEmptyWorkspace('en', new Date()), name: 'NAME' });
    const [before, after] = text.split('NAME') as [string, string];
    const gbk = Buffer.concat([Buffer.from(before), Buffer.from([0xca, 0xd0, 0xb3, 0xa1]), Buffer.from(after)]);
    const result = await readWorkspaceFile(await fileWith(gbk));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({ kind: 'not-json', detail: expect.stringMatching(/^the file is not UTF-8 text \(the first invalid byte is on line 4, at byte offset \d+\).*GBK/) });
  });

  it('still opens UTF-8 with a BOM, and hands back the text as it was', async () => {
    const text = `\uFEFF${serializeWorkspace(createEmptyWorkspace('zh-CN', new Date()))}`;
    const result = await readWorkspaceFile(await fileWith(text));
    expect(result.ok && result.text).toBe(text);
  });

  it.skipIf(process.platform === 'win32')('refuses a device instead of reading it forever', async () => {
    const result = await readWorkspaceFile('/dev/zero');
    expect(!result.ok && result.problem).toMatchObject({ kind: 'io', detail: expect.stringMatching(/not a regular file/) });
  });
});
