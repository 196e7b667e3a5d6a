/**
 * `npm test`, the README's one command, which CI runs: on a fresh Debian machine it does its own
 * set-up, then type-checks, builds, and runs every test, and ends with its wall time.
 *
 * 1. system packages: installs what tests/support/system-packages.ts lists and is missing, with
 *    apt-get, as root or through sudo that asks no password, saying what and why; where it cannot,
 *    stops at once with the one command to run (not a hundred failing tests);
 * 2. `astro check`, 3. `astro build` (dist/, which the tests read and serve),
 * 4. `vitest run --coverage` (arguments after `npm test --` go to Vitest).
 *
 * Every step runs with the Node that runs this script: the pinned Node 22 under npm.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { missingPackages, plan, readHost } from '../tests/support/system-packages.ts';

const root = join(import.meta.dirname, '..');
const started = Date.now();
const timings: [string, number][] = [];

const seconds = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};

function finish(status: number): never {
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

systemPackages();
const node = process.execPath;
step('type check', node, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check']);
step('build', node, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
step('tests', node, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--coverage', ...process.argv.slice(2)]);
finish(0);
