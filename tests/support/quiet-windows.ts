import { ancestry, processTree, signalEach } from './process-tree';

/**
 * Quiet windows: while one Lighthouse lane loads the page it measures, every other process of the
 * run is paused (SIGSTOP, then SIGCONT), so that the trace is the page's work and not the machine's.
 * A window lasts as long as the lane's trace; the others are paused only for its first part, the
 * page's load (`resume` ends it), and may then go on with anything but a trace of their own: a
 * process paused while its trace records would show the pause as one long task of its page.
 *
 * Measured on this 2-core machine, the careers page alone scored performance 100 in 8 runs of 8
 * (blocking time 0 to 11 ms); beside one busy process, even at nice 19 or SCHED_IDLE, 4 of 8 scored
 * 97 to 99 (blocking time up to 200 ms): the page's first layout waits on about fifty font requests
 * to Chromium's browser process, and each waits longer when the other core is busy. The pause holds
 * only the page's load (see lighthouse-lane.ts), under a second a run; Lighthouse's audits and the
 * other work run side by side the rest of the time.
 *
 * One window at a time, in the order asked. What was already stopped is left as it was, and only
 * what a window paused is continued. A window that is not closed within `maxMs` closes itself, and
 * everything paused is continued when this process exits.
 */
export class QuietWindows {
  readonly #roots: (lane: number) => number[];
  readonly #maxMs: number;
  readonly #line: { lane: number; grant: () => void }[] = [];
  #open: { lane: number; paused: number[]; timer: NodeJS.Timeout } | undefined;
  /** Continues what the open window paused, should this process end while it is open. */
  readonly #onExit = () => this.#close();
  /** Windows that closed themselves after `maxMs`: a lane that never said it was done. */
  overrun = 0;
  /** The most processes one window paused. */
  mostPaused = 0;

  /** `roots(lane)`: the processes whose trees pause while `lane` measures (the other lanes, the work beside them). */
  constructor(roots: (lane: number) => number[], maxMs = 20_000) {
    this.#roots = roots;
    this.#maxMs = maxMs;
  }

  /** Resolves once `lane` holds the window, everything else paused. */
  request(lane: number): Promise<void> {
    return new Promise((grant) => {
      this.#line.push({ lane, grant });
      this.#next();
    });
  }

  /** What `lane`'s window paused continues; the lane keeps its window (no one else starts a trace). */
  resume(lane: number): void {
    if (this.#open?.lane !== lane) return;
    signalEach(this.#open.paused, 'SIGCONT');
    this.#open.paused = [];
  }

  /** Ends `lane`'s window, or its place in line: what the window paused continues, and the next lane in line gets one. */
  release(lane: number): void {
    const waiting = this.#line.findIndex((w) => w.lane === lane);
    if (waiting >= 0) this.#line.splice(waiting, 1);
    if (this.#open?.lane !== lane) return;
    this.#close();
    this.#next();
  }

  get holder(): number | undefined {
    return this.#open?.lane;
  }

  #next() {
    if (this.#open !== undefined) return;
    const turn = this.#line.shift();
    if (!turn) return;
    const paused = pausable(this.#roots(turn.lane));
    signalEach(paused, 'SIGSTOP');
    this.mostPaused = Math.max(this.mostPaused, paused.length);
    const timer = setTimeout(() => {
      this.overrun++;
      this.release(turn.lane);
    }, this.#maxMs);
    timer.unref();
    this.#open = { lane: turn.lane, paused, timer };
    process.once('exit', this.#onExit);
    turn.grant();
  }

  #close() {
    if (!this.#open) return;
    clearTimeout(this.#open.timer);
    process.off('exit', this.#onExit);
    signalEach(this.#open.paused, 'SIGCONT');
    this.#open = undefined;
  }
}

/**
 * What a window pauses: the trees of `roots`, parents first, but never this process or those above
 * it (the test runner, npm: a root given by mistake would otherwise pause the run itself), and not
 * what is already stopped (or ended), so that continuing it later is not ours to do.
 */
export function pausable(roots: readonly number[]): number[] {
  const spared = new Set(ancestry(process.pid));
  return processTree(roots)
    .filter((p) => !spared.has(p.pid) && p.state !== 'T' && p.state !== 't' && p.state !== 'Z')
    .map((p) => p.pid);
}
