/**
 * English UI strings. The key set of this dictionary is the reference: the other locales must have
 * exactly the same keys (a compile error otherwise, and a test). `{name}` marks a value filled in by
 * `format()`. Statements about the scheme trace to ../shared/facts/vpas.md or the brochure.
 */
export default {
  'site.name': 'VPAS Programme Guide',
  'site.tagline': 'Study a VTC Higher Diploma, then stay and work in Hong Kong',
  'site.skip': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.sectors': 'Sectors',
  'nav.careers': 'Careers',
  'nav.checker': 'Eligibility checker',
  'nav.brochure': 'Brochure',
  'nav.support': 'Support and rules',
  'lang.label': 'Language',
  'lang.current': '(current)',
  'breadcrumb.label': 'Breadcrumb',

  'search.label': 'Search by job title',
  'search.placeholder': 'e.g. software engineer, 程序员, 空中服务员',
  'search.submit': 'Search',

  'home.title': 'VPAS: study in Hong Kong, then stay and work',
  'home.lead':
    'The Vocational Professionals Admission Scheme (VPAS) is a pilot scheme of the Hong Kong SAR Government. It lets non-local students who complete an eligible full-time two-year Higher Diploma at the Vocational Training Council (VTC) stay in Hong Kong after graduating to work in a related profession.',
  'home.who':
    'It is for non-local students: from the Mainland of China and from other countries and regions.',
  'home.scale': '{sectors} sectors, {programmes} Higher Diploma programmes for the 2026/27 intake.',
  'home.pathTitle': 'From study to permanent residence',
  'home.step1.title': 'Study for two years',
  'home.step1.text':
    'Study an eligible VTC full-time two-year Higher Diploma in Hong Kong, and complete it within three academic years of admission.',
  'home.step2.title': 'Graduate',
  'home.step2.text': 'The date on your graduation certificate starts the clock for VPAS.',
  'home.step3.title': 'Stay or return',
  'home.step3.text':
    'Stay: apply within 6 months of graduating, no job offer needed (Category A). Return: apply in the 7th to 12th month with a relevant full-time job offer (Category B).',
  'home.step4.title': 'Work',
  'home.step4.text':
    'Work full-time in a job related to your programme; your stay is extended as you keep working.',
  'home.step5.title': 'Seven years',
  'home.step5.text':
    'After ordinarily residing in Hong Kong for a continuous period of at least seven years, and meeting the other requirements, you may apply to become a permanent resident.',
  'home.sectorsTitle': 'The 13 sectors',
  'home.programmeCount': '{count} programmes',
  'home.programmeCountOne': '1 programme',
  'home.checkerTitle': 'Could VPAS apply to you?',
  'home.checkerText': 'Answer a few questions to see which way in fits your dates.',
  'home.checkerLink': 'Check your eligibility',
  'home.searchTitle': 'Start from the job you want',
  'home.supportLink': 'Company support and the full rules',

  'sector.programmesTitle': 'Programmes in this sector',
  'sector.jobsTitle': 'Example jobs',
  'sector.jobsNote': 'Examples from the VTC brochure, including but not limited to:',
  'sector.joined': 'In the scheme from the {year} intake',
  'sector.englishTranslation': 'English name translated by this site',

  'programme.kicker': 'VTC full-time Higher Diploma (two years)',
  'programme.sector': 'Sector',
  'programme.officialName': 'Official English name',
  'programme.englishTranslation': 'English name translated by this site; the VTC has not published one we could cite.',
  'programme.code': 'Programme code',
  'programme.codeNote': 'As published for an earlier intake; check the VTC list for yours.',
  'programme.institution': 'Institution',
  'programme.intakes': 'Eligible intakes',
  'programme.jobsTitle': 'Jobs it leads to',
  'programme.jobsNote': 'The brochure gives these example jobs for the sector (including but not limited to):',
  'programme.afterTitle': 'After graduating: two ways to work in Hong Kong',
  'programme.categoryA.title': 'Stay (Category A)',
  'programme.categoryA.text':
    'Apply within 6 months after the date of graduation, with the VTC’s proof for Category A. No job offer is needed. Normally 12 months’ stay to look for and take up a full-time job related to your programme. Once only.',
  'programme.categoryB.title': 'Return (Category B)',
  'programme.categoryB.text':
    'Apply in the 7th to 12th month after graduation, with the VTC’s proof for Category B and an offer of a full-time, relevant job at Higher Diploma level or above, at market pay, on a contract of at least one year. Normally 24 months, or the contract’s length if shorter.',
  'programme.conditionsTitle': 'Key conditions',
  'programme.condition.age': 'You are 18 or older on the day you submit the VPAS application.',
  'programme.condition.nationality':
    'You are not a national of Afghanistan, Cuba, Laos, North Korea, Nepal or Vietnam.',
  'programme.condition.iang':
    'You have never been permitted to remain in Hong Kong under the Immigration Arrangements for Non-local Graduates (IANG).',
  'programme.condition.completion':
    'You complete the programme within three academic years after admission.',
  'programme.condition.deadline':
    'You apply no later than 12 months after the date of graduation on your certificate.',
  'programme.condition.dependants':
    'While studying on these Higher Diplomas you may not bring dependants; a VPAS holder may later bring a spouse or partner and unmarried children under 18.',
  'programme.siblingsTitle': 'Other programmes in {sector}',
  'programme.officialListLink': 'The VTC’s official VPAS programme list',
  'programme.checkerLink': 'Check whether VPAS would apply to you',

  'sources.title': 'Sources',
  'sources.asOf': 'Information as of {date}.',
  'sources.authoritative':
    'For VPAS applications the Immigration Department’s page is authoritative; the VTC’s list of eligible programmes for your intake is what counts.',
  'sources.immd': 'Immigration Department: Vocational Professionals Admission Scheme',
  'sources.immdFees': 'Immigration Department: fees for specified schemes',
  'sources.immdStudy': 'Immigration Department: entry for study',
  'sources.vtc': 'VTC: VPAS',
  'sources.vtcStudents': 'VTC: VPAS for students',
  'sources.brochure': 'VTC brochure “职专毕业生留港计划 VPAS” (Simplified Chinese), December 2025',

  'footer.contactTitle': 'Contacts',
  'footer.vtc': 'VTC Mainland and International Affairs',
  'footer.vtcAddress': '14/F, VTC Tower, 27 Wood Road, Wan Chai, Hong Kong',
  'footer.mainland': 'Admissions enquiries from the Mainland',
  'footer.immd': 'Immigration Department enquiries',
  'footer.disclaimer':
    'This is an independent guide, not an official site. It may be out of date: the Immigration Department’s VPAS page is authoritative for applications, and VPAS information may change with announcements of the Hong Kong SAR Government.',

  'chooser.title': 'Choose your language',
  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist. Try the home page in your language:',

  // — search and careers (issue 3) —
  'searchPage.title': 'Search by job title',
  'searchPage.lead':
    'Type the job you want, in Simplified or Traditional Chinese or in English, in Hong Kong or Mainland wording: 程序员, 空乘, software engineer. Part of a title works too: 维修, 工程师.',
  'searchPage.noScript':
    'Search needs JavaScript, which is not running in this browser. Every job title is also listed on the careers page, each with the programmes it leads to.',
  'searchPage.careersLink': 'Browse all job titles',
  'searchPage.filterLegend': 'Filter by sector',
  'searchPage.allSectors': 'All sectors',
  'searchPage.searching': 'Searching…',
  'searchPage.resultsMany': '{count} results',
  'searchPage.resultsOne': '1 result',
  'searchPage.resultsNone': 'No results. Try another word for the job, or browse all job titles.',
  'searchPage.failed': 'Search could not load. Browse all job titles instead.',
  'searchPage.resultsLabel': 'Results',
  'searchPage.chainLabel': 'How it matches',
  'searchPage.jobs': 'Job titles',
  'searchPage.programme': 'Programme',
  'searchPage.sector': 'Sector',
  'searchPage.sectorPage': 'Sector page',
  'searchPage.moreJobs': '+{count} more',
  'careers.title': 'Careers: every job title',
  'careers.lead':
    'The VTC brochure gives example job titles for each sector, not for each programme, so a job title leads to every programme of its sector. Programmes whose name matches the title come first.',
  'careers.searchLink': 'Search by job title instead',
  'careers.bySector': 'By sector',
  'careers.alphabetical': 'A to Z',
  'careers.indexLabel': 'Letters',
  'careers.groupLabel': '{label}',
  'careers.programmes': 'Programmes:',
  'careers.jobs': 'Job titles',
  'careers.leadsTo': 'Leads to:',
  'careers.allProgrammes': 'all {count} programmes of {sector}',
  'careers.nameMatch': 'name matches the title',
  'careers.onThisPage': 'On this page',
  'searchPage.inputLabel': 'Job title',
} as const satisfies Readonly<Record<string, string>>;
