/**
 * What one step minted or asked a program for, kept for that step alone: keyed by the step's
 * environment object, which lives exactly as long as the step (tests and the CLI run several
 * steps in one process, each with its own). An answer is kept until `validUntil` says; one
 * already past it serves the request at hand and is not kept, so an expired token is never
 * refreshed in a loop. A failure is not kept.
 */
export class StepCache<T> {
  private readonly steps = new WeakMap<object, Map<string, { value: Promise<T>; until: number }>>();

  constructor(
    private readonly validUntil: (value: T) => number = () => Infinity,
    private readonly now: () => number = Date.now,
  ) {}

  get(env: object, key: string, make: () => Promise<T>): Promise<T> {
    let entries = this.steps.get(env);
    if (!entries) {
      entries = new Map();
      this.steps.set(env, entries);
    }
    const found = entries.get(key);
    if (found && found.until > this.now()) return found.value;
    const entry = { value: make(), until: Infinity };
    const step = entries;
    step.set(key, entry);
    entry.value.then(
      (value) => {
        entry.until = this.validUntil(value);
        if (entry.until <= this.now() && step.get(key) === entry) step.delete(key);
      },
      () => {
        if (step.get(key) === entry) step.delete(key);
      },
    );
    return entry.value;
  }
}
