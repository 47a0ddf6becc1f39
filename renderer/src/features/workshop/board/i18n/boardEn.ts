/** Texts of the workshop area (own i18next namespace 'workshopBoard'). */
export const boardEn = {
  title: 'Board',
};
