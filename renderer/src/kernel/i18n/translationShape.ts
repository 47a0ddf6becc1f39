/** The shape a translation must have: the same keys as the English text, any strings. */
export type TranslationOf<T> = { -readonly [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]> };
