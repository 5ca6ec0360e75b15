import { formatDuration, msLeftFor } from '../ui/timeLeft';

/** Seconds between plain progress lines when stderr is no terminal (a log, a pipe). */
const PLAIN_EVERY_MS = 5_000;

/**
 * Progress of a long step of `ingest` on stderr: on a terminal a bar redrawn in place, with the
 * counts and the time left; elsewhere a plain line every few seconds and one at the end, so a
 * log shows the work moving without a line per file.
 */
export class ProgressLines {
  private readonly started = Date.now();
  private lastPlain = Date.now();
  private drawn = false;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: { isTTY?: boolean; write(text: string): unknown } = process.stderr,
  ) {}

  /** `done` of `total` handled; `counts` says what became of them ("12 added, 3 skipped"). */
  update(done: number, counts: string): void {
    if (this.out.isTTY) {
      this.out.write(`\r${this.line(done, counts, true)}\x1b[K`);
      this.drawn = true;
    } else if (Date.now() - this.lastPlain >= PLAIN_EVERY_MS) {
      this.lastPlain = Date.now();
      this.out.write(`backstory: ${this.line(done, counts, false)}\n`);
    }
  }

  finish(done: number, counts: string): void {
    if (this.out.isTTY) this.out.write(this.drawn ? `\r${this.line(done, counts, true)}\x1b[K\n` : '');
    else this.out.write(`backstory: ${this.label}: ${done.toLocaleString('en')} of ${this.total.toLocaleString('en')}, ${counts}, done\n`);
  }

  private line(done: number, counts: string, bar: boolean): string {
    const share = this.total > 0 ? done / this.total : 1;
    const msLeft = msLeftFor(done, this.total - done, Date.now() - this.started);
    const left = msLeft === null ? '' : `, about ${formatDuration(msLeft)} left`;
    const shown = bar ? `[${'#'.repeat(Math.round(share * 20)).padEnd(20, '.')}] ` : `${Math.round(share * 100)}%, `;
    return `${this.label} ${shown}${done.toLocaleString('en')} of ${this.total.toLocaleString('en')}, ${counts}${left}`;
  }
}
