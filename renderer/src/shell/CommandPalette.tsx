import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../kernel/i18n/typedT';
import { useFileActions } from '../kernel/files/useFileActions';
import { keywordsFor } from '../kernel/i18n/keywords';
import { navigate } from '../kernel/routing/useHashRoute';
import { LANGUAGE_OPTIONS, THEME_OPTIONS } from '../kernel/ui/appearanceOptions';
import { useOpenSession, useWorkspaceSnapshot, useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';
import { AREAS, PALETTE_GROUP_HOOKS } from './areaRegistry';
import { openAbout } from './commands/AboutContent';

/** Ctrl/Cmd+K: jump to any area or run any command without the mouse. */
export function CommandPalette() {
  const { t } = useT('app');
  const store = useWorkspaceStore();
  const files = useFileActions();
  const session = useOpenSession();
  const { appInfo } = useWorkspaceSnapshot();
  const [query, setQuery] = useState('');

  const own = useMemo(() => {
    const go = AREAS.map(({ id, navKey, icon: Icon }) => ({
      id: `go-${id}`,
      label: t('palette.goTo', { area: t(navKey) }),
      keywords: keywordsFor(navKey),
      leftSection: <Icon size={18} aria-hidden />,
      onClick: () => navigate(id),
    }));
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
    return {
      go: { group: t('palette.groupGo'), actions: go },
      rest: [
        { group: t('palette.groupEdit'), actions: edit },
        { group: t('palette.groupFile'), actions: file },
        { group: t('palette.groupView'), actions: view },
      ],
    };
  }, [t, store, files, session, appInfo]);
  // The areas' own groups (strategy, documents…) come after "Go to", in registry order.
  // PALETTE_GROUP_HOOKS is fixed when the module loads, so every render calls the same hooks in
  // the same order, which is what the rules of hooks require.
  // eslint-disable-next-line react-hooks/rules-of-hooks -- a constant list of hooks, see above
  const areaGroups = PALETTE_GROUP_HOOKS.map((usePaletteGroup) => usePaletteGroup(query));
  const actions: SpotlightActionGroupData[] = [own.go, ...areaGroups, ...own.rest];

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
