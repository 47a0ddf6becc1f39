/** Random ids for new records. Web Crypto exists in browsers and in Node 20 alike. */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let out = prefix ? `${prefix}_` : '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}
