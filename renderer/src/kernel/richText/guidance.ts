import { Extension } from '@tiptap/core';

/**
 * A template section's guidance travels on its first, empty paragraph as `data-guidance`; the
 * Placeholder extension shows it as the prompt until the user writes there. It is not copied
 * into paragraphs split off with Enter, and exports never print it.
 */
export const Guidance = Extension.create({
  name: 'guidance',
  addGlobalAttributes() {
    return [{
      types: ['paragraph'],
      attributes: {
        guidance: {
          default: null,
          keepOnSplit: false,
          parseHTML: (element) => element.getAttribute('data-guidance'),
          renderHTML: (attributes) => (attributes.guidance ? { 'data-guidance': String(attributes.guidance) } : {}),
        },
      },
    }];
  },
});
