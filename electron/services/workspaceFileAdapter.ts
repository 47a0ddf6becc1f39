import type { Adapter } from 'lowdb';
import type { Workspace } from '../../shared/schema/workspace';
import { writeFileAtomic } from './atomicWrite';
import { serializeWorkspace } from './workspaceFile';

/**
 * lowdb's adapter for a workspace file: writes atomically. It does not validate again: the file
 * was validated as a whole when it was read, and every change since was an operation whose
 * touched entities and rules were checked when it ran (shared/ops/runOperation.ts), so a save
 * costs what serialising and writing cost. Reading goes through readWorkspaceFile (migrations,
 * limits, a damaged file never overwritten), never through lowdb. The last written text is kept
 * so the backup policy can reuse it without serialising twice.
 */
export class WorkspaceFileAdapter implements Adapter<Workspace> {
  lastWrittenText: string | null = null;

  constructor(public readonly filePath: string) {}

  read(): Promise<Workspace | null> {
    return Promise.reject(new Error('Workspace files are read with readWorkspaceFile, which validates and migrates them.'));
  }

  async write(data: Workspace): Promise<void> {
    const text = serializeWorkspace(data);
    // A hard-linked workspace (another name for the same file) keeps its links: written in place.
    await writeFileAtomic(this.filePath, text, { inPlaceForHardLinks: true });
    this.lastWrittenText = text;
  }
}
