/** Texts of the workshop area (own i18next namespace 'workshopRun'). */
export const runEn = {
  title: 'Run',
};
