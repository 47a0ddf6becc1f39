import { ColorSwatch, Group, Select, Text } from '@mantine/core';
import { noteColor, type NoteColor } from '../../../../../shared/schema/workshop';
import { NOTE_COLOR_CSS, NOTE_COLORS } from '../noteColors';
import { useT } from '../../../kernel/i18n/typedT';

function Swatch({ color, size = 16 }: { color: NoteColor; size?: number }) {
  const css = NOTE_COLOR_CSS[color];
  return <ColorSwatch color={css.background} size={size} withShadow={false} style={{ border: `1px solid ${css.border}` }} aria-hidden />;
}

/** Picks a sticky-note colour; each option shows its swatch beside its name (never colour alone). */
export function NoteColorSelect({ label, value, onChange, disabled }: { label: string; value: NoteColor; onChange: (color: NoteColor) => void; disabled?: boolean }) {
  const { t } = useT('workshop');
  return (
    <Select
      aria-label={label}
      data={NOTE_COLORS.map((color) => ({ value: color, label: t(`colors.${color}`) }))}
      value={value}
      disabled={disabled}
      allowDeselect={false}
      w={130}
      leftSection={<Swatch color={value} />}
      renderOption={({ option }) => {
        const color = noteColor.parse(option.value);
        return <Group gap="xs" wrap="nowrap"><Swatch color={color} /><Text size="sm">{option.label}</Text></Group>;
      }}
      onChange={(next) => {
        const parsed = noteColor.safeParse(next);
        if (parsed.success && parsed.data !== value) onChange(parsed.data);
      }}
    />
  );
}
