import { describe, expect, it } from 'vitest';
import { quitActionFor, unsavedQuitDialog } from './quitPrompt';

describe('the unsaved-changes question on quit', () => {
  it('offers save a copy, quit without saving and cancel, in that order, in both languages', () => {
    const en = unsavedQuitDialog('en', '/plans/2027.json', 'The disk is full.');
    expect(en.buttons).toEqual(['Save a copy…', 'Quit without saving', 'Cancel']);
    expect(en.detail).toContain('/plans/2027.json');
    expect(en.detail).toContain('The disk is full.');
    expect(unsavedQuitDialog('zh-CN', 'x', 'y').buttons).toEqual(['另存副本…', '不保存并退出', '取消']);
    expect(en.cancelId).toBe(2);
  });

  it('maps the answer; Esc or an unknown answer never quits', () => {
    expect(quitActionFor(0)).toBe('save-copy');
    expect(quitActionFor(1)).toBe('quit-without-saving');
    expect(quitActionFor(2)).toBe('cancel');
    expect(quitActionFor(7)).toBe('cancel');
  });
});
