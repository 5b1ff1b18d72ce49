/**
 * The platform the stories talk to. By default the sandbox that `pnpm storybook` starts on
 * http://127.0.0.1:8787; another one with `STORYBOOK_CHIKAYA_API=https://… pnpm storybook` (or
 * `pnpm build-storybook`: the address is read when Storybook starts or builds). A story can still
 * point one element elsewhere with its `api` control.
 */
export const defaultApi: string = (import.meta.env.STORYBOOK_CHIKAYA_API as string | undefined) || 'http://127.0.0.1:8787';

const answering = new Set<string>();

/**
 * Whether the platform at `api` answers, within 1.5 s. Only a success is remembered: a sandbox
 * started after Storybook is found at the next story.
 */
export async function platformAnswers(api: string): Promise<boolean> {
  if (answering.has(api)) return true;
  try {
    const response = await fetch(`${api.replace(/\/+$/, '')}/v1/sectors`, { signal: AbortSignal.timeout(1500) });
    if (response.ok) answering.add(api);
    return response.ok;
  } catch {
    return false;
  }
}
