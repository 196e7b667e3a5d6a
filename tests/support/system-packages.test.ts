import { describe, expect, it } from 'vitest';
import { plan, setupCommand, systemPackages, type Host, type SystemPackage } from './system-packages';

const byName = (...names: string[]) => names.map((name) => systemPackages.find((p) => p.name === name)!);
const required = byName('chromium', 'fonts-noto-cjk', 'poppler-utils', 'nginx', 'libnginx-mod-http-brotli-static');
/** A package the tests run without (the headless shell: they drive Chromium instead, slower): installed where possible, never a reason to stop. */
const optional = byName('chromium-headless-shell');

const root: Host = { debian: true, root: true, sudo: 'none' };
const sudoer: Host = { debian: true, root: false, sudo: 'passwordless' };
const user: Host = { debian: true, root: false, sudo: 'password' };
const noSudo: Host = { debian: true, root: false, sudo: 'none' };
const notDebian: Host = { debian: false, root: true, sudo: 'passwordless' };

describe('the list', () => {
  it('has what the browser, print and nginx tests use, each with its reason and a file to look for', () => {
    expect(systemPackages.map((p) => p.name).sort()).toEqual([...required, ...optional].map((p) => p.name).sort());
    expect(optional.every((p) => !p.required)).toBe(true);
    for (const p of systemPackages) expect(p.why.length, p.name).toBeGreaterThan(10);
    for (const p of systemPackages) expect(p.file, p.name).toMatch(/^\//);
    expect(required.every((p) => p.required)).toBe(true);
  });
});

describe('what `npm test` does about missing packages', () => {
  it.each<[string, SystemPackage[], Host, Record<string, unknown>]>([
    ['nothing missing', [], user, { kind: 'ready', notes: [] }],
    ['as root: apt-get, everything missing', [...required, ...optional], root, { kind: 'install', packages: [...required, ...optional] }],
    ['with sudo that asks no password', required, sudoer, { kind: 'install', packages: required }],
    ['only a package the tests run without missing, cannot install: carry on', optional, user, { kind: 'ready' }],
  ])('%s', (_case, missing, host, expected) => {
    expect(plan(missing, host)).toMatchObject(expected);
  });

  it('installs non-interactively, updating the package lists first, through `sudo -n` when not root', () => {
    const commands = (host: Host) => {
      const result = plan(byName('chromium', 'poppler-utils'), host);
      return result.kind === 'install' ? result.commands : [];
    };
    expect(commands(root)).toEqual([
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
      ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium', 'poppler-utils'],
    ]);
    expect(commands(sudoer).map((c) => c.slice(0, 3))).toEqual([
      ['sudo', '-n', 'env'],
      ['sudo', '-n', 'env'],
    ]);
  });

  it.each<[string, Host, string]>([
    ['not root, sudo asks a password', user, 'sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk'],
    ['not root, no sudo', noSudo, "su -c 'apt-get update && apt-get install -y chromium fonts-noto-cjk'"],
    ['not Debian', notDebian, 'sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk'],
  ])('stops at once when it cannot install (%s), naming each package, why, and the one command', (_case, host, command) => {
    const result = plan([...byName('chromium', 'fonts-noto-cjk'), ...optional], host);
    expect(result.kind).toBe('stop');
    const message = result.kind === 'stop' ? result.message : '';
    expect(message).toContain(`chromium: ${required[0]!.why}`);
    expect(message).toContain(`fonts-noto-cjk: ${required[1]!.why}`);
    expect(message).not.toContain('chromium-headless-shell');
    expect(message).toContain(`\n  ${command}\n`);
    expect(message).toMatch(host.debian ? /sudo that asks no password/ : /not Debian/);
  });

  it('writes the command for whoever runs it', () => {
    expect(setupCommand(byName('poppler-utils'))).toBe('sudo apt-get update && sudo apt-get install -y poppler-utils');
  });
});
