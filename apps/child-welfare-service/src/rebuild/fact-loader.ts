import type { FiledFact } from '../person-file/person-file';

/**
 * Gathers facts into batches and hands each full batch to `write` (one transaction), with up to
 * `maxInFlight` writes running while the next batch is read and decoded: reading the broker and
 * writing PostgreSQL overlap instead of taking turns. A failed write fails the next `add` or
 * the `drain`, so the rebuild stops rather than leaving a hole in a file.
 */
export class FactLoader {
  private pending: FiledFact[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly write: (batch: readonly FiledFact[]) => Promise<void>,
    private readonly batchSize: number,
    private readonly maxInFlight: number,
  ) {}

  async add(filed: FiledFact): Promise<void> {
    this.pending.push(filed);
    if (this.pending.length >= this.batchSize) await this.flush();
  }

  /** Writes what is left and waits for every write. */
  async drain(): Promise<void> {
    if (this.pending.length > 0) await this.flush();
    await Promise.all(this.inFlight);
    this.rethrow();
  }

  private async flush(): Promise<void> {
    this.rethrow();
    while (this.inFlight.size >= this.maxInFlight) await Promise.race(this.inFlight);
    this.rethrow();
    // Another add may have flushed while this one waited for a free write.
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const writing: Promise<void> = this.write(batch)
      .catch((error: unknown) => void (this.failure ??= { error }))
      .finally(() => this.inFlight.delete(writing));
    this.inFlight.add(writing);
  }

  private rethrow(): void {
    if (this.failure) throw this.failure.error;
  }
}
