import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ancestry, processState, processTree } from './process-tree';
import { pausable, QuietWindows } from './quiet-windows';

const states = (pids: number[]) => pids.map((pid) => processState(pid));
// Generous limits: while `npm test` runs Lighthouse, this file's own process is paused now and then.
const poll = <T>(read: () => T) => expect.poll(read, { timeout: 10_000 });

// Real processes: a shell with two sleeping children, stopped and continued by real signals.
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) for (const p of processTree([child.pid!]).reverse()) process.kill(p.pid, 'SIGKILL');
});
async function family() {
  const shell = spawn('sh', ['-c', 'sleep 30 & sleep 30 & wait'], { stdio: 'ignore' });
  started.push(shell);
  const all = () => processTree([shell.pid!]).map((p) => p.pid);
  await poll(() => all().length).toBe(3);
  return {
    root: shell.pid!,
    all,
    stopped: () => poll(() => states(all())).toEqual(['T', 'T', 'T']),
    running: () => poll(() => states(all()).filter((s) => s === 'T')).toEqual([]),
  };
}

/** Lane 0's window open over `other`, once all of it is stopped. */
async function pausing(other: { root: number; stopped: () => Promise<void> }) {
  const windows = new QuietWindows((lane) => (lane === 0 ? [other.root] : []));
  await windows.request(0);
  await other.stopped();
  return windows;
}

describe('the process tree', () => {
  it('holds a process, its children and theirs, parents first', async () => {
    const { root, all } = await family();
    expect(all()[0]).toBe(root);
    expect(processTree([999_999_999])).toEqual([]);
  });

  it('is never paused above or at this process, whatever the roots', async () => {
    const { root } = await family();
    const mine = ancestry(process.pid);
    expect(mine[0]).toBe(process.pid);
    const chosen = pausable([mine.at(-1)!, root]);
    expect(chosen).toContain(root);
    expect(chosen.filter((pid) => mine.includes(pid))).toEqual([]);
  });
});

describe('a quiet window', () => {
  it('pauses the other trees while it is open, and continues them once it closes', async () => {
    const other = await family();
    const windows = await pausing(other);
    expect(windows.mostPaused).toBe(3);
    windows.release(0);
    await other.running();
  });

  it('once resumed, lets the paused work go on but keeps the window: no other lane starts a trace until it is released', async () => {
    const other = await family();
    const windows = await pausing(other);
    windows.resume(0);
    await other.running();
    let second = false;
    const next = windows.request(1).then(() => (second = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([second, windows.holder]).toEqual([false, 0]);
    windows.release(0);
    await next;
    expect(windows.holder).toBe(1);
  });

  it('leaves stopped what was stopped before it, and continues only what it paused', async () => {
    const other = await family();
    const [, first] = other.all();
    process.kill(first!, 'SIGSTOP');
    await poll(() => processState(first!)).toBe('T');
    const windows = new QuietWindows(() => [other.root]);
    await windows.request(0);
    expect(windows.mostPaused).toBe(2);
    windows.release(0);
    await poll(() => states(other.all())).toEqual(['S', 'T', 'S']);
  });

  it('is one at a time, in the order asked; a lane that leaves the line is skipped', async () => {
    const windows = new QuietWindows(() => []);
    const order: number[] = [];
    const asked = [0, 1, 2].map((lane) => windows.request(lane).then(() => order.push(lane)));
    await asked[0];
    expect(windows.holder).toBe(0);
    windows.release(1); // lane 1 ended while waiting
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([0]);
    windows.release(0);
    await asked[2];
    expect(order).toEqual([0, 2]);
    expect(windows.holder).toBe(2);
    windows.release(2);
    expect(windows.holder).toBeUndefined();
  });

  it('closes itself after its time limit, continuing what it paused', async () => {
    const other = await family();
    const windows = new QuietWindows(() => [other.root], 100);
    await windows.request(0);
    expect(windows.mostPaused).toBe(3);
    // First the window's own end, then its effect: read before the stop shows in /proc, the
    // processes would look running while the window is still open.
    await poll(() => windows.overrun).toBe(1);
    await other.running();
    expect(windows.holder).toBeUndefined();
  });
});
