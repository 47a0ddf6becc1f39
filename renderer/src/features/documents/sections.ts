/** The section of the route names what is shown: a document id, "templates", or nothing (the list). */
export const TEMPLATES_SECTION = 'templates';
/** "#/documents/new": the list with the new-document dialog open (from the palette). */
export const NEW_SECTION = 'new';
