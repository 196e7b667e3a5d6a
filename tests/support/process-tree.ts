import { readdirSync, readFileSync } from 'node:fs';

/**
 * Processes by their parents, read from Linux's /proc (the only system the suite runs on: Debian).
 * Elsewhere /proc is missing: no tree holds anything, and nothing is signalled.
 */
interface ProcessEntry {
  pid: number;
  ppid: number;
  /** /proc/<pid>/stat's state: R running, S sleeping, T stopped, Z zombie, … */
  state: string;
}

function readStat(pid: string): ProcessEntry | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // ended between the listing and the read
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read from the last ')'.
  const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { pid: Number(pid), ppid: Number(ppid), state: state ?? '?' };
}

function processes(): ProcessEntry[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries.filter((e) => /^\d+$/.test(e)).flatMap((e) => readStat(e) ?? []);
}

/** Each live process of the trees rooted at `roots` (the roots and all their descendants), parents first. */
export function processTree(roots: readonly number[]): ProcessEntry[] {
  const all = processes();
  const children = new Map<number, ProcessEntry[]>();
  for (const p of all) {
    const siblings = children.get(p.ppid);
    if (siblings) siblings.push(p);
    else children.set(p.ppid, [p]);
  }
  const byPid = new Map(all.map((p) => [p.pid, p]));
  const tree: ProcessEntry[] = [];
  const seen = new Set<number>();
  const queue = roots.flatMap((pid) => byPid.get(pid) ?? []);
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    tree.push(p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return tree;
}

/** `pid` and its ancestors, nearest first, up to init. */
export function ancestry(pid: number): number[] {
  const chain: number[] = [];
  for (let p = readStat(String(pid)); p; p = p.ppid > 0 ? readStat(String(p.ppid)) : undefined) chain.push(p.pid);
  return chain;
}

/** The state letter of one process (T when stopped), or undefined once it has ended. */
export function processState(pid: number): string | undefined {
  return readStat(String(pid))?.state;
}

/** Sends `signal` to each pid; a process that has ended meanwhile is skipped. */
export function signalEach(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // ESRCH: it ended; nothing to stop or continue.
    }
  }
}
