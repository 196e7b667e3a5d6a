import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, headlessShellPath } from './browser.ts';

/**
 * The Debian packages the tests need beyond node_modules, in one list: `npm test` installs the
 * missing ones with apt-get where it can (as root, or with sudo that asks no password), saying what
 * and why, and otherwise stops at once with the one command to run (scripts/test.ts). Vitest's
 * global set-up checks the same list, so `npx vitest run tests/…` stops the same way.
 * Plain Node, no Vitest: scripts import it as `../tests/support/system-packages.ts`.
 */
export interface SystemPackage {
  /** The Debian package. */
  name: string;
  /** What the tests use it for, said when it is installed. */
  why: string;
  /** A file the package installs: present means installed, without asking dpkg (works off Debian too). */
  file: string;
  /** False when the tests run without it (more slowly): installed where `npm test` can, never a reason to stop. */
  required: boolean;
}

export const systemPackages: readonly SystemPackage[] = [
  { name: 'chromium', why: 'the browser tests drive Debian’s Chromium (or CHROMIUM_PATH), and Lighthouse runs it', file: chromiumPath, required: true },
  {
    name: 'chromium-headless-shell',
    why: 'the same Chromium without its UI layers: the browser tests run about twice as fast in it (Chromium otherwise)',
    file: headlessShellPath,
    required: false,
  },
  {
    name: 'fonts-noto-cjk',
    why: 'Chinese pages are laid out, measured and printed with real CJK glyphs',
    file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    required: true,
  },
  { name: 'poppler-utils', why: 'pdfinfo and pdftotext read back the printed PDFs', file: '/usr/bin/pdftotext', required: true },
  // tests/serve/ and tests/seo/site-url.test.ts serve dist/ with the configuration the build wrote.
  { name: 'nginx', why: 'the deployment tests serve dist/ with a real nginx', file: '/usr/sbin/nginx', required: true },
  {
    name: 'libnginx-mod-http-brotli-static',
    why: 'nginx serves the precompressed .br files',
    file: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
    required: true,
  },
];

export const missingPackages = (list: readonly SystemPackage[] = systemPackages) => list.filter((p) => !existsSync(p.file));

/** What this machine allows: apt-get at all, and as whom. */
export interface Host {
  debian: boolean;
  root: boolean;
  /** 'passwordless' when `sudo -n true` succeeds. */
  sudo: 'none' | 'password' | 'passwordless';
}

export function readHost(): Host {
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  const root = process.getuid?.() === 0;
  const hasSudo = spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status === 0;
  const sudo = !hasSudo ? 'none' : spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? 'passwordless' : 'password';
  return { debian, root, sudo };
}

export type Plan =
  | { kind: 'ready'; notes: string[] }
  /** Commands to run in order, each an argv. */
  | { kind: 'install'; packages: readonly SystemPackage[]; commands: string[][] }
  | { kind: 'stop'; message: string };

/** The one command a person runs to install `packages` on Debian. */
export function setupCommand(packages: readonly SystemPackage[], host: Pick<Host, 'sudo'> = { sudo: 'password' }): string {
  const install = `apt-get update && apt-get install -y ${packages.map((p) => p.name).join(' ')}`;
  return host.sudo === 'none' ? `su -c '${install}'` : install.replaceAll('apt-get', 'sudo apt-get');
}

/** What `npm test` does about the missing packages on this host. */
export function plan(missing: readonly SystemPackage[], host: Host): Plan {
  if (missing.length === 0) return { kind: 'ready', notes: [] };
  const canInstall = host.debian && (host.root || host.sudo === 'passwordless');
  if (canInstall) {
    const prefix = host.root ? [] : ['sudo', '-n'];
    const apt = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
    return { kind: 'install', packages: missing, commands: [[...apt, 'update', '-qq'], [...apt, 'install', '-y', '-qq', ...missing.map((p) => p.name)]] };
  }
  const notes = missing.map((p) => `${p.name} is not installed (${p.why}); the tests run without it.`);
  const required = missing.filter((p) => p.required);
  if (required.length === 0) return { kind: 'ready', notes };
  const reason = !host.debian
    ? 'This machine is not Debian (no /etc/debian_version or apt-get), so `npm test` cannot install them. On Debian:'
    : '`npm test` installs them with apt-get only as root or with sudo that asks no password. Run:';
  return { kind: 'stop', message: missingMessage(required, reason, host) };
}

/** Which packages are missing and why the tests need each, then what to do and the one command. */
export function missingMessage(packages: readonly SystemPackage[], reason: string, host: Pick<Host, 'sudo'> = { sudo: 'password' }): string {
  const why = packages.map((p) => `  ${p.name}: ${p.why}`).join('\n');
  return `The tests need packages that are missing:\n${why}\n${reason}\n\n  ${setupCommand(packages, host)}\n`;
}
