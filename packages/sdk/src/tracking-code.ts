/**
 * Tracking codes: public, human-typable references such as `K7QM-4XPZ-RD`.
 *
 * Nine random Crockford base32 symbols (45 bits, so codes cannot be guessed) and one check symbol
 * computed with the Luhn mod N algorithm over the same 32 symbols. Luhn mod N catches every single
 * mistyped symbol and every swap of two adjacent symbols but 0↔Z, the two mistakes people make when
 * they copy a code from paper, and it keeps the check symbol typable (Crockford's own mod 37 check would add
 * `*~$=U`, which do not belong on a phone keypad).
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const payloadLength = 9;

function checkSymbol(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i--) {
    let addend = factor * alphabet.indexOf(payload[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return alphabet[(32 - (sum % 32)) % 32]!;
}

function format(symbols: string): string {
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** Makes a new tracking code from a source of random bytes (crypto in production, seeded in the seed). */
export function generateTrackingCode(randomBytes: (count: number) => Uint8Array): string {
  const bytes = randomBytes(payloadLength);
  let payload = '';
  for (const byte of bytes) payload += alphabet[byte % 32];
  return format(payload + checkSymbol(payload));
}

/**
 * Reads a code as a person typed it: any case, with or without hyphens and spaces, and with the
 * look-alikes Crockford base32 forgives (O for 0, I and L for 1). Returns the canonical form, or
 * `null` when the length or the check symbol is wrong.
 */
export function normalizeTrackingCode(input: string): string | null {
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== payloadLength + 1) return null;
  for (const symbol of symbols) if (!alphabet.includes(symbol)) return null;
  const payload = symbols.slice(0, payloadLength);
  if (checkSymbol(payload) !== symbols[payloadLength]) return null;
  return format(symbols);
}

/** The canonical form, as the contract's `TrackingCode` pattern describes it. */
export const trackingCodePattern = '^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$';
