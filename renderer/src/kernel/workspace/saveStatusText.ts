import type { TFn } from '../i18n/typedT';
import type { SaveStatus } from '../../../../shared/contract/session';

/** The one wording of the save state, shared by the header, the dashboard and the banner. */
export function saveStatusText(save: SaveStatus, t: TFn<'app'>): string {
  if (save.state === 'error' && save.error) return saveErrorText(save.error, t);
  if (save.state === 'pending' || save.state === 'saving') return t('save.saving');
  return t('save.saved');
}

export function saveErrorText(error: NonNullable<SaveStatus['error']>, t: TFn<'app'>): string {
  switch (error.code) {
    case 'vanished':
      return t('save.errorVanished');
    case 'read-only':
      return t('save.errorReadOnly');
    case 'changed-on-disk':
      return t('save.errorChangedOnDisk');
    default:
      return t('save.errorIo', { message: error.message });
  }
}
