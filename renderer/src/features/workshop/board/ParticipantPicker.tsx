import { Button, ColorSwatch, Group, Text } from '@mantine/core';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopParticipant } from '../../../../../shared/schema/workshop';
import { NOTE_COLOR_CSS } from '../noteColors';

interface ParticipantPickerProps {
  label: string;
  participants: readonly WorkshopParticipant[];
  value: string | null;
  onChange: (participantId: string | null) => void;
  /** "Room" (no participant) is offered for notes, not for votes. */
  allowRoom: boolean;
  size: 'xs' | 'sm' | 'md';
  /** Extra text after a name, e.g. the dots left. */
  suffix?: (participant: WorkshopParticipant) => string;
}

/** Who is writing or voting: one toggle button per participant, in their note colour. */
export function ParticipantPicker({ label, participants, value, onChange, allowRoom, size, suffix }: ParticipantPickerProps) {
  const { t } = useT('workshop');
  const option = (id: string | null, name: string, color: string | null, extra?: string) => (
    <Button
      key={id ?? 'room'}
      size={size}
      radius="xl"
      variant={value === id ? 'filled' : 'default'}
      aria-pressed={value === id}
      data-testid={`participant-${id ?? 'room'}`}
      leftSection={color ? <ColorSwatch color={color} size={14} style={{ border: '1px solid #000' }} /> : null}
      onClick={() => onChange(id)}
    >
      {name}{extra ? ` · ${extra}` : ''}
    </Button>
  );
  return (
    <Group gap={6} role="group" aria-label={label}>
      <Text size={size} fw={600}>{label}</Text>
      {allowRoom && option(null, t('board.participant.room'), null)}
      {participants.map((p) => option(p.id, p.name, NOTE_COLOR_CSS[p.color].background, suffix?.(p)))}
    </Group>
  );
}
