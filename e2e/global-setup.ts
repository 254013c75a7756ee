/**
 * Builds the app for production and serves it with `vite preview` on 127.0.0.1 for the e2e
 * suite. NODE_ENV is set explicitly: inherited from vitest it would be "test" and give a
 * development build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { BASE_URL, PORT } from './harness';

let server: ChildProcess | undefined;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export async function setup(): Promise<void> {
  // Something already answering there (a preview left running by an interrupted run) would be
  // tested in this build's place: vite preview's --strictPort exits, and the wait below was
  // satisfied by the old server (a fresh clone's whole suite once ran against another checkout's dist).
  if (await fetch(BASE_URL).then(() => true, () => false)) throw new Error(`${BASE_URL} already answers: stop what serves it (a vite preview left running?), or set E2E_PORT to another port`);
  const env = { ...process.env, NODE_ENV: 'production' };
  const build = spawnSync('npx', ['--yes', 'vite', 'build'], { env, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  server = spawn('npx', ['--yes', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  await waitForServer(BASE_URL, 30_000);
}

export async function teardown(): Promise<void> {
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
