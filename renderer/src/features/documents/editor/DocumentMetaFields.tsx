import { Select, SimpleGrid } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import type { OperationArgs } from '../../../../../shared/ops/registry';
import { documentKind, productDocument, type DocumentKind, type ProductDocument } from '../../../../../shared/schema/document';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';

/** Title, product, author, type and the linked strategy: what the cover of every export shows. */
export function DocumentMetaFields({ doc, disabled }: { doc: ProductDocument; disabled: boolean }) {
  const { t } = useT('documents');
  const { t: tMain } = useT('app');
  const session = useOpenSession();
  const run = useRun();
  const update = (fields: OperationArgs<'document.update'>['fields']) => run('document.update', { documentId: doc.id, fields });
  const strategies = session?.workspace.strategies ?? [];
  const shape = productDocument.shape;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
      <ValidatedTextField label={t('meta.docTitle')} value={doc.title} schema={shape.title} description={null} disabled={disabled} onCommit={(title) => update({ title })} />
      <ValidatedTextField label={t('meta.product')} value={doc.product} schema={shape.product} description={null} disabled={disabled} onCommit={(product) => update({ product })} />
      <ValidatedTextField label={t('meta.author')} value={doc.author} schema={shape.author} description={null} disabled={disabled} onCommit={(author) => update({ author })} />
      <Select
        label={t('meta.kind')}
        data={documentKind.options.map((value) => ({ value, label: tMain(`enums.documentKind.${value}`) }))}
        value={doc.kind}
        onChange={(value) => value && update({ kind: value as DocumentKind })}
        allowDeselect={false}
        disabled={disabled}
      />
      <Select
        label={t('meta.strategy')}
        data={[{ value: '', label: t('meta.noStrategy') }, ...strategies.map((s) => ({ value: s.id, label: s.name }))]}
        value={doc.strategyId ?? ''}
        onChange={(value) => update({ strategyId: value || null })}
        allowDeselect={false}
        disabled={disabled}
      />
    </SimpleGrid>
  );
}
