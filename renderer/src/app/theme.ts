import { createTheme } from '@mantine/core';

/**
 * The one Mantine theme. System fonts with explicit CJK fallbacks, so 中文 text uses a proper
 * Chinese face on every platform (Debian's Noto CJK, macOS PingFang, Windows YaHei) with no
 * font download, which the CSP would forbid anyway.
 */
const fontStack = [
  'system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial',
  '"Noto Sans CJK SC"', '"Noto Sans SC"', '"PingFang SC"', '"Microsoft YaHei"', 'sans-serif',
].join(', ');

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 in dark mode keeps white button text above 4.5:1 contrast; lighter shades did not.
  primaryShade: { light: 7, dark: 6 },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
});
