import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '../i18n';
import { admissionsOffice, contacts, contactValues, immdEnquiries, internationalNumber } from './contacts';

describe('contacts', () => {
  it('keeps the brochure’s channels in its order, under its labels, then ImmD’s', () => {
    expect(contacts.map((c) => dictionaries['zh-hans'][c.labelKey])).toEqual(['一般查询', '入学申请查询', 'VTC 官方微信号', '入境事务处查询']);
  });

  it('puts the Shenzhen number under general enquiries and the Hong Kong office under admissions (facts file, corrected 2026-12)', () => {
    const [general, admissions] = contacts;
    expect(general?.links.map((l) => l.href)).toEqual(['tel:+8675533634880']);
    expect(admissions?.links.map((l) => l.href)).toEqual(['tel:+85228361784', 'mailto:iss@vtc.edu.hk']);
    expect(dictionaries['zh-hans'][admissions!.officeKey!]).toBe('香港职业训练局中国内地及国际事务处');
  });

  it('names no WeChat account: the channel has a note and nothing to link to', () => {
    const wechat = contacts.find((c) => c.labelKey === 'contacts.wechat');
    expect(wechat?.links).toEqual([]);
    for (const locale of locales) expect(dictionaries[locale][wechat!.noteKey!]).toMatch(/QR|二维码|二維碼/);
  });

  it('writes numbers as the brochure does, unbroken, and dials them in full', () => {
    expect(admissionsOffice.phone).toEqual({ kind: 'tel', href: 'tel:+85228361784', text: '(852)\u00a02836\u00a01784' });
    expect(immdEnquiries.email).toEqual({ kind: 'email', href: 'mailto:enquiry@immd.gov.hk', text: 'enquiry@immd.gov.hk' });
    expect(internationalNumber(admissionsOffice.phone)).toBe('+852 2836 1784');
    expect(contactValues).toMatchObject({ vtcEmail: 'iss@vtc.edu.hk', immdPhone: '(852)\u00a02824\u00a06111' });
  });
});
