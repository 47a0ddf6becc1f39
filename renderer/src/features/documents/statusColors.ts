import type { DocumentStatus } from '../../../../shared/schema/document';

/** One colour per workflow status, the same in the list, the editor header and the palette. */
export const STATUS_COLORS: Record<DocumentStatus, string> = { draft: 'gray', 'in-review': 'yellow', approved: 'teal', 'handed-off': 'blue' };
