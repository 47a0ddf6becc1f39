/** The choice that stands for the document as it is now (not a saved version) in the version pickers. */
export const CURRENT = 'current';
