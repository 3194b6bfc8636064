export type SaveMode = "autosave" | "save";

/**
 * Runs saves one at a time. A request made while a save is in flight is
 * queued (at most one: the run reads the latest fields when it starts, so
 * later requests join it), and an explicit save outranks a queued autosave.
 * Autosaves wait `delayMs` after the last change.
 */
export class SaveScheduler<R> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private queued: {
    mode: SaveMode;
    promise: Promise<R>;
    resolve: (result: R) => void;
    reject: (error: unknown) => void;
  } | null = null;

  constructor(
    private run: (mode: SaveMode) => Promise<R>,
    private readonly delayMs: number,
  ) {}

  /** Replaces what a save does (a component passes its newest callback). */
  setRunner(run: (mode: SaveMode) => Promise<R>): void {
    this.run = run;
  }

  /** A change was made: autosave once the writer pauses. */
  schedule(): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.request("autosave");
    }, this.delayMs);
  }

  /** Saves now, or right after the save in flight; resolves with that run's result. */
  request(mode: SaveMode): Promise<R> {
    // A save about to run covers whatever the timer was waiting for.
    this.cancelTimer();
    if (!this.inFlight) return this.start(mode);
    if (this.queued) {
      if (mode === "save") this.queued.mode = "save";
      return this.queued.promise;
    }
    let resolve!: (result: R) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<R>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.queued = { mode, promise, resolve, reject };
    return promise;
  }

  get busy(): boolean {
    return this.inFlight || this.queued !== null;
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private start(mode: SaveMode): Promise<R> {
    this.inFlight = true;
    const running = Promise.resolve().then(() => this.run(mode));
    const next = () => {
      this.inFlight = false;
      const queued = this.queued;
      if (!queued) return;
      this.queued = null;
      this.start(queued.mode).then(queued.resolve, queued.reject);
    };
    running.then(next, next);
    return running;
  }
}
