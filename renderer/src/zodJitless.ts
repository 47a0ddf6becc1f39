import { z } from 'zod';

/**
 * Zod compiles fast parsers with `new Function` unless told not to, and decides when each
 * schema is built. Our CSP forbids eval, so this must run before any schema module loads:
 * main.tsx imports this file first (imports are evaluated in order; a call written in
 * main.tsx itself would run only after every import had already built its schemas).
 */
z.config({ jitless: true });
