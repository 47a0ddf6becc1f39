import { Alert, Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { hrefFor } from '../../../kernel/routing/route';
import { PageHeader } from '../../../kernel/ui/PageHeader';
import { useT } from '../../../kernel/i18n/typedT';

/** #/workshop/<id> for an id the workspace does not hold (deleted, or a link from another file). */
export function WorkshopNotFound() {
  const { t } = useT('workshop');
  return (
    <>
      <PageHeader title={t('detail.notFoundTitle')} />
      <Alert color="yellow" maw={720} data-testid="workshop-not-found">{t('detail.notFound')}</Alert>
      <Button component="a" href={hrefFor('workshop')} variant="light" mt="md" leftSection={<IconArrowLeft size={16} aria-hidden />}>
        {t('detail.backToList')}
      </Button>
    </>
  );
}
