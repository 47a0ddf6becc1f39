/**
 * The calendar area's words that code without the UI's i18n needs: what the plan's budget charts
 * draw (planned against actual spend per channel and per month), in the plan's language. Wording
 * follows the budget screen.
 */
export const calendarEn = {
  printCharts: {
    planned: 'Planned',
    actual: 'Actual',
    allocation: 'Allocation',
    overBudget: 'Over budget',
    noChannel: 'No channel',
  },
};
