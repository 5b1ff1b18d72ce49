/**
 * Finds a key given twice in one JSON object. `JSON.parse` keeps the last one silently, while a
 * proxy, a log or a WAF in front of the platform may read the first: the two would then disagree
 * on what was sent (`"kind"` twice). The text is scanned once, after `JSON.parse` accepted it, so
 * the scanner may trust the syntax and only follows strings and nesting.
 */

interface ObjectFrame {
  keys: Set<string>;
  /** the key whose value is being read, for the pointer of anything nested in it */
  key: string;
  expectKey: boolean;
}

type Frame = ObjectFrame | { index: number };

const escapeSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function pointerOf(stack: readonly Frame[], last: string): string {
  let pointer = '';
  for (let i = 0; i < stack.length - 1; i++) {
    const frame = stack[i]!;
    pointer += `/${'keys' in frame ? escapeSegment(frame.key) : frame.index}`;
  }
  return `${pointer}/${escapeSegment(last)}`;
}

/** The end of the string token that opens at `start` (its closing quote's index). */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    // an escaped quote has an odd run of backslashes before it
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/**
 * The JSON Pointer of the first key that repeats a key of its object, or null. `text` must be
 * JSON that `JSON.parse` accepts. Keys are compared as decoded (`"\u006bind"` is `"kind"`).
 */
export function firstDuplicateKey(text: string): string | null {
  // A stack, not recursion: a body may nest thousands of arrays deep.
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    switch (char) {
      case 0x7b: // {
        stack.push({ keys: new Set(), key: '', expectKey: true });
        break;
      case 0x5b: // [
        stack.push({ index: 0 });
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        break;
      case 0x2c: // ,
        if (top === undefined) break;
        if ('keys' in top) top.expectKey = true;
        else top.index++;
        break;
      case 0x22: {
        // "
        const end = stringEnd(text, i);
        if (top !== undefined && 'keys' in top && top.expectKey) {
          const raw = text.slice(i + 1, end);
          const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
          if (top.keys.has(key)) return pointerOf(stack, key);
          top.keys.add(key);
          top.key = key;
          top.expectKey = false;
        }
        i = end;
        break;
      }
      default:
        // whitespace, ':', numbers, true, false, null: nothing to follow
        break;
    }
  }
  return null;
}
