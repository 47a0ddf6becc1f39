import type { Adapter } from 'lowdb';
import { workspace, type Workspace } from '../../shared/schema/workspace';
import { summarizeIssues } from '../../shared/validation/issues';
import { RpcFailure } from '../../shared/contract/errors';
import { writeFileAtomic } from './atomicWrite';
import { readWorkspaceFile, serializeWorkspace } from './workspaceFile';

/**
 * lowdb adapter for a workspace file: reads through the validating reader and writes only
 * documents that pass the schema, atomically. The last written text is kept so the
 * backup policy can reuse it without serialising twice.
 */
export class ValidatedJsonAdapter implements Adapter<Workspace> {
  lastWrittenText: string | null = null;

  constructor(public readonly filePath: string) {}

  async read(): Promise<Workspace | null> {
    const result = await readWorkspaceFile(this.filePath);
    if (!result.ok) throw new RpcFailure('io', result.problem.detail, result.problem.issues);
    return result.workspace;
  }

  async write(data: Workspace): Promise<void> {
    const checked = workspace.safeParse(data);
    if (!checked.success) {
      throw new RpcFailure('invalid-change', 'Refusing to save a workspace that does not validate.', summarizeIssues(checked.error.issues));
    }
    const text = serializeWorkspace(checked.data);
    // A hard-linked workspace (another name for the same file) keeps its links: written in place.
    await writeFileAtomic(this.filePath, text, { inPlaceForHardLinks: true });
    this.lastWrittenText = text;
  }
}
