/** Texts of the workshop area (own i18next namespace 'workshop'). */
export const workshopEn = {
  title: 'Workshop',
};
