import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './routes';

describe('hash routes', () => {
  it('reads the area and optional section', () => {
    expect(parseHash('#/settings')).toEqual({ area: 'settings', section: null });
    expect(parseHash('#/settings/backups')).toEqual({ area: 'settings', section: 'backups' });
    expect(parseHash(hrefFor('calendar'))).toEqual({ area: 'calendar', section: null });
  });

  it('falls back to the dashboard for empty or unknown hashes', () => {
    expect(parseHash('')).toEqual({ area: 'dashboard', section: null });
    expect(parseHash('#/nope/x')).toEqual({ area: 'dashboard', section: null });
  });
});
