import type { ProgrammeFacts, SectorFacts } from '../structured-data';

/**
 * Test-only: a sector and two of its programmes, with just the fields that the page words (seo.ts)
 * and the JSON-LD (structured-data.ts) read, in the three locales. The sector has four example jobs,
 * so a test can see which of them a description keeps; one programme has its code and official
 * English name, the other neither (the site translated its English name).
 */
export const sector: SectorFacts = {
  id: 'innovation-and-technology',
  data: {
    name: { 'zh-hans': '创新及科技', 'zh-hant': '創新及科技', en: 'Innovation and Technology' },
    jobTitles: [
      { 'zh-hans': '程序员', 'zh-hant': '程式員', en: 'Programmer' },
      { 'zh-hans': '软件工程师', 'zh-hant': '軟件工程師', en: 'Software Engineer' },
      { 'zh-hans': '云端工程师', 'zh-hant': '雲端工程師', en: 'Cloud Engineer' },
      { 'zh-hans': '网络安全分析师', 'zh-hant': '網絡安全分析師', en: 'Cybersecurity Analyst' },
    ],
  },
};

export const withCode: ProgrammeFacts = {
  id: 'cybersecurity',
  data: {
    name: { 'zh-hans': '网络安全', 'zh-hant': '網絡安全', en: 'Cybersecurity' },
    englishName: 'official',
    official: { nameEn: 'Higher Diploma in Cybersecurity', code: 'IT114122' },
  },
};

export const withoutCode: ProgrammeFacts = {
  id: 'software-engineering',
  data: {
    name: { 'zh-hans': '软件工程', 'zh-hant': '軟件工程', en: 'Software Engineering' },
    englishName: 'translation',
    official: {},
  },
};
