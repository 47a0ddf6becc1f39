import { Alert, createTheme } from '@mantine/core';

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
  // Shade 7 keeps white button text above 4.5:1 contrast in both themes (indigo 6 is 4.3:1 — axe-core).
  primaryShade: { light: 7, dark: 7 },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // An alert's title in its own colour (yellow, orange on a tint of the same) falls below 4.5:1
    // contrast; the icon and the tint carry the colour, the title reads in the text colour.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});
