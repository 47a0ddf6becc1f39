import { describe, expect, it } from 'vitest';
import { splitMinutes, totalMinutes } from './duration';

describe('splitMinutes', () => {
  it('splits into hours and the remaining minutes', () => {
    expect(splitMinutes(170)).toEqual({ hours: 2, minutes: 50 });
    expect(splitMinutes(45)).toEqual({ hours: 0, minutes: 45 });
    expect(splitMinutes(120)).toEqual({ hours: 2, minutes: 0 });
  });
  it('never answers negative or fractional parts', () => {
    expect(splitMinutes(-5)).toEqual({ hours: 0, minutes: 0 });
    expect(splitMinutes(59.6)).toEqual({ hours: 1, minutes: 0 });
  });
});

describe('totalMinutes', () => {
  it('adds up the timeboxes', () => {
    expect(totalMinutes([{ minutes: 20 }, { minutes: 30 }, { minutes: 40 }])).toBe(90);
    expect(totalMinutes([])).toBe(0);
  });
});
