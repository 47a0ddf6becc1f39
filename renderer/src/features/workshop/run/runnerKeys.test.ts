import { describe, expect, it } from 'vitest';
import { runnerKeyAction, type KeyPress } from './runnerKeys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key, repeat: false, ctrlKey: false, metaKey: false, altKey: false,
  inTextField: false, inOwnKeyControl: false, onButton: false, inDialog: false, onSelectedTab: false, ...extra,
});

describe('runnerKeyAction', () => {
  it('maps the presentation keys', () => {
    expect(runnerKeyAction(press(' '), true)).toBe('toggle');
    expect(runnerKeyAction(press('ArrowRight'), true)).toBe('next');
    expect(runnerKeyAction(press('PageDown'), true)).toBe('next');
    expect(runnerKeyAction(press('ArrowLeft'), true)).toBe('previous');
    expect(runnerKeyAction(press('PageUp'), true)).toBe('previous');
    expect(runnerKeyAction(press('n'), true)).toBe('new-note');
    expect(runnerKeyAction(press('N'), true)).toBe('new-note');
    expect(runnerKeyAction(press('v'), true)).toBe('toggle-voting');
    expect(runnerKeyAction(press('Escape'), true)).toBe('leave');
    expect(runnerKeyAction(press('x'), true)).toBeNull();
  });

  it('leaves typing alone, except Esc while presenting', () => {
    expect(runnerKeyAction(press(' ', { inTextField: true }), true)).toBeNull();
    expect(runnerKeyAction(press('n', { inTextField: true }), true)).toBeNull();
    expect(runnerKeyAction(press('ArrowRight', { inTextField: true }), true)).toBeNull();
    expect(runnerKeyAction(press('Escape', { inTextField: true }), true)).toBe('leave');
  });

  it('ignores shortcuts with modifiers, held keys, dialogs and controls with their own keys', () => {
    expect(runnerKeyAction(press('n', { ctrlKey: true }), true)).toBeNull();
    expect(runnerKeyAction(press('v', { metaKey: true }), true)).toBeNull();
    expect(runnerKeyAction(press('ArrowRight', { repeat: true }), true)).toBeNull();
    expect(runnerKeyAction(press('Escape', { inDialog: true }), true)).toBeNull();
    expect(runnerKeyAction(press(' ', { inDialog: true }), true)).toBeNull();
    expect(runnerKeyAction(press('ArrowLeft', { inOwnKeyControl: true }), true)).toBeNull();
  });

  it('lets a focused button keep Space outside the presentation, and has no Esc there', () => {
    expect(runnerKeyAction(press(' ', { onButton: true }), false)).toBeNull();
    expect(runnerKeyAction(press(' ', { onButton: true }), true)).toBe('toggle');
    expect(runnerKeyAction(press(' '), false)).toBe('toggle');
    expect(runnerKeyAction(press('Escape'), false)).toBeNull();
  });

  it('keeps the letters and arrows working while a note or another button has the focus', () => {
    expect(runnerKeyAction(press('v', { onButton: true }), false)).toBe('toggle-voting');
    expect(runnerKeyAction(press('n', { onButton: true }), false)).toBe('new-note');
    expect(runnerKeyAction(press('ArrowRight', { onButton: true }), false)).toBe('next');
  });

  it('starts from the Run tab just clicked, but leaves the arrows to the tabs', () => {
    const tab = { onButton: true, inOwnKeyControl: true, onSelectedTab: true };
    expect(runnerKeyAction(press(' ', tab), false)).toBe('toggle');
    expect(runnerKeyAction(press('n', tab), false)).toBe('new-note');
    expect(runnerKeyAction(press('ArrowRight', tab), false)).toBeNull();
    expect(runnerKeyAction(press('ArrowLeft', tab), false)).toBeNull();
    expect(runnerKeyAction(press(' ', { onButton: true, inOwnKeyControl: true }), false)).toBeNull();
  });
});
