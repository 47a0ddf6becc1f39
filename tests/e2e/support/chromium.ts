import { existsSync } from 'node:fs';

/** Debian's Chromium (Playwright's own browser download is not possible offline). */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('Chromium not found. Install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.');
  }
  return found;
}
