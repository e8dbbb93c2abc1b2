/**
 * Runs `step` whenever woken, or every `idleMs` as a fallback, never two at once and never in a
 * tight loop: it repeats at once only while `step` reports more work.
 */
export class WakeableLoop {
  private running = false;
  private woken = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | undefined;

  constructor(
    private readonly step: () => Promise<boolean>,
    private readonly idleMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.current = this.run();
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.current;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.woken = false;
      let more: boolean;
      try {
        more = await this.step();
      } catch (error) {
        this.onError(error);
        await this.sleep(this.idleMs);
        continue;
      }
      // Woken meanwhile (wake() from another task while step ran): go again at once.
      if (!more && !(this.woken as boolean)) await this.sleep(this.idleMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = () => {
        clearTimeout(this.timer);
        this.wakeUp = undefined;
        resolve();
      };
      this.timer = setTimeout(() => this.wakeUp?.(), ms);
    });
  }
}
