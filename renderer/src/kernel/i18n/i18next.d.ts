import 'i18next';

// No `resources` here on purpose: i18next's generic TFunction over typed resources costs over half
// the renderer's type-check. The keys are checked by the narrower `TFn` in typedT.ts instead.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
  }
}
