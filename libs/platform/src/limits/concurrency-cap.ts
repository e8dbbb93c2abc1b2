/**
 * At most `capacity` things held at once per key (open streams per credential). Taking a slot
 * hands back the one function that gives it back, safe to call more than once: a stream ends
 * by several paths (the client leaves, the server shuts down, setup fails) and each may say so.
 */
export class ConcurrencyCap {
  private readonly held = new Map<string, number>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`a concurrency cap must be a whole number of at least 1, not ${capacity}`);
  }

  /** A slot for `key` and the function that frees it, or undefined when `key` holds all of its slots. */
  tryTake(key: string): (() => void) | undefined {
    const inUse = this.inUse(key);
    if (inUse >= this.capacity) return undefined;
    this.held.set(key, inUse + 1);
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      const left = this.inUse(key) - 1;
      // A key with nothing held is forgotten, so the map holds only callers with open streams.
      if (left > 0) this.held.set(key, left);
      else this.held.delete(key);
    };
  }

  inUse(key: string): number {
    return this.held.get(key) ?? 0;
  }
}
