import { describe, expect, it } from 'vitest';
import { languageTags, locales, type Locale } from '../../src/i18n';
import { distFiles, distRelative } from '../support/site';
import { readProgrammes } from '../support/content';
import { readPageText, type PageText } from '../support/page-text';

/**
 * What the built site says, against the line-by-line audit of issue #11: for each kind of page and
 * each locale, the phrases that must be there (the true statement, as the site words it) and the
 * phrases that must never come back (the false or unsupported ones the audit found). Read from the
 * HTML files in dist/, in the page's own language; run after `astro build`.
 */

type Kind = 'every' | 'home' | 'table' | 'programme' | 'sector' | 'checker' | 'support' | 'rules' | 'brochure' | 'careers';
type PerLocale = Record<Locale, readonly string[]>;

interface Statement {
  /** The item or the review note it guards. */
  what: string;
  kind: Kind;
  /** A section of the page (its heading's id), or the whole page. */
  within?: string;
  /** Each must appear; with `inOrder`, in this order. */
  required?: PerLocale;
  inOrder?: true;
  forbidden?: PerLocale;
}

const same = (phrases: readonly string[]): PerLocale => ({ 'zh-hans': phrases, 'zh-hant': phrases, en: phrases });
const none: readonly string[] = [];

const statements: Statement[] = [
  {
    what: '1–2. contacts under the brochure’s labels, with the WeChat account and no account name',
    kind: 'every',
    inOrder: true,
    required: {
      'zh-hans': ['一般查询', '(86) 755 3363 4880', '入学申请查询', '香港职业训练局中国内地及国际事务处', '(852) 2836 1784', 'iss@vtc.edu.hk', 'VTC 官方微信号', '人工客服', '二维码印在 VTC 的宣传单张上', '不列出任何账号'],
      'zh-hant': ['一般查詢', '(86) 755 3363 4880', '入學申請查詢', '香港職業訓練局中國內地及國際事務處', '(852) 2836 1784', 'iss@vtc.edu.hk', 'VTC 官方微信號', '人工客服', '二維碼印在 VTC 的宣傳單張上', '不列出任何帳號'],
      en: ['General enquiries', '(86) 755 3363 4880', 'Admissions enquiries', 'VTC Mainland and International Affairs Office', '(852) 2836 1784', 'iss@vtc.edu.hk', 'official WeChat account', 'person to talk to', 'QR code is printed on the VTC’s brochure', 'names none'],
    },
    forbidden: { 'zh-hans': ['内地入学申请查询'], 'zh-hant': ['內地入學申請查詢'], en: ['Admissions enquiries from the Mainland'] },
  },
  {
    what: '1–2. the printable guide prints the same contacts',
    kind: 'brochure',
    within: 'brochure-contacts',
    inOrder: true,
    required: {
      'zh-hans': ['一般查询', '(86) 755 3363 4880', '入学申请查询', '(852) 2836 1784', 'VTC 官方微信号', '入境事务处查询'],
      'zh-hant': ['一般查詢', '(86) 755 3363 4880', '入學申請查詢', '(852) 2836 1784', 'VTC 官方微信號', '入境事務處查詢'],
      en: ['General enquiries', '(86) 755 3363 4880', 'Admissions enquiries', '(852) 2836 1784', 'official WeChat account', 'Immigration Department enquiries'],
    },
  },
  {
    what: '3–4. programme intakes: the site’s reading, each source for its own part, the VTC’s list counts',
    kind: 'programme',
    required: {
      'zh-hans': ['入学学年（本站的理解）', '并非官方名单', '入境事务处的网页列明 2024/25、2025/26 学年', 'VTC 2025 年 12 月的宣传单张列出 2026/27 学年的课程', '以 VTC 为该学年公布的名单为准'],
      'zh-hant': ['入學學年（本站的理解）', '並非官方名單', '入境事務處的網頁列明 2024/25、2025/26 學年', 'VTC 2025 年 12 月的宣傳單張列出 2026/27 學年的課程', '以 VTC 為該學年公佈的名單為準'],
      en: ['Intakes (this site’s reading)', 'not an official list', 'names the 2024/25, 2025/26 intakes', 'brochure of December 2025 lists the programmes for 2026/27', 'The VTC’s list for your year of admission is what counts'],
    },
    forbidden: { 'zh-hans': ['合资格入学学年', '2024/25 · 2025/26', '2025/26 · 2026/27'], 'zh-hant': ['合資格入學學年', '2024/25 · 2025/26', '2025/26 · 2026/27'], en: ['Eligible intakes'] },
  },
  {
    what: '3–4, 10. the checker’s checklist: intakes cited per source, the 2026/27 list, the completion date as the site’s reading',
    kind: 'checker',
    required: {
      // zh-Hans in the words a Mainland reader uses (issue 17, the checker's wording).
      'zh-hans': ['在入境事务处网页列明的 2024/25、2025/26 学年入学，或在 VTC 2025 年 12 月宣传单张列出课程的 2026/27 学年入学', '为 2026/27 学年入学列出的 34 个合格课程', '如果你较早入学，而你的课程不在其中，请问 VTC', '本站的理解（学年从 9 月 1 日到次年 8 月 31 日），例如 2026/27 学年入学，要在2029年8月31日或之前毕业'],
      'zh-hant': ['於入境事務處網頁列明的 2024/25、2025/26 學年入學，或於 VTC 2025 年 12 月宣傳單張列出課程的 2026/27 學年入學', '為 2026/27 學年入學列出的 34 個合格課程', '如你在較早學年入學，而你的課程不在此列，請向 VTC 查詢', '本站的理解（學年由 9 月 1 日至翌年 8 月 31 日），例如 2026/27 學年入學，須於2029年8月31日或之前畢業'],
      en: ['admitted in 2024/25, 2025/26, as the Immigration Department’s page names them, or in 2026/27, for which the VTC’s brochure of December 2025 lists the programmes', 'The 34 programmes the VTC’s brochure of December 2025 lists for the 2026/27 intake', 'If you were admitted earlier and your programme is not here, ask the VTC', 'As this site reads that (academic years from 1 September to 31 August): admitted in 2026/27, you graduate by 31 August 2029'],
    },
    forbidden: { 'zh-hans': ['2024/25, 2025/26'], 'zh-hant': ['2024/25, 2025/26'], en: none },
  },
  {
    what: '5. an English name the site translated is called its translation',
    kind: 'programme',
    forbidden: { 'zh-hans': ['尚未公布可引用的官方英文名称'], 'zh-hant': ['尚未公佈可引用的官方英文名稱'], en: ['has not published'] },
  },
  {
    what: '6, 13. the sector’s example jobs, as the brochure presents them, English titles translated',
    kind: 'programme',
    within: 'jobs',
    required: {
      'zh-hans': ['本行业的工作例子', '按行业列出工作例子', '并非按课程', '不是专为本课程列出的', '英文职位名称由本站翻译'],
      'zh-hant': ['本行業的工作例子', '按行業列出工作例子', '並非按課程', '不是專為本課程列出的', '英文職位名稱由本站翻譯'],
      en: ['Example jobs in this sector', 'not for each programme', 'not for this programme in particular', 'the English titles are this site’s translations'],
    },
    forbidden: { 'zh-hans': ['可从事的工作'], 'zh-hant': ['可從事的工作'], en: ['Jobs it leads to'] },
  },
  {
    what: '13. English job titles are the site’s translations',
    kind: 'sector',
    within: 'jobs',
    required: { 'zh-hans': ['英文职位名称由本站翻译'], 'zh-hant': ['英文職位名稱由本站翻譯'], en: ['the English titles are this site’s translations'] },
  },
  {
    what: '13. English job titles are the site’s translations (careers)',
    kind: 'careers',
    required: { 'zh-hans': ['英文职位名称由本站翻译'], 'zh-hant': ['英文職位名稱由本站翻譯'], en: ['the English titles are this site’s translations'] },
  },
  {
    what: '9. the brochure’s seven footnotes, the seventh marking Hospitality and Tourism as new',
    kind: 'rules',
    within: 'fine-print',
    required: {
      'zh-hans': ['七项注释', '酒店及旅游是 2026/27 学年新增的计划涵盖行业'],
      'zh-hant': ['七項註釋', '酒店及旅遊是 2026/27 學年新增的計劃涵蓋行業'],
      en: ['seven footnotes', 'Hospitality and Tourism is the sector the scheme added for the 2026/27 academic year'],
    },
    forbidden: { 'zh-hans': ['六项'], 'zh-hant': ['六項'], en: ['six footnotes'] },
  },
  {
    what: '12. the site’s print edition is named as its own, never the VTC’s brochure',
    kind: 'every',
    required: { 'zh-hans': ['打印版指南'], 'zh-hant': ['列印版指南'], en: ['Printable guide'] },
    forbidden: { 'zh-hans': ['宣传册'], 'zh-hant': ['小冊子'], en: ['booklet'] },
  },
  {
    what: '12. the printable guide says it is the site’s, not the VTC’s brochure',
    kind: 'brochure',
    required: {
      'zh-hans': ['VPAS 打印版指南（本站编制）'],
      'zh-hant': ['VPAS 列印版指南（本站編製）'],
      en: ['VPAS printable guide (made by this site)'],
    },
  },
  {
    what: 'Home: extensions need the VTC’s proofs; the seven years are not said to start with study; ImmD’s mid-2026 note, dated',
    kind: 'home',
    required: {
      'zh-hans': ['从入学到留港工作', '每次延期逗留都须有 VTC 发出的证明', '官方资料没有说明', '2025年9月30日修订版）当时表示', '2026 年年中'],
      'zh-hant': ['從入學到留港工作', '每次延期逗留都須有 VTC 發出的證明', '官方資料沒有說明', '2025年9月30日修訂版）當時表示', '2026 年年中'],
      en: ['From study to work in Hong Kong', 'Each extension of stay needs a proof from the VTC', 'not stated in the official sources', 'revision of 30 September 2025) said then', 'mid-2026'],
    },
    forbidden: {
      'zh-hans': ['从读书到永久居民', '续签时按工作情况延长逗留期限'],
      'zh-hant': ['從讀書到永久居民', '續簽時按工作情況延長逗留期限'],
      en: ['From study to permanent residence', 'your stay is extended as you keep working'],
    },
  },
  {
    what: 'Support: the conditional job offer in plain words; 企業支援 in Hong Kong usage',
    kind: 'support',
    required: { 'zh-hans': ['可获得毕业后全职工作的有条件聘用'], 'zh-hant': ['企業支援'], en: ['may receive a conditional offer of a full-time job after graduation'] },
    forbidden: { 'zh-hans': none, 'zh-hant': ['企業支持'], en: ['for after graduation, on conditions'] },
  },
  {
    what: 'Programme pages: the windows have a unit; conditions are not ticks; the VTC list says what it distinguishes',
    kind: 'programme',
    required: {
      'zh-hans': ['毕业后 0–6 个月', '毕业后 7–12 个月', '粤语班或普通话班另有编号', '只有部分专修范围合格'],
      'zh-hant': ['畢業後 0–6 個月', '畢業後 7–12 個月', '粵語班或普通話班另有編號', '只有部分專修範圍合格'],
      en: ['0–6 months after graduating', '7–12 months after graduating', 'a separate code for a class taught in Cantonese or Putonghua', 'only certain streams count'],
    },
    forbidden: same(['✓']),
  },
  {
    what: 'zh-Hant: Hong Kong terms (BIM 建築信息模擬, North Korea 朝鮮, 企業支援) on every page',
    kind: 'every',
    forbidden: { 'zh-hans': none, 'zh-hant': ['建築信息模型', '北韓', '企業支持'], en: none },
  },
  {
    what: 'zh-Hans and zh-Hant count days as ImmD does: 180 日',
    kind: 'every',
    forbidden: { 'zh-hans': ['180 天', '180天'], 'zh-hant': ['180 天', '180天'], en: none },
  },
];

/** Every built page of a locale, with its kind from its URL. */
function pagesOf(locale: Locale, kind: Kind): { path: string; text: PageText }[] {
  const prefix = `${locale}/`;
  const kindOf = (path: string): Kind | undefined => {
    const rest = path.slice(prefix.length);
    if (rest === 'index.html') return 'home';
    // The table of all programmes (issue 14) is not a programme page.
    if (rest === 'programmes/index.html') return 'table';
    const [segment] = rest.split('/');
    return ({ programmes: 'programme', sectors: 'sector', eligibility: 'checker', support: 'support', rules: 'rules', brochure: 'brochure', careers: 'careers' } as const)[segment ?? ''];
  };
  return distFiles('.html')
    .map((file) => ({ file, path: distRelative(file) }))
    .filter(({ path }) => path.startsWith(prefix) && (kind === 'every' || kindOf(path) === kind))
    .map(({ file, path }) => ({ path, text: readPageText(file, { inLanguage: languageTags[locale] }) }));
}

/** Where `phrases` are missing from `text`, or (with `ordered`) out of order. */
function missing(text: string, phrases: readonly string[], ordered: boolean): string[] {
  const out: string[] = [];
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, ordered ? from : 0);
    if (at === -1) out.push(text.includes(phrase) ? `out of order: “${phrase}”` : `missing: “${phrase}”`);
    else if (ordered) from = at + phrase.length;
  }
  return out;
}

describe.each(locales)('%s', (locale) => {
  it.each(statements.map((s) => [s.what, s] as const))('%s', (_what, statement) => {
    const pages = pagesOf(locale, statement.kind);
    expect(pages.length, `built ${statement.kind} pages in ${locale}`).toBeGreaterThan(0);
    const problems = pages.flatMap(({ path, text }) => {
      const body = statement.within ? text.within(statement.within) : `${text.title} ${text.visible} ${text.attributes.join(' ')}`;
      if (statement.within && body === '') return [`${path}: no section “${statement.within}”`];
      const wrong = (statement.forbidden?.[locale] ?? []).filter((phrase) => body.includes(phrase)).map((p) => `says “${p}”`);
      return [...missing(body, statement.required?.[locale] ?? [], statement.inOrder ?? false), ...wrong].map((p) => `${path}: ${p}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('each programme page', () => {
  const translated = readProgrammes().filter((p) => p.englishName === 'translation');
  const label = { 'zh-hans': '英文名称 ', 'zh-hant': '英文名稱 ', en: 'English name ' } as const;
  const note = { 'zh-hans': '本站的翻译', 'zh-hant': '本站的翻譯', en: 'This site’s translation' } as const;

  it('has programmes whose English name the site translated', () => expect(translated.length).toBeGreaterThan(10));

  it.each(locales)('%s: labels an English name the site translated as its translation', (locale) => {
    const problems = pagesOf(locale, 'programme')
      .filter(({ path }) => translated.some((p) => path === `${locale}/programmes/${p.id}/index.html`))
      .flatMap(({ path, text }) => missing(text.visible, [label[locale], note[locale]], true).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it.each(locales)('%s: no nested brackets in a programme’s facts', (locale) => {
    const nested = /[（(][^（）()]*[（(][^（）()]*[）)][^（）()]*[）)]/;
    const problems = pagesOf(locale, 'programme')
      .filter(({ text }) => nested.test(text.within('about')))
      .map(({ path, text }) => `${path}: ${nested.exec(text.within('about'))?.[0]}`);
    expect(problems).toEqual([]);
  });

  it.each(locales)('%s: the JSON-LD claims no occupations for the programme', (locale) => {
    const claims = pagesOf(locale, 'programme').filter(({ text }) => text.jsonLd.keys.includes('occupationalCategory'));
    expect(claims.map(({ path }) => path)).toEqual([]);
  });
});
