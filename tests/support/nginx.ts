import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { StaticSite } from './server.ts';
import { missingMessage, missingPackages, systemPackages } from './system-packages.ts';

/**
 * The real thing: Debian's nginx serving a build with the configuration the build wrote
 * (dist/_nginx.conf), as README "Deploying" tells an operator to. It runs as the current user on a
 * free loopback port, with its prefix, pid, logs and temp folders in a temporary folder: nothing
 * under /etc or /var is written, and close() stops it and removes the folder.
 */

/** nginx's binary, its brotli module and its mime.types, from the packages of system-packages.ts. */
function findNginx() {
  const packages = systemPackages.filter((p) => p.name === 'nginx' || p.name === 'libnginx-mod-http-brotli-static');
  const missing = missingPackages(packages);
  if (missing.length > 0) throw new Error(missingMessage(missing, 'Install them (`npm test` does where it can):'));
  const [binary, brotli] = packages.map((p) => p.file) as [string, string];
  const mimeTypes = join(dirname(/--conf-path=(\S+)/.exec(spawnSync(binary, ['-V'], { encoding: 'utf8' }).stderr)?.[1] ?? '/etc/nginx/nginx.conf'), 'mime.types');
  if (!existsSync(mimeTypes)) throw new Error(`nginx's mime.types is missing (${mimeTypes}): reinstall nginx-common`);
  return { binary, brotli, mimeTypes };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function answers(origin: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 100 && child.exitCode === null; tries++) {
    if (await fetch(origin).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not answer on ${origin}`);
}

/**
 * Serves `dist` (built for `base`) with its own _nginx.conf, in a server {} as README shows: the
 * server's root holds the build at {root}{base} (a symlink here).
 */
export async function serveWithNginx(dist: string, base: string): Promise<StaticSite> {
  const { binary, brotli, mimeTypes } = findNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'vpas-nginx-'));
  let root = dist;
  if (base !== '/') {
    root = join(prefix, 'root');
    const link = join(root, base);
    mkdirSync(dirname(link.replace(/\/$/, '')), { recursive: true });
    symlinkSync(dist, link.replace(/\/$/, ''));
  }
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    [
      `load_module ${brotli};`,
      // As root, nginx would start its workers as nobody; the current user is whoever runs the tests.
      process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 128; }',
      'http {',
      `  include ${mimeTypes};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp}_temp_path ${prefix}/${temp};`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${root};`,
      `    include ${join(dist, '_nginx.conf')};`,
      '  }',
      '}',
    ].join('\n'),
  );
  const args = ['-p', `${prefix}/`, '-c', conf, '-e', join(prefix, 'error.log')];
  const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejects the configuration:\n${check.stderr}`);
  const child = spawn(binary, args, { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await answers(origin, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}:\n${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
  }
  return {
    origin,
    root: `${origin}${base}`,
    close: async () => {
      child.kill('SIGQUIT'); // graceful: finish open requests, then exit
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await stopped;
      clearTimeout(timer);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
