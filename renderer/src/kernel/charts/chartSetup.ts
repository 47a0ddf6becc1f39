import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { theme } from '../ui/theme';

/**
 * Registers only what the strategy charts draw, so the bundle does not carry all of chart.js
 * ('chart.js/auto' would). Break-even lines are scatter datasets with `showLine`, which is why
 * LineElement is here but LineController is not. Runs once: ES modules evaluate once.
 */
Chart.register(
  CategoryScale,
  LinearScale,
  BarController,
  BarElement,
  ScatterController,
  PointElement,
  LineElement,
  DoughnutController,
  ArcElement,
  Tooltip,
  Legend,
);

// Canvas text does not inherit CSS, so give it the app's font stack (with its CJK fallbacks).
Chart.defaults.font.family = theme.fontFamily ?? Chart.defaults.font.family;
