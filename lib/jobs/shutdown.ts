/**
 * Work a process finishes before it exits: the app server's SIGTERM handler
 * (scripts/serve.ts) runs these beside closing its connections, so the
 * in-process worker ends the run in hand instead of being cut off mid-send.
 * No imports, so the server script can load it without Next's bundle.
 */
type Hook = () => unknown;

const holder = globalThis as unknown as { newsroomShutdownHooks?: Set<Hook> };
const hooks = (holder.newsroomShutdownHooks ??= new Set());

export function onShutdown(hook: Hook): void {
  hooks.add(hook);
}

/** Runs every hook at once; settles when all have, whether they failed or not. */
export async function runShutdownHooks(): Promise<void> {
  const running = [...hooks].map((hook) => Promise.resolve().then(hook));
  hooks.clear();
  await Promise.allSettled(running);
}
