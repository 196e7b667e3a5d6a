import { describe, expect, it } from 'vitest';
import { nodeSearch } from './node-engine';

/**
 * Recall on the built site, through the island's own query code (node-engine.ts): each query,
 * typed as a student would, must have the expected programme among the first three results on
 * every locale's catalogue (a zh-Hans page given Traditional or English, an English page given
 * Chinese, and so on). These are the queries the first vocabulary was written for; the query
 * table (query-table.test.ts) measures words it was not.
 */
const table: [query: string, programme: string][] = [
  // Simplified, the brochure's own titles
  ['软件工程师', 'software-engineering'],
  ['网络安全分析师', 'cybersecurity'],
  ['数据分析师', 'data-science-and-artificial-intelligence'],
  ['人工智能工程师', 'artificial-intelligence-and-smart-technology'],
  ['云端工程师', 'cloud-systems-and-data-centre-management'],
  ['空中服务员', 'aviation-cabin-and-passenger-services'],
  ['树艺师', 'conservation-and-tree-management'],
  ['物业管理专员', 'real-estate-and-property-management'],
  ['化验技术员', 'analytical-science'],
  ['商船见习甲板副长', 'maritime-studies'],
  ['直播主持', 'business-with-e-commerce'],
  ['点心师傅', 'culinary-arts'],
  // Traditional (Hong Kong, and Taiwan vocabulary)
  ['軟件工程師', 'software-engineering'],
  ['軟體工程師', 'software-engineering'],
  ['程式設計師', 'software-engineering'],
  ['網絡安全', 'cybersecurity'],
  ['空中服務員', 'aviation-cabin-and-passenger-services'],
  ['廚師', 'culinary-arts'],
  ['電子商貿', 'business-with-e-commerce'],
  ['物業管理', 'real-estate-and-property-management'],
  ['化驗', 'analytical-science'],
  ['飛機維修', 'aircraft-maintenance-engineering'],
  // English
  ['software engineer', 'software-engineering'],
  ['Software Engineers', 'software-engineering'],
  ['flight attendant', 'aviation-cabin-and-passenger-services'],
  ['cabin crew', 'aviation-cabin-and-passenger-services'],
  ['chef', 'culinary-arts'],
  ['data analyst', 'data-science-and-artificial-intelligence'],
  ['property manager', 'real-estate-and-property-management'],
  ['lab technician', 'analytical-science'],
  ['arborist', 'conservation-and-tree-management'],
  ['mechanic', 'automotive-engineering'],
  ['logistics', 'aviation-and-logistics'],
  ['cybersecurity', 'cybersecurity'],
  // Mainland wording for Hong Kong titles (the alias table)
  ['程序员', 'software-engineering'],
  ['码农', 'software-engineering'],
  ['前端开发', 'software-engineering'],
  ['空乘', 'aviation-cabin-and-passenger-services'],
  ['空姐', 'aviation-cabin-and-passenger-services'],
  ['电商', 'business-with-e-commerce'],
  ['主播', 'business-with-e-commerce'],
  ['厨师', 'culinary-arts'],
  ['大厨', 'culinary-arts'],
  ['网安', 'cybersecurity'],
  ['运维', 'cloud-systems-and-data-centre-management'],
  ['质检', 'biomedical-science'],
  ['物管', 'real-estate-and-property-management'],
  ['汽修', 'automotive-engineering'],
  ['理疗', 'rehabilitation-services'],
  ['海员', 'maritime-studies'],
  ['酒店管理', 'international-hospitality-management'],
  ['暖通', 'building-services-engineering'],
  // Part of a title
  ['维修', 'aircraft-maintenance-engineering'],
  ['维修', 'automotive-engineering'],
  ['助理工程师', 'automotive-engineering'], // a title of three sectors: each one's best fit; the brochure's first sector first
  ['化验', 'analytical-science'],
  ['engineer', 'automotive-engineering'],
  ['设计师', 'architecture-interior-and-landscape-design'],
  ['测量', 'surveying'],
  ['治疗', 'rehabilitation-services'],
  // As a student writes
  ['我想当程序员', 'software-engineering'],
  ['AI工程师', 'artificial-intelligence-and-mobile-app-development'],
  ['IT', 'software-engineering'],
];

describe.each(['zh-hans', 'zh-hant', 'en'] as const)('on the %s catalogue', (locale) => {
  const search = nodeSearch(locale);

  it('the table has at least 45 queries', () => {
    expect(table.length).toBeGreaterThanOrEqual(45);
  });

  it.each(table)('%s → %s in the top 3', (query, programme) => {
    expect(search(query).hits.slice(0, 3).map((h) => h.page.id)).toContain(programme);
  });
});
