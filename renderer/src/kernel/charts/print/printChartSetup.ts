import { Chart, LineController } from 'chart.js';
// The strategy charts' registrations (bar, scatter, doughnut, scales, legend) and the app font stack.
import '../chartSetup';

/**
 * Print charts also need the line controller: the budget charts mark each allocation with a
 * 'line' dataset drawn as short horizontal strokes (no connecting line).
 */
Chart.register(LineController);
