/**
 * Every string of the widgets exists in every language: a missing or half-done translation fails
 * here rather than showing English to a user who reads Arabic or Tamazight.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const locales = ['ar', 'fr', 'zgh'] as const;
const folder = new URL('../', import.meta.url);

interface Unit {
  id: string;
  source: string;
  target: string | null;
}

function units(locale: string): Unit[] {
  const xliff = readFileSync(new URL(`xliff/${locale}.xlf`, folder), 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '',
    target: /<target[^>]*>([\s\S]*?)<\/target>/.exec(body!)?.[1] ?? null,
  }));
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map(([, id]) => id).sort();
const words = (text: string) => text.replace(/<x [^>]*\/>/g, '').replace(/&[a-z]+;/g, '');

/** Words spelt the same in English and that language. */
const sameWord: Record<string, ReadonlySet<string>> = {
  fr: new Set(['Observation', 'Suggestion', 'Commune', 'Observations', 'Suggestions', 'Total', 'Date', 'Service']),
};

const scripts: Record<string, RegExp> = {
  ar: /[\u0600-\u06FF]/,
  zgh: /[\u2D30-\u2D7F]/,
  fr: /[A-Za-zÀ-ÿ]/,
};

describe('translations', () => {
  const english = units('fr').map((unit) => unit.id).sort();

  for (const locale of locales) {
    test(`${locale}: every string is translated, in its script, with its placeholders`, () => {
      const list = units(locale);
      assert.deepEqual(list.map((unit) => unit.id).sort(), english, 'the same strings in every language');
      const missing = list.filter((unit) => !unit.target?.trim()).map((unit) => words(unit.source));
      assert.deepEqual(missing, [], `${missing.length} string(s) not translated into ${locale}`);
      for (const unit of list) {
        assert.deepEqual(placeholders(unit.target!), placeholders(unit.source), `placeholders of "${words(unit.source)}"`);
        assert.match(words(unit.target!), scripts[locale]!, `"${unit.target}" is not written in ${locale}'s script`);
        if (!sameWord[locale]?.has(unit.source.trim()))
          assert.notEqual(unit.target!.trim(), unit.source.trim(), `"${words(unit.source)}" was left in English`);
      }
    });

    test(`${locale}: the elements' built modules hold, together, exactly the XLIFF's strings`, () => {
      const folders = readdirSync(new URL('src/generated/locales/', folder), { withFileTypes: true }).filter((entry) => entry.isDirectory());
      assert.ok(folders.length > 0, 'one folder of built messages per element');
      const built = new Set<string>();
      for (const element of folders) {
        const module = readFileSync(new URL(`src/generated/locales/${element.name}/${locale}.ts`, folder), 'utf8');
        for (const [, id] of module.matchAll(/^\s*'?(s[0-9a-f]{16})'?\s*:/gm)) built.add(id!);
      }
      assert.deepEqual([...built].sort(), english, 'run `pnpm generate` after changing strings or translations');
    });
  }
});
