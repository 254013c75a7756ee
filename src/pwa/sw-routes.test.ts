// The service worker's static route (public/sw-routes.js): added only where a cache lookup can
// find the built files, since a route that misses goes to the network, and offline that fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(new URL('../../public/sw-routes.js', import.meta.url), 'utf8');

interface Installed {
  readonly routes: unknown[];
  readonly requested: string[];
}

/** Runs the script in a fake worker scope and dispatches one install event to it. */
async function install(answer: () => Promise<Response>, withApi = true): Promise<Installed> {
  const listeners: ((event: unknown) => void)[] = [];
  const requested: string[] = [];
  const routes: unknown[] = [];
  const lifetime: Promise<unknown>[] = [];
  const scope = { addEventListener: (type: string, listener: (event: unknown) => void) => type === 'install' && listeners.push(listener), registration: { scope: 'https://app.example/' } };
  const fetch = (url: URL) => (requested.push(url.href), answer());
  new Function('self', 'fetch', SOURCE)(scope, fetch);
  const event = {
    waitUntil: (p: Promise<unknown>) => void lifetime.push(p),
    ...(withApi && { addRoutes: async (rules: unknown[]) => void routes.push(...rules) }),
  };
  for (const listener of listeners) listener(event);
  await Promise.all(lifetime);
  return { routes, requested };
}

describe('the static route for the built files', () => {
  it('serves /assets/* from the cache where the server’s answers vary on nothing', async () => {
    const { routes, requested } = await install(async () => new Response(null, { status: 200, headers: { 'Content-Type': 'text/javascript' } }));
    expect(requested).toEqual(['https://app.example/sw-routes.js']);
    expect(routes).toEqual([{ condition: { urlPattern: { pathname: '/assets/*' }, requestMethod: 'GET' }, source: 'cache' }]);
  });

  it('is not added where the server answers "Vary: Origin" (every lookup would miss, and offline fail)', async () => {
    const { routes } = await install(async () => new Response(null, { status: 200, headers: { Vary: 'Origin' } }));
    expect(routes).toEqual([]);
  });

  it('is not added, and the install still succeeds, when the check fails or is refused', async () => {
    expect((await install(() => Promise.reject(new TypeError('Failed to fetch')))).routes).toEqual([]);
    expect((await install(async () => new Response(null, { status: 404 }))).routes).toEqual([]);
  });

  it('asks nothing of a browser without the API', async () => {
    const { routes, requested } = await install(async () => new Response(null), false);
    expect(routes).toEqual([]);
    expect(requested).toEqual([]);
  });
});
