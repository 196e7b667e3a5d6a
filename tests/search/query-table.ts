/**
 * The search's query table (issue 13): how students name the jobs they want, in their own words,
 * each with the programme(s) that would be a right answer, or `none` where no VPAS programme leads
 * to the job (then the right answer is no result at all, not programmes that share a character).
 *
 * Written as students would type, WITHOUT looking at the alias files, so that it measures the
 * vocabulary on words it was not tuned on. Each query carries the locale whose search page it is
 * typed on (the language the student reads the site in) and the kind of wording:
 * - mainland: Mainland colloquial and job-ad wording, in Simplified characters (the main audience);
 * - hk: Hong Kong job-ad wording, in Traditional characters;
 * - en: English variants (British, American, job-ad and everyday);
 * - typo: a word or two misspelled in Latin script;
 * - none: jobs no VPAS programme leads to (teacher, accountant, nurse, lawyer, …).
 *
 * A query counts as found in the top N when one of its programmes is among the first N results the
 * island shows (sector pages count as results: they take a place in the list too). A `none` query
 * counts as found when the island shows no result. Where a job has several fair answers (a lift
 * technician: mechanical, electrical or building services), all of them are listed.
 */
export type QueryKind = 'mainland' | 'hk' | 'en' | 'typo' | 'none';
export type TableLocale = 'zh-hans' | 'zh-hant' | 'en';

export interface TableQuery {
  query: string;
  locale: TableLocale;
  kind: QueryKind;
  /** Programme ids (file names), any of which is a right answer; `none` when no programme leads there. */
  expect: readonly string[] | 'none';
}

// Programme ids, shortened for the table.
const SE = 'software-engineering';
const CLOUD = 'cloud-systems-and-data-centre-management';
const AIAPP = 'artificial-intelligence-and-mobile-app-development';
const CYBER = 'cybersecurity';
const AISMART = 'artificial-intelligence-and-smart-technology';
const DATA = 'data-science-and-artificial-intelligence';
const GAMES = 'games-and-animation';
const THEME = 'creative-technology-for-theme-parks-and-theatres';
const MEDIA = 'digital-media-technology';
const CABIN = 'aviation-cabin-and-passenger-services';
const LOGI = 'aviation-and-logistics';
const TRANSPORT = 'aviation-services-and-transport-studies';
const AIRPORT = 'airport-operations-management';
const AVSYS = 'aviation-systems-and-operations';
const AIRCRAFT = 'aircraft-maintenance-engineering';
const ARCH = 'architecture-interior-and-landscape-design';
const CIVIL = 'civil-engineering';
const CONSTRUCT = 'construction-management';
const SURVEY = 'surveying';
const ARCHTECH = 'architectural-technology-and-design';
const GEO = 'geospatial-science-and-land-surveying';
const BSE = 'building-services-engineering';
const ECOM = 'business-with-e-commerce';
const ELEC = 'electrical-engineering';
const MECH = 'mechanical-engineering';
const TREE = 'conservation-and-tree-management';
const REHAB = 'rehabilitation-services';
const CHEF = 'culinary-arts';
const HOTEL = 'international-hospitality-management';
const LAB = 'analytical-science';
const BIO = 'biomedical-science';
const SEA = 'maritime-studies';
const PROPERTY = 'real-estate-and-property-management';
const CAR = 'automotive-engineering';

const IT_ALL = [SE, CLOUD, AIAPP, CYBER, AISMART, DATA, GAMES, THEME, MEDIA];

type Row = [query: string, expect: readonly string[] | 'none'];
const rows = (locale: TableLocale, kind: QueryKind, list: readonly Row[]): TableQuery[] =>
  list.map(([query, expect]) => ({ query, locale, kind, expect }));

/** Mainland colloquial and job-ad wording (Simplified), typed on the zh-hans pages. */
const mainland = rows('zh-hans', 'mainland', [
  // Innovation and technology
  ['程序猿', [SE]],
  ['写代码', [SE, AIAPP]],
  ['后端开发', [SE]],
  ['Java开发工程师', [SE]],
  ['安卓开发', [AIAPP]],
  ['APP开发', [AIAPP]],
  ['小程序开发', [AIAPP, SE]],
  ['网管', [CLOUD, CYBER]],
  ['运维工程师', [CLOUD]],
  ['机房运维', [CLOUD]],
  ['渗透测试', [CYBER]],
  ['网络安全工程师', [CYBER]],
  ['信息安全', [CYBER]],
  ['数据分析', [DATA]],
  ['大数据', [DATA]],
  ['算法工程师', [DATA, AISMART]],
  ['机器学习', [DATA, AISMART]],
  ['物联网', [AISMART]],
  ['游戏开发', [GAMES]],
  ['动画师', [GAMES]],
  ['做动漫', [GAMES]],
  ['原画师', [GAMES]],
  ['3D建模', [GAMES, MEDIA]],
  ['视频剪辑', [MEDIA]],
  ['后期制作', [MEDIA]],
  ['舞台灯光', [THEME]],
  ['主题乐园', [THEME]],
  ['搞IT的', IT_ALL],
  // Aviation, transport and logistics
  ['我想做空姐', [CABIN]],
  ['空少', [CABIN]],
  ['乘务员', [CABIN]],
  ['机场地勤', [CABIN, AIRPORT]],
  ['值机', [CABIN, AIRPORT]],
  ['飞机机务', [AIRCRAFT]],
  ['飞机维修工', [AIRCRAFT]],
  ['物流专员', [LOGI]],
  ['仓管', [LOGI]],
  ['供应链', [LOGI]],
  ['货代', [LOGI]],
  ['公交调度', [TRANSPORT]],
  ['车队管理', [TRANSPORT, LOGI]],
  ['签派员', [AVSYS, AIRPORT]],
  // Building, civil engineering and the built environment
  ['建筑师', [ARCH, ARCHTECH]],
  ['施工员', [CONSTRUCT, CIVIL]],
  ['工地监工', [CONSTRUCT, CIVIL]],
  ['造价员', [SURVEY, CONSTRUCT]],
  ['土木工程师', [CIVIL]],
  ['搞土木', [CIVIL]],
  ['测绘', [GEO, SURVEY]],
  ['制图员', [ARCHTECH, GEO, SURVEY]],
  ['BIM建模', [ARCHTECH, CONSTRUCT, CIVIL, BSE]],
  ['室内设计', [ARCH]],
  ['园林设计', [ARCH]],
  ['景观设计师', [ARCH]],
  ['暖通工程师', [BSE]],
  ['消防工程', [BSE]],
  ['监理', [CONSTRUCT, CIVIL]],
  // E-commerce
  ['淘宝运营', [ECOM]],
  ['电商运营', [ECOM]],
  ['带货主播', [ECOM]],
  ['网红', [ECOM, MEDIA]],
  ['自媒体', [ECOM, MEDIA]],
  ['新媒体运营', [ECOM]],
  ['文案', [ECOM]],
  ['小红书运营', [ECOM]],
  ['抖音运营', [ECOM]],
  ['跨境电商', [ECOM]],
  ['网店店长', [ECOM]],
  ['信息流投放', [ECOM]],
  // Electrical and mechanical services
  ['电工', [ELEC, BSE]],
  ['电气工程师', [ELEC]],
  ['机械设计', [MECH]],
  ['机械工程师', [MECH]],
  ['电梯维修', [MECH, ELEC, BSE]],
  ['机电工程师', [ELEC, MECH, BSE]],
  ['PLC自动化', [ELEC, MECH]],
  // Environmental conservation
  ['园艺师', [TREE]],
  ['树医生', [TREE]],
  ['绿化工', [TREE]],
  ['生态保育', [TREE]],
  // Healthcare
  ['护工', [REHAB]],
  ['养老院护理员', [REHAB]],
  ['康复助理', [REHAB]],
  // Hospitality and tourism
  ['厨子', [CHEF]],
  ['西餐厨师', [CHEF]],
  ['面点师', [CHEF]],
  ['烧腊师傅', [CHEF]],
  ['酒店前台', [HOTEL]],
  ['酒店经理', [HOTEL]],
  ['调酒师', [HOTEL, CHEF]],
  ['导游', [HOTEL]],
  ['会展策划', [HOTEL]],
  ['私人管家', [HOTEL]],
  // Laboratory service, life and health technology
  ['化验员', [LAB]],
  ['检测员', [LAB, BIO]],
  ['实验员', [LAB, BIO]],
  ['质检员', [BIO, LAB]],
  ['食品检测', [LAB]],
  ['医学检验', [BIO]],
  ['科研助理', [BIO]],
  ['医疗器械销售', [BIO]],
  // Maritime
  ['跑船', [SEA]],
  ['船员', [SEA]],
  ['水手', [SEA]],
  ['三副', [SEA]],
  // Property management
  ['物业经理', [PROPERTY]],
  ['物业管家', [PROPERTY]],
  ['房产中介', [PROPERTY]],
  ['租赁专员', [PROPERTY]],
  // Automobile engineering
  ['汽修工', [CAR]],
  ['想学修车', [CAR]],
  ['汽车维修', [CAR]],
  ['4S店服务顾问', [CAR]],
  ['新能源汽车', [CAR]],
]);

/** Hong Kong job-ad wording (Traditional), typed on the zh-hant pages. */
const hongKong = rows('zh-hant', 'hk', [
  ['程式員', [SE]],
  ['系統分析員', [SE, CLOUD]],
  ['IT支援', [CLOUD, CYBER, SE]],
  ['網絡工程師', [CLOUD, CYBER]],
  ['數據分析員', [DATA]],
  ['資訊科技', IT_ALL],
  ['遊戲設計師', [GAMES]],
  ['多媒體設計', [MEDIA]],
  ['機艙服務員', [CABIN]],
  ['地勤人員', [CABIN, AIRPORT]],
  ['飛機工程師', [AIRCRAFT]],
  ['飛機維修技工', [AIRCRAFT]],
  ['物流文員', [LOGI]],
  ['貨運代理', [LOGI]],
  ['倉務員', [LOGI]],
  ['運輸主任', [TRANSPORT]],
  ['建築繪圖員', [ARCHTECH]],
  ['則師樓助理', [ARCH, ARCHTECH]],
  ['工料測量', [SURVEY]],
  ['測量師', [SURVEY, GEO]],
  ['土地測量', [GEO]],
  ['地盤主管', [CONSTRUCT, CIVIL]],
  ['地盤管工', [CONSTRUCT, CIVIL]],
  ['屋宇設備工程', [BSE]],
  ['冷氣技工', [BSE, MECH]],
  ['機電技術員', [ELEC, MECH, BSE]],
  ['電機工程師', [ELEC]],
  ['升降機技工', [MECH, ELEC, BSE]],
  ['樹藝', [TREE]],
  ['園藝', [TREE]],
  ['復康助理', [REHAB]],
  ['物理治療助理員', [REHAB]],
  ['安老院護理員', [REHAB]],
  ['西廚', [CHEF]],
  ['燒味', [CHEF]],
  ['砧板師傅', [CHEF]],
  ['中廚', [CHEF]],
  ['酒店接待員', [HOTEL]],
  ['宴會經理', [HOTEL, CHEF]],
  ['侍酒師', [HOTEL]],
  ['旅行社職員', [HOTEL]],
  ['活動統籌', [HOTEL]],
  ['化驗師', [LAB, BIO]],
  ['實驗室技術員', [LAB, BIO]],
  ['品質控制', [BIO, LAB]],
  ['醫務化驗', [BIO]],
  ['行船', [SEA]],
  ['船長', [SEA]],
  ['物業主任', [PROPERTY]],
  ['屋苑經理', [PROPERTY]],
  ['大廈管理', [PROPERTY]],
  ['租務主任', [PROPERTY]],
  ['汽車技工', [CAR]],
  ['車房師傅', [CAR]],
  ['網店', [ECOM]],
  ['社交媒體', [ECOM, MEDIA]],
  ['市場推廣', [ECOM]],
  ['KOL', [ECOM, MEDIA]],
  ['直播', [ECOM]],
  ['客戶服務', [ECOM, HOTEL]],
]);

/** English variants, typed on the en pages. */
const english = rows('en', 'en', [
  ['developer', [SE, AIAPP]],
  ['web developer', [SE]],
  ['coder', [SE]],
  ['app developer', [AIAPP]],
  ['IT support', [CLOUD, CYBER, SE]],
  ['network engineer', [CLOUD, CYBER]],
  ['sysadmin', [CLOUD]],
  ['penetration tester', [CYBER]],
  ['ethical hacker', [CYBER]],
  ['data scientist', [DATA]],
  ['machine learning engineer', [DATA, AISMART, AIAPP]],
  ['game designer', [GAMES]],
  ['animator', [GAMES]],
  ['video editor', [MEDIA]],
  ['stage technician', [THEME]],
  ['air hostess', [CABIN]],
  ['stewardess', [CABIN]],
  ['ground staff', [CABIN, AIRPORT]],
  ['aircraft engineer', [AIRCRAFT]],
  ['aircraft technician', [AIRCRAFT]],
  ['warehouse', [LOGI]],
  ['supply chain', [LOGI]],
  ['freight forwarder', [LOGI]],
  ['architect', [ARCH, ARCHTECH]],
  ['draftsman', [ARCHTECH, GEO, SURVEY]],
  ['quantity surveyor', [SURVEY]],
  ['land surveyor', [GEO, SURVEY]],
  ['site engineer', [CIVIL, CONSTRUCT]],
  ['civil engineer', [CIVIL]],
  ['HVAC engineer', [BSE]],
  ['interior designer', [ARCH]],
  ['landscape architect', [ARCH]],
  ['electrician', [ELEC, BSE]],
  ['electrical engineer', [ELEC]],
  ['mechanical engineer', [MECH]],
  ['lift technician', [MECH, ELEC, BSE]],
  ['gardener', [TREE]],
  ['tree surgeon', [TREE]],
  ['care worker', [REHAB]],
  ['physio assistant', [REHAB]],
  ['cook', [CHEF]],
  ['line cook', [CHEF]],
  ['hotel receptionist', [HOTEL]],
  ['concierge', [HOTEL]],
  ['bartender', [HOTEL, CHEF]],
  ['sommelier', [HOTEL]],
  ['event planner', [HOTEL]],
  ['tour guide', [HOTEL]],
  ['lab assistant', [LAB, BIO]],
  ['chemist', [LAB]],
  ['QC inspector', [BIO, LAB]],
  ['medical lab technician', [BIO]],
  ['seafarer', [SEA]],
  ['ship officer', [SEA]],
  ['facility manager', [PROPERTY, BSE]],
  ['estate agent', [PROPERTY]],
  ['car mechanic', [CAR]],
  ['auto technician', [CAR]],
  ['online seller', [ECOM]],
  ['social media manager', [ECOM, MEDIA]],
  ['influencer', [ECOM, MEDIA]],
  ['copywriter', [ECOM]],
  ['digital marketer', [ECOM]],
]);

/** Misspelled Latin words, typed on the en pages. */
const typos = rows('en', 'typo', [
  ['sofware engineer', [SE]],
  ['programer', [SE]],
  ['cybersecurty', [CYBER]],
  ['data analist', [DATA]],
  ['animater', [GAMES]],
  ['flight attendent', [CABIN]],
  ['logistcs', [LOGI]],
  ['warehose', [LOGI]],
  ['architecht', [ARCH, ARCHTECH]],
  ['civil enginering', [CIVIL]],
  ['surveyer', [SURVEY, GEO]],
  ['landscap design', [ARCH]],
  ['electrican', [ELEC, BSE]],
  ['mechanical enginer', [MECH]],
  ['arborst', [TREE]],
  ['physiotherapy asistant', [REHAB]],
  ['cheff', [CHEF]],
  ['hotel managment', [HOTEL]],
  ['somelier', [HOTEL]],
  ['bartendor', [HOTEL, CHEF]],
  ['laboratry technician', [LAB, BIO]],
  ['propety management', [PROPERTY]],
  ['mechnic', [CAR]],
  ['e-comerce', [ECOM]],
]);

/** Jobs no VPAS programme leads to, in all three locales: the right answer is none. */
const noProgramme: TableQuery[] = [
  ...rows('zh-hans', 'none', [
    ['老师', 'none'],
    ['会计', 'none'],
    ['护士', 'none'],
    ['律师', 'none'],
    ['医生', 'none'],
    ['警察', 'none'],
    ['公务员', 'none'],
    ['飞行员', 'none'],
    ['心理咨询师', 'none'],
    ['幼师', 'none'],
    ['药剂师', 'none'],
    ['理发师', 'none'],
  ]),
  ...rows('zh-hant', 'none', [
    ['教師', 'none'],
    ['會計師', 'none'],
    ['社工', 'none'],
    ['文員', 'none'],
    ['保險經紀', 'none'],
    ['髮型師', 'none'],
  ]),
  ...rows('en', 'none', [
    ['teacher', 'none'],
    ['accountant', 'none'],
    ['nurse', 'none'],
    ['lawyer', 'none'],
    ['doctor', 'none'],
    ['pilot', 'none'],
    ['police officer', 'none'],
    ['pharmacist', 'none'],
    ['social worker', 'none'],
    ['journalist', 'none'],
    ['dentist', 'none'],
    ['accountent', 'none'],
  ]),
];

export const queryTable: readonly TableQuery[] = [...mainland, ...hongKong, ...english, ...typos, ...noProgramme];
