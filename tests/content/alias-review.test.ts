import { describe, expect, it } from 'vitest';
import { hongKongText, localisedSpellings, searchForms, simplificationTable, simplifiedText, type Spellings } from '../../src/lib/search/forms';
import { strength } from '../../src/lib/search/match';
import { comparable, hasHan, simplifier } from '../../src/lib/search/text';
import { matchText, realNameCatalogue } from '../../src/lib/search/testing';
import { readAliases, type AliasFile } from '../support/content';

/**
 * The alias files (src/content/aliases) as reviewed content (issues 11 and 13): routes that once
 * misled, or would, must never come back; every reviewed entry says where its words come from and
 * why they mean what they point at; and a reviewed file holds no padding.
 */
const { catalogue } = realNameCatalogue();

/** Every spelling: as written and as OpenCC derives it. */
const spelt = (s: Spellings) => [...s.forms, ...s.variants];

/** Where an alias may lead: a job title of a sector, or a programme by any route (its own aliases, its sector's, its sector's job titles'). */
type Target = { job: [sector: string, title: string] } | { programme: string };

/** Every form the catalogue reaches the target by. */
function aliasFormsOf(target: Target): string[] {
  if ('job' in target) {
    const [sectorId, title] = target.job;
    const job = catalogue.sectors.find((s) => s.id === sectorId)?.jobs.find((j) => j.title['zh-hans'] === title);
    if (!job) throw new Error(`no job title ${title} in ${sectorId}`);
    return spelt(job.aliases);
  }
  const programme = catalogue.programmes.find((p) => p.id === target.programme);
  const sector = catalogue.sectors.find((s) => s.id === programme?.sectorId);
  if (!programme || !sector) throw new Error(`no programme ${target.programme}`);
  return [...spelt(programme.aliases), ...spelt(sector.aliases), ...sector.jobs.flatMap((j) => spelt(j.aliases))];
}

/**
 * Misleading routes: the term must not be an alias of the target. Rows are grouped by the alias
 * file they concern (the vocabulary is reviewed in two halves, sectors 1–7 and 8–13).
 */
const misleading: [term: string, target: Target, why: string][] = [
  // automobile-engineering
  ['汽车工程师', { job: ['automobile-engineering', '助理工程师'] }, 'an engineer post graduates reach after some years, not the entry title'],
  ['钣金', { programme: 'automotive-engineering' }, 'body repair is a craft trade the programme does not teach'],
  ['电动车', { programme: 'automotive-engineering' }, 'on the Mainland, mostly an e-bike'],
  ['技术支持工程师', { job: ['automobile-engineering', '助理工程师'] }, 'in Mainland ads, mostly IT support'],
  ['领班', { job: ['automobile-engineering', '管工'] }, 'alone, mostly a restaurant or hotel supervisor'],
  // aviation-transport-and-logistics
  ['机修', { job: ['aviation-transport-and-logistics', '飞机维修机械师'] }, 'machine or car-workshop repair; aircraft maintenance staff are 机务'],
  ['飞机维修工程师', { job: ['aviation-transport-and-logistics', '飞机维修机械师'] }, 'the licensed aircraft maintenance engineer, not the mechanic'],
  ['机务工程师', { job: ['aviation-transport-and-logistics', '飞机维修机械师'] }, 'the licensed aircraft maintenance engineer, not the mechanic'],
  ['aircraft engineer', { job: ['aviation-transport-and-logistics', '飞机维修机械师'] }, 'in Hong Kong, the licensed aircraft engineer'],
  ['ramp agent', { job: ['aviation-transport-and-logistics', '停机坪服务主任'] }, 'an American baggage-loading job (ISCO-08 9333), not the officer'],
  ['调度员', { job: ['aviation-transport-and-logistics', '运输营运管理主任'] }, 'alone, also power-grid and emergency dispatchers'],
  ['shipping agent', { job: ['aviation-transport-and-logistics', '货运主任'] }, 'in Hong Kong, a ship agency (maritime)'],
  ['飞行员', { programme: 'aviation-systems-and-operations' }, 'a pilot is a licensed post none of the programmes trains for'],
  ['机师', { programme: 'aviation-systems-and-operations' }, 'in Hong Kong, a pilot'],
  ['pilot', { programme: 'aviation-systems-and-operations' }, 'a pilot is a licensed post none of the programmes trains for'],
  ['空管', { programme: 'airport-operations-management' }, 'air traffic control is a licensed post with its own training'],
  ['航空航天工程', { programme: 'aircraft-maintenance-engineering' }, 'aircraft design, another discipline'],
  ['aerospace engineering', { programme: 'aircraft-maintenance-engineering' }, 'aircraft design, another discipline'],
  // building-civil-engineering-and-built-environment
  ['建筑师', { job: ['building-civil-engineering-and-built-environment', '建筑设计助理'] }, 'a registered architect needs a degree'],
  ['architect', { job: ['building-civil-engineering-and-built-environment', '建筑设计助理'] }, 'a registered architect needs a degree'],
  ['landscape architect', { job: ['building-civil-engineering-and-built-environment', '园境设计助理'] }, 'a registered landscape architect needs a degree'],
  ['土木工程师', { job: ['building-civil-engineering-and-built-environment', '助理工程师'] }, 'the civil engineer is a degree-qualified profession'],
  ['结构工程师', { job: ['building-civil-engineering-and-built-environment', '助理工程师'] }, 'the structural engineer is a degree-qualified, registered profession'],
  ['civil engineer', { job: ['building-civil-engineering-and-built-environment', '助理工程师'] }, 'the civil engineer is a degree-qualified profession'],
  ['surveyor', { job: ['building-civil-engineering-and-built-environment', '测量主任'] }, 'in Hong Kong, a registered professional (land, building or quantity)'],
  ['land surveyor', { job: ['building-civil-engineering-and-built-environment', '测量主任'] }, 'an authorised land surveyor is registered'],
  ['测绘工程师', { job: ['building-civil-engineering-and-built-environment', '测量主任'] }, 'a degree-level engineer, not the survey officer'],
  ['建模师', { job: ['building-civil-engineering-and-built-environment', '助理建筑信息模型经理'] }, 'on the Mainland, mostly a 3D modeller for games'],
  ['机电设备', { programme: 'building-services-engineering' }, 'machinery in general is the electrical and mechanical sector'],
  // e-commerce
  ['主持人', { job: ['e-commerce', '直播主持'] }, 'alone, a stage or television host'],
  ['电商美工', { programme: 'business-with-e-commerce' }, 'online-shop graphic design is not a brochure job'],
  // electrical-and-mechanical-services
  ['售前工程师', { job: ['electrical-and-mechanical-services', '技术销售工程师'] }, 'in Mainland ads, mostly IT pre-sales'],
  // environmental-conservation
  ['环保', { programme: 'conservation-and-tree-management' }, 'pollution control (the EPD’s field), not nature conservation'],
  ['环境保护', { programme: 'conservation-and-tree-management' }, 'pollution control (the EPD’s field), not nature conservation'],
  ['环保工程师', { programme: 'conservation-and-tree-management' }, 'environmental engineering is another discipline'],
  ['environmental engineer', { programme: 'conservation-and-tree-management' }, 'environmental engineering is another discipline'],
  ['插花', { job: ['environmental-conservation', '园艺师'] }, 'floristry is another trade'],
  // healthcare
  ['康复师', { job: ['healthcare', '康复教练'] }, 'issue 11: a licensed rehabilitation therapist'],
  ['康复师', { job: ['healthcare', '康复训练员'] }, 'issue 11: a licensed rehabilitation therapist'],
  ['康复治疗师', { job: ['healthcare', '康复教练'] }, 'issue 11: a licensed rehabilitation therapist'],
  ['康复治疗师', { job: ['healthcare', '康复训练员'] }, 'issue 11: a licensed rehabilitation therapist'],
  ['康复治疗', { job: ['healthcare', '康复训练员'] }, 'issue 11: the licensed therapist’s field, not the trainer'],
  ['理疗师', { job: ['healthcare', '物理治疗助理'] }, 'a physiotherapist is licensed, not the assistant'],
  ['物理治疗师', { job: ['healthcare', '物理治疗助理'] }, 'a physiotherapist is licensed, not the assistant'],
  ['physiotherapist', { job: ['healthcare', '物理治疗助理'] }, 'a physiotherapist is licensed, not the assistant'],
  ['physio', { job: ['healthcare', '物理治疗助理'] }, 'names the physiotherapist, not the assistant'],
  ['作业治疗师', { job: ['healthcare', '职业治疗助理'] }, 'an occupational therapist is licensed, not the assistant'],
  ['职业治疗师', { job: ['healthcare', '职业治疗助理'] }, 'an occupational therapist is licensed, not the assistant'],
  ['occupational therapist', { job: ['healthcare', '职业治疗助理'] }, 'an occupational therapist is licensed, not the assistant'],
  ['护士', { job: ['healthcare', '保健员'] }, 'a nurse is registered, not a health worker'],
  ['nurse', { job: ['healthcare', '保健员'] }, 'a nurse is registered, not a health worker'],
  // life-and-health-technology
  ['生物医学工程', { programme: 'biomedical-science' }, 'issue 11: biomedical engineering designs devices, another discipline'],
  ['生物医学工程师', { programme: 'biomedical-science' }, 'biomedical engineering is another discipline'],
  ['biomedical engineering', { programme: 'biomedical-science' }, 'biomedical engineering is another discipline'],
  ['医务化验师', { job: ['life-and-health-technology', '医务化验所助理'] }, 'a registered technologist (degree), not the assistant'],
  ['medical technologist', { job: ['life-and-health-technology', '医务化验所助理'] }, 'a registered technologist (degree), not the assistant'],
  // laboratory-service
  ['医务化验师', { job: ['laboratory-service', '化验技师'] }, 'the registered medical technologist is not the testing lab’s technologist'],
  ['化验师', { job: ['laboratory-service', '化验技师'] }, 'in Hong Kong 化驗師 is the degree-level chemist'],
  ['chemist', { job: ['laboratory-service', '化验技师'] }, 'a chemist is a degree post (ISCO-08 2113)'],
  ['验货员', { programme: 'analytical-science' }, 'product inspection is not laboratory testing'],
  // innovation-and-technology
  ['安全工程师', { programme: 'cybersecurity' }, 'on the Mainland, mostly the registered workplace-safety engineer'],
  ['注册安全工程师', { programme: 'cybersecurity' }, 'the registered workplace-safety engineer'],
  ['舞美', { programme: 'creative-technology-for-theme-parks-and-theatres' }, 'stage and set design is the VTC’s separate design programme'],
  ['电竞', { programme: 'games-and-animation' }, 'playing games is not making them'],
  ['电子竞技员', { programme: 'games-and-animation' }, 'playing games is not making them'],
  // hospitality-and-tourism
  ['产品研发', { job: ['hospitality-and-tourism', '研发厨师'] }, 'product R&D in any trade is not a development chef'],
  ['船务代理', { programme: 'international-hospitality-management' }, 'a cargo shipping agent is not a hospitality job'],
  ['船务代理', { programme: 'culinary-arts' }, 'a cargo shipping agent is not a hospitality job'],
  ['货代', { programme: 'international-hospitality-management' }, 'freight forwarding is logistics'],
  ['码头运营', { job: ['hospitality-and-tourism', '码头营运主任'] }, 'container terminals are logistics; this title works at a cruise terminal'],
  ['集装箱码头', { programme: 'international-hospitality-management' }, 'container terminals are logistics'],
  ['邮轮代理', { job: ['hospitality-and-tourism', '港口代理'] }, 'a cruise seller is a travel consultant, not a port agent'],
  ['邮轮乘务', { job: ['hospitality-and-tourism', '码头营运主任'] }, 'cruise-ship crew work aboard, the terminal officer ashore'],
  ['西点师', { job: ['hospitality-and-tourism', '点心师傅(中菜烹饪专才)'] }, 'Western pastry is not Chinese dim sum'],
  ['咖啡师', { job: ['hospitality-and-tourism', '资深调酒师'] }, 'a barista is not a bartender'],
  ['厨工', { job: ['hospitality-and-tourism', '初级厨师'] }, 'a kitchen hand (ISCO-08 9412) is not a cook'],
  ['副部长', { job: ['hospitality-and-tourism', '副部长主厨'] }, 'alone, a vice-minister'],
  // maritime
  ['船长', { job: ['maritime', '商船见习甲板副长'] }, 'a ship’s captain is a licensed senior rank'],
  ['大副', { job: ['maritime', '商船见习甲板副长'] }, 'a chief officer is a licensed senior rank'],
  ['captain', { job: ['maritime', '商船见习甲板副长'] }, 'a ship’s captain is a licensed senior rank'],
  ['水手', { job: ['maritime', '商船见习甲板副长'] }, 'a rating, not an officer cadet'],
  ['轮机员', { job: ['maritime', '商船见习甲板副长'] }, 'the engine room is another officer track'],
  // property-management
  ['保安', { programme: 'real-estate-and-property-management' }, 'a security guard is not a Higher Diploma post'],
  ['security guard', { programme: 'real-estate-and-property-management' }, 'a security guard is not a Higher Diploma post'],
  ['测量师', { programme: 'real-estate-and-property-management' }, 'surveyors are the building sector’s registered professionals'],
  ['维保', { job: ['property-management', '屋宇保养主任'] }, 'mostly lift and plant maintenance contracts: electrical and mechanical trades'],
  ['招商', { job: ['property-management', '租务经理'] }, 'alone, also investment promotion'],
];

/** The forms of a term that reach the target through the alias files. */
const routes = (term: string, target: Target) => {
  const reached = new Set(aliasFormsOf(target));
  return searchForms(term).filter((form) => reached.has(form));
};

describe('misleading routes never come back', () => {
  it.each(misleading)('%s does not lead to %o (%s)', (term, target) => {
    expect(routes(term, target)).toEqual([]);
  });

  it('would see a route that is there, by any spelling and any way into a programme', () => {
    expect(routes('空乘', { job: ['aviation-transport-and-logistics', '空中服务员'] })).toEqual(['空乘']);
    expect(routes('機艙服務員', { programme: 'aviation-cabin-and-passenger-services' })).toContain('机舱服务员');
    expect(routes('mechanic', { programme: 'automotive-engineering' })).toEqual(['mechanic']);
    expect(routes('程序员', { job: ['innovation-and-technology', '程式设计师'] })).toEqual(['程序员']);
    expect(routes('程序員', { programme: 'software-engineering' })).toContain('程序员');
    expect(routes('it', { programme: 'cybersecurity' })).toEqual(['it']);
  });
});

/** The alias files, every one reviewed in full (issue 13): each entry records where its words come from and why. */
const aliasFiles = readAliases();
const reviewedFiles = aliasFiles.map((file) => file.id);

type RawEntry = AliasFile['aliases'][number];

const readEntries = (file: string) => aliasFiles.find((f) => f.id === file)?.aliases ?? [];

/** The names the search already finds an entry's targets by: an alias equal to one of them adds nothing. */
function targetNames(sectorId: string, entry: RawEntry): string[] {
  const sector = catalogue.sectors.find((s) => s.id === sectorId)!;
  const jobs = sector.jobs.filter((j) => entry.jobTitles?.includes(j.title['zh-hans']));
  const programmes = catalogue.programmes.filter((p) => entry.programmes?.includes(p.id));
  return [
    ...jobs.flatMap((j) => spelt(localisedSpellings(j.title))),
    ...programmes.flatMap((p) => spelt(p.spellings)),
    ...(entry.sector ? spelt(sector.spellings) : []),
  ];
}

/** The Hong Kong variant glyphs a zh-Hant page must not show (issue 11): 户 羣 啓 説 閲. */
const variantGlyphs = /[户羣啓説閲]/u;

describe.each(reviewedFiles)('aliases/%s.yaml', (file) => {
  const entries = readEntries(file);
  const terms = entries.flatMap((e) => e.terms);

  it('records, for every entry, where its words come from and why they mean its targets', () => {
    for (const entry of entries) {
      expect(entry.from?.length ?? 0, entry.terms.join()).toBeGreaterThan(0);
      expect(entry.note?.trim() ?? '', entry.terms.join()).not.toBe('');
    }
  });

  it('writes each word once (a Traditional form of a Simplified term is derived, not written)', () => {
    // Latin words as the search compares them: lower case, hyphens closed up, plural "s" dropped.
    const keys = terms.map((t) => (hasHan(t) ? simplifiedText(t) : comparable(t).words.join(' ')));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('writes English in lower case', () => {
    expect(terms.filter((t) => !hasHan(t) && t !== t.toLowerCase())).toEqual([]);
  });

  it('cites an English source only for English words and a Chinese one only for Chinese words', () => {
    const english = new Set(['isco-08', 'en-job-ads', 'onet']);
    const chinese = new Set(['cn-occupations-2022', 'cn-job-ads']);
    for (const entry of entries) {
      const label = entry.terms.join();
      if (entry.from?.some((f) => english.has(f))) expect(entry.terms.some((t) => !hasHan(t)), label).toBe(true);
      if (entry.from?.some((f) => chinese.has(f))) expect(entry.terms.some(hasHan), label).toBe(true);
    }
  });

  it('holds no alias that is only its target’s own name (the search finds that already)', () => {
    const padding = entries.flatMap((entry) => {
      const names = targetNames(file, entry);
      return entry.terms.filter((t) => matchText(t, names).strength === strength.exact);
    });
    expect(padding).toEqual([]);
  });

  it('shows each term as Hong Kong writes it, and reads a Traditional term back to its Simplified form', () => {
    const simplify = simplifier(simplificationTable(terms.map(simplifiedText)));
    for (const term of terms.filter(hasHan)) {
      const simplified = simplifiedText(term);
      // zh-Hans shows the Simplified form; searching folds every spelling to it.
      expect(searchForms(term)[0]).toBe(simplified);
      expect(simplify(term)).toBe(simplified);
      // zh-Hant shows the Hong Kong form: a term written in Traditional comes back as written …
      if (term !== simplified) expect(hongKongText(simplified)).toBe(term);
      // … and none of its spellings shows the variant glyphs Hong Kong sites do not use: the
      // zh-Hant page shows every form, Taiwan vocabulary included (社区 becomes 社群, shown 社羣).
      for (const form of searchForms(term)) expect(hongKongText(form), `${term} (${form})`).not.toMatch(variantGlyphs);
    }
  });
});

describe('a Hong Kong job-ad term written in Traditional', () => {
  it.each([
    ['車房技工', 'automobile-engineering', '技术员'],
    ['機艙服務員', 'aviation-transport-and-logistics', '空中服务员'],
    ['地盤監督', 'building-civil-engineering-and-built-environment', '工地监督'],
    ['建築信息模擬', 'building-civil-engineering-and-built-environment', '助理建筑信息模型经理'],
    ['數碼市場推廣', 'e-commerce', '数码营销主任'],
    ['升降機技術員', 'electrical-and-mechanical-services', '技术主任'],
    ['樹木風險評估', 'environmental-conservation', '树艺师'],
    ['康復助理', 'healthcare', '物理治疗助理'],
    ['見習化驗員', 'laboratory-service', '化验技术员'],
    ['物業主任', 'property-management', '物业管理专员'],
    ['程式員', 'innovation-and-technology', '程式设计师'],
    ['樓面主管', 'hospitality-and-tourism', null],
  ] as const)('%s is folded to Simplified and found under its target', (term, sectorId, title) => {
    const simplified = simplifiedText(term);
    expect(simplified).not.toBe(term);
    const sector = catalogue.sectors.find((s) => s.id === sectorId)!;
    const reached = title
      ? spelt(sector.jobs.find((j) => j.title['zh-hans'] === title)!.aliases)
      : catalogue.programmes.filter((p) => p.sectorId === sectorId).flatMap((p) => spelt(p.aliases));
    expect(reached).toContain(simplified);
  });
});
