import { ActionIcon, ColorSwatch, Group, TextInput, Tooltip } from '@mantine/core';
import { IconPalette } from '@tabler/icons-react';
import { useState, type Ref } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { LIMITS } from '../../../../../shared/schema/primitives';
import type { NoteColor } from '../../../../../shared/schema/workshop';
import { NOTE_COLOR_CSS, NOTE_COLORS } from '../noteColors';

interface CaptureBarProps {
  inputRef: Ref<HTMLInputElement>;
  /** null = each note takes its author's colour. */
  themeColor: NoteColor | null;
  onThemeColor: (color: NoteColor | null) => void;
  onAdd: (text: string) => void;
  disabled: boolean;
  presentation: boolean;
}

/**
 * Quick capture: type, Enter, type the next one. The field keeps the focus so a facilitator can
 * take down a whole round of ideas without touching the mouse.
 */
export function CaptureBar({ inputRef, themeColor, onThemeColor, onAdd, disabled, presentation }: CaptureBarProps) {
  const { t } = useT('workshop');
  const [text, setText] = useState('');
  const size = presentation ? 'md' : 'sm';

  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput
        ref={inputRef}
        style={{ flex: 1 }}
        size={size}
        // On the projector the placeholder says it all; the label stays for screen readers.
        label={presentation ? undefined : t('board.capture.label')}
        aria-label={t('board.capture.label')}
        placeholder={t('board.capture.placeholder')}
        data-testid="note-capture"
        value={text}
        maxLength={LIMITS.mediumText}
        disabled={disabled}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Keys typed here are text, never the runner's shortcuts (Space, N, V, arrows); Esc still
          // reaches the presentation view, which leaves on it.
          if (event.key !== 'Escape') event.stopPropagation();
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            // Enter on an empty field means "done": the keys go back to the room (Space, arrows,
            // V) without Esc, which in the presentation leaves it.
            if (text.trim() === '') {
              setText('');
              event.currentTarget.blur();
              return;
            }
            onAdd(text.trim());
            setText('');
          } else if (event.key === 'Escape') {
            setText('');
            event.currentTarget.blur();
          }
        }}
      />
      <Group gap={4} wrap="nowrap" role="radiogroup" aria-label={t('board.capture.color')} pb={presentation ? 6 : 4}>
        <Tooltip label={t('board.capture.authorColor')}>
          <ActionIcon
            role="radio"
            aria-checked={themeColor === null}
            aria-label={t('board.capture.authorColor')}
            variant={themeColor === null ? 'filled' : 'default'}
            size={presentation ? 'lg' : 'md'}
            radius="xl"
            disabled={disabled}
            onClick={() => onThemeColor(null)}
          >
            <IconPalette size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
        {NOTE_COLORS.map((color) => (
          <Tooltip key={color} label={t(`colors.${color}`)}>
            <ColorSwatch
              component="button"
              type="button"
              role="radio"
              aria-checked={themeColor === color}
              aria-label={t(`colors.${color}`)}
              data-testid={`capture-color-${color}`}
              color={NOTE_COLOR_CSS[color].background}
              size={presentation ? 30 : 24}
              disabled={disabled}
              onClick={() => onThemeColor(themeColor === color ? null : color)}
              style={{
                cursor: 'pointer',
                border: `1px solid ${NOTE_COLOR_CSS[color].border}`,
                outline: themeColor === color ? '3px solid var(--mantine-color-blue-filled)' : undefined,
                outlineOffset: 1,
              }}
            />
          </Tooltip>
        ))}
      </Group>
    </Group>
  );
}
