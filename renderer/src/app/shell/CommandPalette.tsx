import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import type { ParseKeys } from 'i18next';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openAbout } from '../commands/AboutContent';
import { useFileActions } from '../files/useFileActions';
import { i18n } from '../i18n/i18n';
import { AREAS } from '../routing/areas';
import { navigate } from '../routing/useHashRoute';
import { useOpenSession, useWorkspaceSnapshot, useWorkspaceStore } from '../workspace/WorkspaceContext';
import { useStrategyActions } from '../../features/strategy/useStrategyActions';
import { useDocumentPaletteActions } from '../../features/documents/useDocumentPaletteActions';
import { AREA_ICONS } from './areaIcons';
import { LANGUAGE_OPTIONS } from './LanguageMenu';
import { THEME_OPTIONS } from './ThemeMenu';

/** Both languages' words as keywords, so "策略" and "strategy" find the same action either way. */
function keywordsFor(key: ParseKeys): string[] {
  return [i18n.getFixedT('en')(key), i18n.getFixedT('zh-CN')(key)];
}

/** Ctrl/Cmd+K: jump to any area or run any command without the mouse. */
export function CommandPalette() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const files = useFileActions();
  const session = useOpenSession();
  const { appInfo } = useWorkspaceSnapshot();
  const createStrategy = useStrategyActions().create;
  const [query, setQuery] = useState('');
  const documents = useDocumentPaletteActions(query);

  const actions = useMemo<SpotlightActionGroupData[]>(() => {
    const go = AREAS.map((area) => {
      const Icon = AREA_ICONS[area];
      return {
        id: `go-${area}`,
        label: t('palette.goTo', { area: t(`nav.${area}`) }),
        keywords: keywordsFor(`nav.${area}`),
        leftSection: <Icon size={18} aria-hidden />,
        onClick: () => navigate(area),
      };
    });
    const edit = [
      { id: 'undo', label: t('edit.undo'), keywords: keywordsFor('edit.undo'), onClick: () => void store.undo() },
      { id: 'redo', label: t('edit.redo'), keywords: keywordsFor('edit.redo'), onClick: () => void store.redo() },
    ];
    const file = [
      { id: 'new-workspace', label: t('file.newWorkspace'), keywords: keywordsFor('file.newWorkspace'), onClick: () => void files.newWorkspace() },
      { id: 'open-workspace', label: t('file.open'), keywords: keywordsFor('file.open'), onClick: () => void files.openWorkspace() },
      ...(session ? [{ id: 'save-copy', label: t('file.saveCopy'), keywords: keywordsFor('file.saveCopy'), onClick: () => void files.saveCopy() }] : []),
      { id: 'show-backups', label: t('file.showBackups'), keywords: keywordsFor('file.showBackups'), onClick: files.showBackups },
    ];
    const view = [
      ...LANGUAGE_OPTIONS.map((option) => ({
        id: `language-${option.value}`,
        label: t('palette.switchLanguage', { language: t(option.key) }),
        keywords: [...keywordsFor('language.label'), 'language', '语言'],
        onClick: () => void store.updateAppSettings({ language: option.value }),
      })),
      ...THEME_OPTIONS.map((option) => ({
        id: `theme-${option.value}`,
        label: t('palette.switchTheme', { theme: t(option.key) }),
        keywords: [...keywordsFor('theme.label'), ...keywordsFor(option.key)],
        onClick: () => void store.updateAppSettings({ theme: option.value }),
      })),
      { id: 'about', label: t('palette.about'), keywords: keywordsFor('palette.about'), onClick: () => openAbout(appInfo) },
    ];
    // Each strategy is a place to jump to; names in the workspace's language are the keywords.
    const strategies = [
      { id: 'strategy-new', label: t('strategy.palette.new'), keywords: keywordsFor('strategy.palette.new'), onClick: () => createStrategy() },
      { id: 'strategy-compare', label: t('strategy.palette.compare'), keywords: keywordsFor('strategy.palette.compare'), onClick: () => navigate('strategy', 'compare') },
      ...(session?.workspace.strategies ?? []).map((strategy) => ({
        id: `strategy-${strategy.id}`,
        label: t('strategy.palette.open', { name: strategy.name }),
        keywords: [strategy.product, strategy.market, ...keywordsFor('nav.strategy')],
        onClick: () => navigate('strategy', strategy.id),
      })),
    ];
    return [
      { group: t('palette.groupGo'), actions: go },
      { group: t('nav.strategy'), actions: strategies },
      documents,
      { group: t('palette.groupEdit'), actions: edit },
      { group: t('palette.groupFile'), actions: file },
      { group: t('palette.groupView'), actions: view },
    ];
  }, [t, store, files, session, appInfo, createStrategy, documents]);

  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      // Also from inside text fields: the palette is the way out of anywhere.
      tagsToIgnore={[]}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      limit={40}
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.open'),
      }}
    />
  );
}
