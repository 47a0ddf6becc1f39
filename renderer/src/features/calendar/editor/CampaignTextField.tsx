import type { z } from 'zod';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import type { CampaignFormProps } from './editorTypes';

interface CampaignTextFieldProps {
  label: string;
  value: string;
  schema: z.ZodType;
  onCommit: (value: string) => void;
  form: Pick<CampaignFormProps, 'canEdit'>;
  multiline?: boolean;
}

/** A text field of the editor: the shared validated field, without the per-field save hint (the modal is dense). */
export function CampaignTextField({ label, value, schema, onCommit, form, multiline }: CampaignTextFieldProps) {
  return (
    <ValidatedTextField label={label} value={value} schema={schema} onCommit={onCommit} disabled={!form.canEdit} multiline={multiline} description={null} minRows={2} />
  );
}
