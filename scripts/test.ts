/**
 * `npm test`, the README's one command, which CI runs: on a fresh Debian machine it does its own
 * set-up, then type-checks, builds, and runs every test, and ends with its wall time.
 *
 * 1. system packages: installs what tests/support/system-packages.ts lists and is missing, with
 *    apt-get, as root or through sudo that asks no password, saying what and why; where it cannot,
 *    stops at once with the one command to run (not a hundred failing tests);
 * 2. `astro build` (dist/, which the tests read and serve), with the unit tests (`vitest run
 *    --coverage` of the unit projects) beside it at a lower priority;
 * 3. Lighthouse, with `astro check` and what is left of the unit tests beside it, niced, and paused
 *    while Lighthouse loads each page it measures;
 * 4. the site tests (`vitest run --project site`).
 * Arguments after `npm test --` go to Vitest instead: the check, the build, then those tests.
 *
 * Every step runs with the Node that runs this script: the pinned Node 22 under npm.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryLine, type Counts } from '../tests/support/summary-reporter.ts';
import { missingPackages, plan, readHost } from '../tests/support/system-packages.ts';
import { processTree, signalEach } from '../tests/support/process-tree.ts';

const root = join(import.meta.dirname, '..');
const started = Date.now();
const timings: [string, number][] = [];

const seconds = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};

/** Where the three Vitest runs leave their counts (tests/support/summary-reporter.ts), for one line at the end. */
const tallyDir = mkdtempSync(join(tmpdir(), 'vpas-test-'));
const tally = join(tallyDir, 'counts.jsonl');
process.env.VPAS_TEST_TALLY = tally;

function finish(status: number): never {
  if (existsSync(tally)) {
    const runs = readFileSync(tally, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Counts);
    const sum = (key: keyof Counts) => runs.reduce((n, c) => n + c[key], 0);
    process.stdout.write(`\n${summaryLine({ passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped') })}\n`);
  }
  rmSync(tallyDir, { recursive: true, force: true });
  const steps = timings.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ');
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  process.stdout.write(`\nnpm test: ${seconds(Date.now() - started)} wall (${steps}); load average now ${load}\n`);
  process.exit(status);
}

function step(name: string, command: string, args: string[]) {
  const start = Date.now();
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  timings.push([name, Date.now() - start]);
  if (error) console.error(`npm test: ${name}: ${error.message}`);
  if (status !== 0) finish(status ?? 1);
}

function systemPackages() {
  const start = Date.now();
  const next = plan(missingPackages(), readHost());
  if (next.kind === 'stop') {
    process.stderr.write(`\nnpm test: ${next.message}`);
    process.exit(1);
  }
  if (next.kind === 'ready') for (const note of next.notes) console.log(`npm test: ${note}`);
  if (next.kind === 'install') {
    console.log('npm test: installing with apt-get what the tests need and this machine lacks:');
    for (const p of next.packages) console.log(`  ${p.name}: ${p.why}`);
    // A failed step is reported; whether the run can go on depends on what is still missing after it.
    for (const [command, ...args] of next.commands) {
      if (spawnSync(command!, args, { stdio: 'inherit' }).status !== 0) {
        console.error(`npm test: \`${[command, ...args].join(' ')}\` failed`);
        break;
      }
    }
    const still = missingPackages(next.packages);
    for (const p of still.filter((p) => !p.required)) console.log(`npm test: ${p.name} is still missing; the tests run without it (${p.why})`);
    if (still.some((p) => p.required)) {
      console.error(`npm test: apt-get ran, but ${still.filter((p) => p.required).map((p) => p.name).join(', ')} is still missing`);
      process.exit(1);
    }
  }
  timings.push(['set-up', Date.now() - start]);
}

/**
 * Runs a command without blocking this script (so that others run beside it); resolves to its exit
 * status and wall time. With `hold`, its output is kept back and returned, for a step beside others
 * whose output is printed when its turn comes; otherwise it goes straight to the terminal.
 */
function running(command: string, args: string[], { hold = false, env = process.env } = {}): Promise<{ status: number; ms: number; output: string }> & { pid: number | undefined } {
  const start = Date.now();
  const childEnv = hold ? { ...env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } : env;
  const child = spawn(command, args, { cwd: root, env: childEnv, stdio: hold ? 'pipe' : 'inherit' });
  const done = new Promise<{ status: number; ms: number; output: string }>((resolve) => {
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (hold ? (output += `\n${error.message}\n`) : console.error(`npm test: ${command}: ${error.message}`)));
    child.on('close', (status) => resolve({ status: status ?? 1, ms: Date.now() - start, output }));
  });
  return Object.assign(done, { pid: child.pid });
}

systemPackages();
const node = process.execPath;
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const vitestArgs = process.argv.slice(2);
if (vitestArgs.length > 0) {
  // `npm test -- tests/x.test.ts`: the chosen tests after the type check and the build.
  step('type check', node, [astro, 'check']);
  step('build', node, [astro, 'build']);
  step('tests', node, [vitest, 'run', ...vitestArgs]);
  finish(0);
}
// The unit tests start at once, niced, beside the build: they read only the sources, and the build
// leaves a core idle much of its time. Then Lighthouse, which measures time and so runs first in
// line, with the type check beside it, niced too (they take only the CPU it leaves; the unit tests'
// coverage of src/lib meets its thresholds alone). The site tests start once Lighthouse is done,
// beside what is left of those two; their outputs follow the site tests'. (`astro check` reads the
// content types in .astro/, which the build has just written from the same sources: so it waits for
// the build, and with --noSync does not write them a second time, about 6 CPU-s. The one build during
// the tests, tests/support/alternate-build.ts, starts with the site tests, after Lighthouse.)
// At the lowest priority (19): they take what the build and Lighthouse leave, and little more. At 10
// they still took a tenth of a core from Lighthouse, whose blocking time then varied by a hundred ms.
const niced = (args: string[]): [string, string[]] => ['nice', ['-n', '19', ...args]];
const unit = running(...niced([node, vitest, 'run', '--project', 'unit', '--project', 'unit-isolated', '--coverage']), { hold: true });
const build = await running(node, [astro, 'build']);
timings.push(['build', build.ms]);
if (build.status !== 0) {
  process.stdout.write((await unit).output);
  finish(build.status);
}
const beside = [
  ['type check', running(...niced([node, astro, 'check', '--noSync']), { hold: true })],
  ['unit tests', unit],
] as const;
// Lighthouse pauses the work beside it while it loads each page it measures (tests/support/quiet-windows.ts).
const besidePids = beside.flatMap(([, run]) => (run.pid === undefined ? [] : [run.pid]));
const lighthouse = await running(node, [vitest, 'run', '--project', 'lighthouse'], { hold: true, env: { ...process.env, VPAS_QUIET_BESIDE: besidePids.join(',') } });
// Should Lighthouse have ended with a window open (killed, say), what it paused goes on.
signalEach(processTree(besidePids).map((p) => p.pid), 'SIGCONT');
process.stdout.write(lighthouse.output);
timings.push(['Lighthouse', lighthouse.ms]);
const site = await running(node, [vitest, 'run', '--project', 'site']);
timings.push(['site tests', site.ms]);
for (const [name, run] of beside) {
  const { status, ms, output } = await run;
  process.stdout.write(output);
  timings.push([`${name} (beside)`, ms]);
  if (status !== 0) finish(status);
}
if (lighthouse.status !== 0) finish(lighthouse.status);
if (site.status !== 0) finish(site.status);
finish(0);
