/**
 * Where the browser tests find the sandbox that `packages/tools/web-test-runner.config.mjs` started: the runner's
 * page carries `<meta>` tags (no inline script, so this also works under a strict CSP).
 */
function meta(name: string): string {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  if (!content) throw new Error(`<meta name="${name}"> is missing: run browser tests with \`pnpm test:browser\``);
  return content;
}

export interface SandboxInfo {
  /** the sandbox's origin, e.g. `http://127.0.0.1:41234`: the SDK's `baseUrl`; never the page's origin */
  url: string;
  /** an agency whose `allowedOrigins` are the test page's origins: the page may submit for it */
  agencyId: string;
  /** a service of that agency */
  serviceId: string;
  /** an origin on 127.0.0.1 where nothing listens, for network failures */
  closedUrl: string;
}

export function sandbox(): SandboxInfo {
  return {
    url: meta('chikaya-sandbox'),
    agencyId: meta('chikaya-agency'),
    serviceId: meta('chikaya-service'),
    closedUrl: meta('chikaya-closed-url'),
  };
}
