/** Query strings as the contract writes them: arrays comma-separated (`ids=a,b`), empty values left out. */
export function searchParams(query: Record<string, string | number | boolean | string[] | undefined> | undefined): URLSearchParams | undefined {
  if (!query) return undefined;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}
