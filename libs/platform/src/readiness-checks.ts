/** Something a service needs to do its work: the database, the broker. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

/**
 * What `/health/ready` asks. The database and the broker are known when the process starts; a
 * module that follows other services' events adds its consumer-group check when it is built.
 */
export class ReadinessChecks {
  private readonly checks: ReadinessCheck[];

  constructor(initial: readonly ReadinessCheck[]) {
    this.checks = [...initial];
  }

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  list(): readonly ReadinessCheck[] {
    return this.checks;
  }

  /** Asks every check at once, each given 3 s: its name and 'up', or 'down: why'. */
  probe(): Promise<(readonly [name: string, status: string])[]> {
    return Promise.all(
      this.checks.map(async (c) => {
        try {
          await withTimeout(c.check(), 3_000);
          return [c.name, 'up'] as const;
        } catch (error) {
          return [c.name, `down: ${error instanceof Error ? error.message : String(error)}`] as const;
        }
      }),
    );
  }
}

/** The check's own promise, or a failure once `ms` have passed without an answer. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}
