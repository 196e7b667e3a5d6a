import { describe, expect, it } from 'vitest';
import { displayHost, isOfficialHost, sourceUrlProblem } from './official-hosts';

describe('sourceUrlProblem', () => {
  it.each([
    'https://www.vtc.edu.hk/hqip/vpas-std.php',
    'https://miao.vtc.edu.hk/nls-admission/programme/higher-diploma/as114206',
    'https://hkiit.edu.hk/en/programmes/it114122-higher-diploma-in-cybersecurity/index.html',
    'https://www.immd.gov.hk/eng/services/visas/vpas.html',
    'https://www.tlb.gov.hk/matf/eng/aviation/partial-refund.html',
    'https://www.thei.edu.hk/sc/admissions/mainland-admission/application/tuition-fees',
    'https://VTC.EDU.HK./admission',
  ])('accepts %s', (url) => {
    expect(sourceUrlProblem(url)).toBeNull();
  });

  it.each([
    ['http://www.vtc.edu.hk/admission/', 'https'],
    ['ftp://www.vtc.edu.hk/', 'https'],
    ['https://evilvtc.edu.hk/', 'not an official host'],
    ['https://vtc.edu.hk.example.com/', 'not an official host'],
    ['https://www.hk01.com/article', 'not an official host'],
    ['https://gov.hk.example.org/', 'not an official host'],
    ['https://edu.hk/', 'not an official host'],
    ['https://user:pw@www.vtc.edu.hk/', 'user name'],
    ['https://www.vtc.edu.hk:8443/', 'default https port'],
    ['vtc.edu.hk/page', 'not a URL'],
  ])('rejects %s (%s)', (url, reason) => {
    expect(sourceUrlProblem(url)).toContain(reason);
  });
});

describe('isOfficialHost', () => {
  it('takes subdomains of official hosts and nothing that merely ends with the same letters', () => {
    expect(isOfficialHost('ido.vtc.edu.hk')).toBe(true);
    expect(isOfficialHost('notgov.hk')).toBe(false);
    expect(isOfficialHost('hkiit.edu.hk.cn')).toBe(false);
  });
});

describe('displayHost', () => {
  it('drops www. and keeps other subdomains', () => {
    expect(displayHost('https://www.vtc.edu.hk/x')).toBe('vtc.edu.hk');
    expect(displayHost('https://miao.vtc.edu.hk/x')).toBe('miao.vtc.edu.hk');
  });
});
