import { Badge, Box, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { diffRequirements, diffTextBlocks, textBlocks, type ComparedRequirementField, type DiffBlock } from '../../../../../shared/documents/diff';
import type { ProductDocument } from '../../../../../shared/schema/document';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { htmlToRichDoc } from '../../../kernel/richText/htmlToRich';
import { useT } from '../../../kernel/i18n/typedT';
import { CURRENT } from './versionIds';

interface Side { name: string; bodyHtml: string; requirements: ProductDocument['requirements'] }

function sideOf(doc: ProductDocument, id: string, currentName: string): Side {
  const version = doc.versions.find((v) => v.id === id);
  if (!version || id === CURRENT) return { name: currentName, bodyHtml: doc.bodyHtml, requirements: doc.requirements };
  return { name: version.name, bodyHtml: version.bodyHtml, requirements: version.requirements ?? [] };
}

const BLOCK_BACKGROUND: Record<DiffBlock['kind'], string | undefined> = {
  same: undefined,
  changed: undefined,
  added: 'var(--mantine-color-green-light)',
  removed: 'var(--mantine-color-red-light)',
};

const FIELD_LABEL_KEYS = {
  title: 'requirements.form.title',
  description: 'requirements.form.description',
  priority: 'requirements.priority',
  acceptanceCriteria: 'requirements.form.acceptance',
  status: 'requirements.status',
  owner: 'requirements.owner',
  personaOrSegmentId: 'requirements.form.segment',
} as const satisfies Record<ComparedRequirementField, string>;

/** What changed between two versions: paragraphs added/removed, words changed inside a paragraph, requirements. */
export function VersionDiff({ doc, fromId, toId }: { doc: ProductDocument; fromId: string; toId: string }) {
  const { t } = useT('documents');
  const language = currentLanguage();
  const before = sideOf(doc, fromId, t('versions.current'));
  const after = sideOf(doc, toId, t('versions.current'));
  const blocks = useMemo(
    () => diffTextBlocks(textBlocks(htmlToRichDoc(before.bodyHtml)), textBlocks(htmlToRichDoc(after.bodyHtml))),
    [before.bodyHtml, after.bodyHtml],
  );
  const reqs = useMemo(() => diffRequirements(before.requirements, after.requirements), [before.requirements, after.requirements]);
  const changedBlocks = blocks.filter((block) => block.kind !== 'same');
  const reqChanges = reqs.added.length + reqs.removed.length + reqs.changed.length;

  return (
    <Paper withBorder p="md" radius="md" data-testid="version-diff">
      <Title order={3} size="h5" mb="sm">{t('versions.diffTitle', { from: before.name, to: after.name })}</Title>
      {changedBlocks.length === 0 && reqChanges === 0 ? (
        <Text c="dimmed">{t('versions.noDifferences')}</Text>
      ) : (
        <Stack gap={6}>
          {changedBlocks.map((block, index) => (
            <Box key={index} p={6} style={{ background: BLOCK_BACKGROUND[block.kind], borderRadius: 4 }} data-diff={block.kind}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {block.parts.map((part, partIndex) => (
                  part.added ? <ins key={partIndex} style={{ background: 'var(--mantine-color-green-light)', textDecoration: 'none', fontWeight: 600 }}>{part.text}</ins>
                    : part.removed ? <del key={partIndex} style={{ background: 'var(--mantine-color-red-light)' }}>{part.text}</del>
                      : <span key={partIndex}>{part.text}</span>
                ))}
              </Text>
            </Box>
          ))}
          {reqChanges > 0 && (
            <Stack gap={4} mt="sm">
              <Text fw={600} size="sm">{t('versions.requirementsChanged')}</Text>
              {reqs.added.map((r) => <Text key={`a-${r.id}`} size="sm"><Badge size="xs" color="green" mr={6}>{t('versions.reqAdded')}</Badge>{r.key} {r.title}</Text>)}
              {reqs.removed.map((r) => <Text key={`r-${r.id}`} size="sm"><Badge size="xs" color="red" mr={6}>{t('versions.reqRemoved')}</Badge>{r.key} {r.title}</Text>)}
              {reqs.changed.map((c) => <Text key={`c-${c.key}`} size="sm"><Badge size="xs" color="yellow" mr={6}>{t('versions.reqChanged', { fields: c.fields.map((field) => t(FIELD_LABEL_KEYS[field])).join(language === 'zh-CN' ? '、' : ', ') })}</Badge>{c.key} {c.after.title}</Text>)}
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
