import { Button, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useT } from '../../../kernel/i18n/typedT';
import { nextStatuses } from '../../../../../shared/documents/changeControl';
import type { DocumentStatus, ProductDocument } from '../../../../../shared/schema/document';

/** The workflow draft → in review → approved → handed off: only the next steps are offered. */
export function StatusControl({ doc, disabled, onChange }: { doc: ProductDocument; disabled: boolean; onChange: (status: DocumentStatus) => void }) {
  const { t } = useT('documents');
  const { t: tMain } = useT('app');
  const options = nextStatuses(doc.status);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />} disabled={disabled || options.length === 0}>
          {t('meta.status')}: {tMain(`enums.documentStatus.${doc.status}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {options.map((status) => (
          <Menu.Item key={status} onClick={() => onChange(status)}>
            {t('meta.moveTo', { status: tMain(`enums.documentStatus.${status}`) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
