import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { StaticSite } from './server';

/**
 * The real thing: Debian's nginx serving a build with the configuration the build wrote
 * (dist/_nginx.conf), as README "Deploying" tells an operator to. It runs as the current user on a
 * free loopback port, with its prefix, pid, logs and temp folders in a temporary folder: nothing
 * under /etc or /var is written, and close() stops it and removes the folder.
 */

const install = 'apt-get install -y nginx libnginx-mod-http-brotli-static';

/** nginx's binary, its modules folder and its mime.types, from `nginx -V`; or why not. */
function findNginx() {
  const binary = [...(process.env.PATH ?? '').split(':'), '/usr/sbin'].map((dir) => join(dir, 'nginx')).find((path) => existsSync(path));
  if (!binary) throw new Error(`nginx is not installed. Install it and its brotli module: ${install}`);
  const version = spawnSync(binary, ['-V'], { encoding: 'utf8' }).stderr;
  const modules = /--modules-path=(\S+)/.exec(version)?.[1] ?? '/usr/lib/nginx/modules';
  const brotli = join(modules, 'ngx_http_brotli_static_module.so');
  if (!existsSync(brotli)) throw new Error(`nginx's brotli_static module is missing (${brotli}). Install it: ${install}`);
  const mimeTypes = join(dirname(/--conf-path=(\S+)/.exec(version)?.[1] ?? '/etc/nginx/nginx.conf'), 'mime.types');
  if (!existsSync(mimeTypes)) throw new Error(`nginx's mime.types is missing (${mimeTypes}). Reinstall nginx: ${install}`);
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
