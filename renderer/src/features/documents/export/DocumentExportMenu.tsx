import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import type { ProductDocument } from '../../../../../shared/schema/document';
import { useT } from '../../../kernel/i18n/typedT';
import { useDocumentExport, type ExportFormat } from './useDocumentExport';

const FORMATS: ExportFormat[] = ['pdf', 'docx', 'markdown', 'html'];

/** Export ▾ PDF / Word / Markdown / HTML. Shows a spinner while a file is being made. */
export function DocumentExportMenu({ doc }: { doc: ProductDocument }) {
  const { t } = useT('documents');
  const { busy, run } = useDocumentExport(doc);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy !== null} leftSection={<IconFileExport size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
          {t('export.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FORMATS.map((format) => (
          <Menu.Item key={format} onClick={() => void run(format)}>{t(`export.${format}`)}</Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
