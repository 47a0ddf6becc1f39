import type { ExternalChangeInfo, SaveStatus } from '../../shared/contract/session';
import type { AppEvent } from '../../shared/contract/events';
import { RpcFailure } from '../../shared/contract/errors';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/workspace';
import { compareWorkspaces } from '../../shared/workspace/compareWorkspaces';
import type { DiskCheck, FileIdentity } from './fileIdentity';
import { hashOnlyIdentity, hashBytes } from './fileIdentity';
import { parseWorkspaceBytes, type ReadResult } from './workspaceFile';
import type { OpenState } from './sessionState';

/** Someone else's version of the open file, as it was read from disk. */
export interface ExternalVersion {
  bytes: Buffer;
  read: ReadResult;
  /** null while the file was still being written when read: the next check reads it again. */
  identity: FileIdentity | null;
  changedAt: string | null;
}

export interface ExternalChangeHost {
  setSave(state: OpenState, save: SaveStatus): void;
  emit(event: AppEvent): void;
  /** Writes bytes to a new file beside the workspace (or the fallback folder); returns its path. */
  writeCopyBeside(state: OpenState, label: 'my unsaved changes' | 'their version', bytes: string | Buffer): Promise<string>;
}

/**
 * What happens when the open file changed on disk under this session: the other version is backed
 * up the moment it is seen; with nothing unsaved here it is simply reloaded (and the user told);
 * with unsaved edits nothing is written until the user chooses — reload theirs (mine are copied
 * beside the file first) or keep mine (theirs are copied first). A newer-format file is never
 * written by this build: it is shown read-only and unsaved edits go to a copy.
 */
export class ExternalChanges {
  constructor(private readonly host: ExternalChangeHost) {}

  async seen(state: OpenState, check: Extract<DiskCheck, { kind: 'changed' }>): Promise<void> {
    if (check.bytes === null) return; // unreadable right now (locked by a sync tool): the next check tries again
    const read = parseWorkspaceBytes(state.path, check.bytes, true);
    const version: ExternalVersion = {
      bytes: check.bytes,
      read,
      identity: check.identity ?? hashOnlyIdentity(hashBytes(check.bytes)),
      changedAt: check.modifiedAt,
    };
    if (read.ok) await state.backups.add(read.text, 'external').catch(() => false);

    if (read.ok && read.newerVersion !== null) {
      // Never downgrade: read-only from now on; unsaved edits are kept beside the file.
      const copy = state.dirty ? await this.host.writeCopyBeside(state, 'my unsaved changes', mineText(state)).catch(() => null) : null;
      this.adopt(state, version, read);
      state.readOnly = { reason: 'newer-version', fileVersion: read.newerVersion };
      state.lock?.release().catch(() => {});
      state.lock = null;
      const message = copy ? `Your unsaved edits were written to ${copy}.` : 'There were no unsaved edits.';
      this.host.setSave(state, { state: 'saved', lastSavedAt: version.changedAt, error: { code: 'changed-on-disk', message, changedAt: version.changedAt ?? undefined } });
      this.host.emit({ name: 'sessionChanged', payload: { reason: 'reloaded', changedAt: version.changedAt ?? undefined } });
      return;
    }
    if (read.ok && !state.dirty) {
      this.adopt(state, version, read);
      this.host.emit({ name: 'sessionChanged', payload: { reason: 'reloaded', changedAt: version.changedAt ?? undefined } });
      return;
    }
    state.external = version;
    this.hold(state);
  }

  /** The save status while a choice is pending: an error naming the change, kept until resolved. */
  hold(state: OpenState): void {
    const external = state.external;
    if (!external) return;
    const damaged = !external.read.ok;
    const message = damaged
      ? `${state.path} was changed on disk and is not a readable workspace right now (a sync in progress?). Your edits are kept here; nothing is written until you choose.`
      : `${state.path} was changed on disk by someone else. Your unsaved edits are kept here; nothing is written until you choose.`;
    this.host.setSave(state, { state: 'error', lastSavedAt: state.save.lastSavedAt, error: { code: 'changed-on-disk', message, changedAt: external.changedAt ?? undefined } });
  }

  info(state: OpenState): ExternalChangeInfo {
    const external = state.external;
    if (!external) throw new RpcFailure('invalid-input', 'The file on disk has not changed.');
    const read = external.read;
    const theirs = !read.ok ? 'damaged' : read.newerVersion !== null ? 'newer' : 'valid';
    const comparison = read.ok && theirs === 'valid' ? compareWorkspaces(state.db.data, read.workspace) : null;
    return {
      filePath: state.path,
      changedAt: external.changedAt,
      theirs,
      comparison: comparison ? { sections: comparison.sections, entities: comparison.entities } : null,
    };
  }

  /** Applies the user's choice; returns the path of the copy that keeps the other side. */
  async resolve(state: OpenState, choice: 'reload-theirs' | 'keep-mine'): Promise<string | null> {
    const external = state.external;
    if (!external) throw new RpcFailure('invalid-input', 'The file on disk has not changed; there is nothing to choose.');
    if (choice === 'reload-theirs') {
      if (!external.read.ok) throw new RpcFailure('invalid-input', 'The file on disk is not a readable workspace right now, so it cannot be reloaded. Keep mine, or wait for the sync to finish.');
      const copy = state.dirty ? await this.host.writeCopyBeside(state, 'my unsaved changes', mineText(state)) : null;
      this.adopt(state, external, external.read);
      this.host.emit({ name: 'sessionChanged', payload: { reason: 'reloaded', changedAt: external.changedAt ?? undefined } });
      return copy;
    }
    const copy = await this.host.writeCopyBeside(state, 'their version', external.bytes);
    // Theirs is safe in the copy (and in the backups): the next save may replace exactly that version.
    state.identity = external.identity;
    state.external = null;
    state.dirty = true;
    this.host.setSave(state, { state: 'pending', lastSavedAt: state.save.lastSavedAt, error: null });
    return copy;
  }

  private adopt(state: OpenState, version: ExternalVersion, read: Extract<ReadResult, { ok: true }>): void {
    state.db.data = read.workspace;
    state.revision += 1;
    state.recent.clear(); // an edit based on the version before cannot be compared with this one
    state.dirty = false;
    state.external = null;
    state.identity = version.identity;
    state.migratedFrom = read.fromVersion < CURRENT_SCHEMA_VERSION ? read.fromVersion : null;
    this.host.setSave(state, { state: 'saved', lastSavedAt: version.changedAt, error: null });
  }
}

function mineText(state: OpenState): string {
  return `${JSON.stringify(state.db.data, null, 2)}\n`;
}
