// A rollup plugin that shrinks the static text of Lit's `css`, `html` and `svg` templates in our
// own code: comments out, runs of white space down to one space, and none around CSS punctuation.
// Terser leaves template text alone (it cannot know that white space there is not meaningful);
// these templates are a third of an element's weight. Conservative on purpose: one space stays
// wherever there was white space in HTML (text between inline elements keeps its spaces), and
// CSS loses spaces only where a selector or declaration cannot need them.
const tags = new Set(['css', 'html', 'svg']);

function shrinkCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2');
}

function shrinkMarkup(text) {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
}

/**
 * lit-localize's transform writes translated template text through TypeScript's printer, which
 * escapes every non-ASCII character (`\u0623` for أ): six bytes where UTF-8 needs two. Written
 * back as the characters themselves (never line separators or surrogates, which must stay escaped).
 */
function unescapeText(text) {
  return text.replace(/(?<!\\)\\u([0-9a-fA-F]{4})/g, (escape, hex) => {
    const code = Number.parseInt(hex, 16);
    const keep = code < 0xa0 || (code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code === 0xfeff;
    return keep ? escape : String.fromCharCode(code);
  });
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

export function minifyLiterals({ include = /\/packages\/widgets\// } = {}) {
  return {
    name: 'chikaya-minify-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|svg) ?`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
        const shrink = node.tag.name === 'css' ? shrinkCss : shrinkMarkup;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = unescapeText(shrink(raw));
          if (small !== raw) edits.push([quasi.start, quasi.end, small]);
        }
      });
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}
