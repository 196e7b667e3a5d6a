import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';
import { readProgrammes, readSectors } from '../support/content';

/** Every page the site promises is in dist/ after the build: 34 programmes and 13 sectors per locale. */
const pages = new Set(builtPages());
const locales = ['zh-hans', 'zh-hant', 'en'];
const programmes = readProgrammes().map((p) => p.id);
const sectors = readSectors().map((s) => s.id);

describe('built pages', () => {
  it('has the language chooser and the 404 page', () => {
    expect(pages.has('/')).toBe(true);
    expect(pages.has('/404.html')).toBe(true);
  });

  it.each(locales)('%s: home, the table of programmes, 34 programme pages and 13 sector pages', (locale) => {
    expect(pages.has(`/${locale}/`)).toBe(true);
    expect(pages.has(`/${locale}/programmes/`)).toBe(true);
    const built = (kind: string) => [...pages].filter((p) => p.startsWith(`/${locale}/${kind}/`) && p !== `/${locale}/${kind}/`);
    expect(built('programmes').sort()).toEqual(programmes.map((id) => `/${locale}/programmes/${id}/`).sort());
    expect(built('sectors').sort()).toEqual(sectors.map((id) => `/${locale}/sectors/${id}/`).sort());
    expect(programmes).toHaveLength(34);
    expect(sectors).toHaveLength(13);
  });
});
