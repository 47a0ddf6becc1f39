import { z } from 'zod';
import { companyProfile, workspaceSettings } from '../../schema/workspace';
import { requiredName } from '../../schema/primitives';
import { defineOperation } from '../../ops/defineOperation';

/** The workspace's own fields: its name, the company profile and the workspace settings. */
export const workspaceOperations = {
  'workspace.rename': defineOperation('workspace.rename', z.object({ name: requiredName }).strict(), (draft, { name }) => {
    draft.name = name;
  }),
  /** Any of the company profile's fields; the others stay as they are. */
  'company.update': defineOperation('company.update', companyProfile.partial().strict(), (draft, fields) => {
    Object.assign(draft.company, fields);
  }),
  'settings.update': defineOperation('settings.update', workspaceSettings.partial().strict(), (draft, fields) => {
    Object.assign(draft.settings, fields);
  }),
};
