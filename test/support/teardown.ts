type Started = { stop(): Promise<unknown> } | { close(): Promise<unknown> } | (() => Promise<unknown>) | undefined;

/**
 * Stops, in the order given, what a suite's `beforeAll` started. A `beforeAll` that failed half way
 * leaves the later variables unassigned whatever type they were declared with, so each may be
 * undefined here and is then skipped: the failure reported stays the one that happened.
 */
export async function teardown(...started: Started[]): Promise<void> {
  for (const thing of started) {
    if (thing === undefined) continue;
    if (typeof thing === 'function') await thing();
    else if ('stop' in thing) await thing.stop();
    else await thing.close();
  }
}
