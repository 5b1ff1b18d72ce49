/** Rows keep names and lists as JSON text; these read them back with their types. */
import type { Names } from '../domain/reference.js';

export function parseNames(text: string): Names {
  return JSON.parse(text) as Names;
}

export function parseList(text: string): string[] {
  return JSON.parse(text) as string[];
}
