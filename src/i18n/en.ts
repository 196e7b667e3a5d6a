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
  'nav.brochure': 'Printable guide',
  'nav.support': 'Support and rules',
  'lang.label': 'Language',
  'lang.current': '(current)',
  'breadcrumb.label': 'Breadcrumb',
  'list.separator': ', ',
  'stale.title': 'This information may be out of date',
  'stale.text':
    'This site’s information is as of {date}, more than 12 months ago. The scheme’s rules and programmes may have changed: check the Immigration Department’s and the VTC’s pages.',

  'search.label': 'Search by job title',
  'search.placeholder': 'e.g. software engineer, 程序员, 空中服务员',
  'search.submit': 'Search',

  'home.title': 'VPAS: study in Hong Kong, then stay and work',
  'home.lead':
    'The Vocational Professionals Admission Scheme (VPAS) is a pilot scheme of the Hong Kong SAR Government. It lets non-local students who complete an eligible full-time two-year Higher Diploma at the Vocational Training Council (VTC) stay in Hong Kong after graduating to work in a related profession.',
  'home.who':
    'It is for non-local students: from the Mainland of China and from other countries and regions.',
  'home.scale': '{sectors} sectors, {programmes} Higher Diploma programmes for the 2026/27 intake.',
  'home.pathTitle': 'From study to work in Hong Kong',
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
    'Work full-time in a job related to your programme. Each extension of stay needs a proof from the VTC; after 48 months in a row on employment, the job need only be full-time.',
  'home.step5.title': 'Seven years',
  'home.step5.text':
    'After ordinarily residing in Hong Kong for a continuous period of at least seven years, and meeting the other requirements, you may apply to become a permanent resident. Whether your years of study count towards the seven is not stated in the official sources, so this site cannot say; ask the Immigration Department.',
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
  'sector.jobsNote':
    'Examples from the VTC brochure, including but not limited to. The brochure is in Chinese; the English titles are this site’s translations:',
  'pager.label': 'Pages of this list',
  'pager.previous': 'Previous page',
  'pager.next': 'Next page',
  'pager.page': 'Page {page}',
  'pager.title': '{title} (page {page} of {pages})',
  'sector.joined': 'In the scheme from the {year} intake',
  'sector.englishTranslation': 'English name translated by this site',

  'programme.kicker': 'VTC full-time Higher Diploma (two years)',
  'programme.sector': 'Sector',
  'programme.officialName': 'Official English name',
  'programme.englishName': 'English name',
  'programme.englishTranslation': 'This site’s translation; the VTC’s website has the official English name.',
  'programme.code': 'Programme code',
  'programme.institution': 'Institution',
  'programme.intakes': 'Intakes (this site’s reading)',
  'programme.intakesNote':
    'This site’s reading, from the year the programme’s sector joined the scheme; not an official list. The Immigration Department’s page names the {immdIntakes} intakes; the VTC’s brochure of December 2025 lists the programmes for {brochureIntakes}. The VTC’s list for your year of admission is what counts.',
  'programme.jobsTitle': 'Example jobs in this sector',
  'programme.jobsNote':
    'The VTC’s brochure gives example jobs for each sector, not for each programme (including but not limited to): these are the examples for the {sector} sector as a whole, not for this programme in particular. The brochure is in Chinese; the English titles are this site’s translations.',
  'programme.afterTitle': 'After graduating: two ways to work in Hong Kong',
  'programme.monthsAfter': '{months} months after graduating',
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
  'programme.siblingsAll': 'All {count} programmes in {sector}',
  'programme.checkerLink': 'Check whether VPAS would apply to you',

  'sources.title': 'Sources',
  'sources.asOf': 'Information as of {date}.',
  'sources.authoritative':
    'For VPAS applications the Immigration Department’s page is authoritative; the VTC’s list of eligible programmes for your intake is what counts.',
  'sources.immdOpening':
    'The Immigration Department’s VPAS page (revision of {date}) said then that applications would open when the first students graduate, in mid-2026. Its page today has the latest arrangements.',
  'sources.immd': 'Immigration Department: Vocational Professionals Admission Scheme',
  'sources.immdFees': 'Immigration Department: fees for specified schemes',
  'sources.immdStudy': 'Immigration Department: entry for study',
  'sources.vtc': 'VTC: VPAS',
  'sources.vtcStudents': 'VTC: VPAS for students',
  'sources.brochure': 'VTC brochure “职专毕业生留港计划 VPAS” (Simplified Chinese), December 2025',

  'footer.contactTitle': 'Contacts',
  'contacts.general': 'General enquiries',
  'contacts.admissions': 'Admissions enquiries',
  'contacts.admissionsOffice': 'VTC Mainland and International Affairs Office',
  'contacts.admissionsAddress': '14/F, VTC Tower, 27 Wood Road, Wan Chai, Hong Kong',
  'contacts.wechat': 'The VTC’s official WeChat account',
  'contacts.wechatNote':
    'A person to talk to about programmes and admission. The account’s QR code is printed on the VTC’s brochure; this site does not know the account’s name, so it names none.',
  'contacts.immd': 'Immigration Department enquiries',
  'footer.disclaimer':
    'This is an independent guide, not an official site. It may be out of date: the Immigration Department’s VPAS page is authoritative for applications, and VPAS information may change with announcements of the Hong Kong SAR Government.',

  'chooser.title': 'Choose your language',
  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist. Try the home page in your language:',
  'notFound.lead': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',

  // — SEO —
  'seo.sectorTitle': '{sector}: Higher Diploma programmes',
  'seo.sectorDescription':
    'VPAS-eligible VTC full-time two-year Higher Diplomas in {sector}: {programmes}. Example jobs: {jobs}.',
  'seo.programmeTitle': '{programme} Higher Diploma ({sector})',
  'seo.programmeDescription':
    '{programme}: a VTC full-time two-year Higher Diploma in {sector}, listed for VPAS in the VTC’s brochure of December 2025. Example jobs in the sector: {jobs}.',
  'seo.credential': 'Higher Diploma',
  'seo.vtcName': 'Vocational Training Council',
  'seo.ogImageAlt': 'VPAS Programme Guide: study a VTC Higher Diploma, then stay and work in Hong Kong',

  // — programme facts and the support page (issue 8) —
  'facts.title': 'About the programme',
  'facts.lead':
    '{name} is one of the VTC’s full-time two-year Higher Diplomas that the VTC’s brochure of December 2025 lists under VPAS for the 2026/27 intake, in the {sector} sector.',
  'facts.group.notes': 'Good to know',
  'facts.group.where': 'Who teaches it, and where',
  'facts.group.medium': 'Language of teaching',
  'facts.group.study': 'What you study',
  'facts.group.next': 'Further study, recognition and careers',
  'facts.listLink': 'The VTC’s list of VPAS programmes (2025/26)',
  'facts.listNote':
    'The VTC’s list gives each eligible programme by its code: some programmes have a separate code for a class taught in Cantonese or Putonghua (a J or K at the end of the code), and for some only certain streams count. Which programmes and classes count for your year of admission is what the VTC’s list for that year says.',
  'facts.noteLabel': 'Source',
  'facts.sourcesTitle': 'Sources for this programme',
  'facts.sourcesIntro': 'The numbers in the text point to these official pages, each with the date it was read.',
  'facts.describedNote': 'A title in square brackets is our description of a page that shows no title.',
  'facts.readOn': 'read on {date}',
  'facts.asOfMonth': 'information as of {date}',
  'facts.officialZhHant': 'Official Traditional Chinese name',
  'facts.codeYear': 'As published for the {year} intake; check the VTC’s list for yours.',
  'facts.codeUndated': 'The source does not say which intake it is for; check the VTC’s list for yours.',

  'support.title': 'Company support and the full rules',
  'support.lead':
    'What companies working with the VTC offer students, as the VTC’s brochure lists it, and the rules that apply from your studies to your years of work in Hong Kong.',
  'support.from': 'Source:',
  'support.offersTitle': 'Support from companies',
  'support.offersIntro':
    'The VTC’s brochure says that well-known Hong Kong companies work with the VTC on students’ futures, and lists the support below. The brochure links to the list of supporting organisations with a QR code, which this guide does not reproduce; ask the VTC for it.',
  'support.offer.scholarship.title': 'Entrance scholarships',
  'support.offer.scholarship.text':
    'For newly admitted non-local students with outstanding achievements in their studies or in the arts and other talents.',
  'support.offer.internship.title': 'Internships with allowances',
  'support.offer.internship.text': 'Internship places, with allowances, for students during their studies.',
  'support.offer.award.title': 'Internship award',
  'support.offer.award.text': 'An award for students whose internship performance is outstanding.',
  'support.offer.conditionalOffer.title': 'Conditional job offers after year one',
  'support.offer.conditionalOffer.text':
    'Students who have completed the first year may receive a conditional offer of a full-time job after graduation.',
  'support.offer.contract.title': 'Full-time job contracts',
  'support.offer.contract.text': 'Contracts for full-time jobs, offered to graduates.',
  'support.offer.sponsoredClass.title': 'Company-sponsored classes and student sponsorship',
  'support.offer.sponsoredClass.text':
    'Class times arranged flexibly and course content enriched to fit a company’s training needs and internship plans. There is an extra charge.',
  'support.offer.tuition.title': 'Tuition sponsorship',
  'support.offer.tuition.text': 'Sponsorship of the full tuition fee or of half of it.',
  'support.finePrintTitle': 'The fine print: the VTC brochure’s notes',
  'support.finePrintIntro':
    'The VTC brochure’s seven footnotes, in our words, checked against the Immigration Department’s VPAS page.',
  'support.note1':
    'A non-local student who completes an eligible VTC full-time two-year Higher Diploma may apply for VPAS, but must be 18 or older on the day the application is submitted. Nationals of Afghanistan, Cuba, Laos, North Korea, Nepal and Vietnam cannot apply, nor can anyone who has been permitted to stay in Hong Kong under the Immigration Arrangements for Non-local Graduates (IANG).',
  'support.note2': 'The programme must be completed within three academic years after admission.',
  'support.note3':
    'One sector was added for the 2026/27 academic year; the number of eligible programmes stays at 34, now in 13 sectors.',
  'support.note4':
    'Under the current policy, non-local students on these Higher Diplomas cannot bring dependants to Hong Kong.',
  'support.note5a':
    'Return (Category B): apply in the 7th to 12th month after graduation, already hired for a full-time job in Hong Kong related to your programme, at a level usually held by Higher Diploma graduates or above, at market pay, on a contract of at least one year. Starting or joining a business does not count as being hired.',
  'support.note5b':
    'A graduate admitted under VPAS, to stay or to return, may apply to bring a spouse or partner and unmarried dependent children under 18, under the dependant policy in force when they apply; they may work and study in Hong Kong.',
  'support.note5c': 'For VPAS applications, the Immigration Department’s page is authoritative:',
  'support.note6':
    'Permanent residence: after ordinarily residing in Hong Kong for a continuous period of at least seven years, and meeting the other requirements of the Immigration Ordinance, you may apply to become a permanent resident.',
  'support.note7': 'Hospitality and Tourism is the sector the scheme added for the 2026/27 academic year.',
  'support.studyTitle': 'While you study',
  'support.studyVisa': 'Student visa: apply with form ID 995A (for the student) and form ID 995B (for the sponsor).',
  'support.studyMainland':
    'Students from the Mainland apply through the institution, and also need an Exit-entry Permit with the relevant endorsement.',
  'support.studyInternships':
    'Work: Higher Diploma students may only take internships that are mandatory, related to the curriculum and arranged or endorsed by the institution, for up to 6 months in total.',
  'support.studyNoJobs': 'No part-time jobs and no summer jobs.',
  'support.afterTitle': 'After graduating: extensions of stay',
  'support.afterIntro':
    'Apply for each extension in the 4 weeks before your permitted stay ends. A stay on employment is granted for up to the length shown, and never for longer than your employment contract.',
  'support.ladder.months': '{months} months',
  'support.ladder.firstA':
    'First stay, on time limitation only: to look for and take up a full-time job related to your programme.',
  'support.ladder.firstB': 'First stay, on employment.',
  'support.ladder.eligibleEmployment':
    'First extension: a full-time job related to your programme, and the VTC’s “Proof of Eligible Employment”.',
  'support.ladder.extensionEligibility': 'Extension: the VTC’s “Proof of Extension Eligibility”.',
  'support.ladder.after48':
    'After 48 months in a row on employment: the job need only be full-time, no longer related to your programme.',
  'support.changeEmployer':
    'Changing employer: once in the first 48 months (unless the company closes or you are dismissed); no limit when you apply for an extension.',
  'support.jobEnds':
    'If your job ends: you may stay 12 weeks from the end of the contract, or to the end of your permitted stay if that is earlier. You and your employer tell the Immigration Department and the VTC.',
  'support.feesTitle': 'Fees and processing time',
  'support.feeApplication': 'Application fee: HK$600 per applicant and per dependant, not refundable.',
  'support.feeVisa':
    'Then a visa issuance fee: HK$1,300 for a stay of more than 180 days (HK$600 otherwise), per applicant and per dependant.',
  'support.applyOnline':
    'Apply online on the Immigration Department’s website; the documents are listed in Part IX of the Guidebook for VPAS.',
  'support.processing': 'Processing normally takes four weeks.',

  // — print and brochure —
  'print.button': 'Print this page',
  'print.brochureButton': 'Print this guide',
  'print.online': 'Online, with the latest information:',
  'print.qrLabel': 'QR code linking to {url}',
  'brochure.title': 'VPAS printable guide (made by this site)',
  'brochure.description':
    'This site’s own printable guide, not the VTC’s brochure: the key points, the 13 sectors with their programmes and example jobs, the rules and contacts.',
  'brochure.schemeName': 'Vocational Professionals Admission Scheme (VPAS)',
  'brochure.keyPointsTitle': 'Key points',
  'brochure.sectorsTitle': '{sectors} sectors, {programmes} programmes',
  'brochure.sectorsNote':
    'The eligible VTC full-time two-year Higher Diplomas for the 2026/27 intake, with the example jobs the VTC’s brochure gives (including but not limited to).',
  'brochure.programmes': 'Programmes',
  'brochure.jobs': 'Example jobs',
  'brochure.rulesTitle': 'The rules',
  'brochure.rules.who': 'Who can apply',
  'brochure.rules.after': 'Applying after graduation',
  'brochure.rules.family': 'Dependants',
  'brochure.rules.residence': 'Permanent residence',
  'brochure.rule.who':
    'You entered Hong Kong as a non-local student, from the Mainland of China or any other country or region, and complete a VPAS-eligible VTC full-time two-year Higher Diploma.',
  'brochure.rule.intakes':
    'You were admitted in a specified academic year: 2024/25 and 2025/26 as the Immigration Department lists them; the VTC’s brochure of December 2025 also lists the programmes for 2026/27.',
  'brochure.rule.sectors':
    'For the 2026/27 intake one sector is added, Hospitality and Tourism; the number of eligible programmes stays at 34, now in 13 sectors.',
  'brochure.rule.business': 'Setting up or joining a business in Hong Kong does not count as a job offer.',
  'brochure.rule.studyDependants': 'While studying on these Higher Diplomas you may not bring dependants to Hong Kong.',
  'brochure.rule.dependants':
    'Once you stay or return under VPAS, you may apply, under the dependant policy in force at the time, to bring your spouse or partner and unmarried children under 18; they may work or study in Hong Kong.',
  'brochure.disclaimerTitle': 'Disclaimer',

  // — eligibility checker —
  'checker.title': 'Check if you could apply under VPAS',
  'checker.description':
    'Answer a few questions to see whether you could apply under the Vocational Professionals Admission Scheme, in which category, and between which dates.',
  'checker.privacy':
    'The checker runs in your browser. Your answers stay in this page’s address, so you can bookmark, share or print the result.',
  'checker.guide':
    'This is a guide, not a decision: the VTC issues the proof you need, and the Immigration Department decides applications.',
  'checker.noscript':
    'Your browser is not running JavaScript, so this page cannot work out a result. The checklist below explains every rule and how to work out your dates.',
  'checker.formTitle': 'Questions',
  'checker.submit': 'Check',
  'checker.programme.choose': 'Choose a programme',
  'checker.intake.choose': 'Choose a year',
  'checker.intake.unlisted': '{intake} (list not yet published)',
  'checker.nationality.choose': 'Choose a country or region',
  'checker.q.programme': 'Which programme are you studying?',
  'checker.hint.programme':
    'The {count} programmes the VTC’s brochure of December 2025 lists for the 2026/27 intake, by sector. If you were admitted earlier and your programme is not here, ask the VTC ({vtcEmail}, {vtcPhone}).',
  'checker.q.intake': 'In which academic year were you admitted?',
  'checker.hint.intake':
    'The year your programme started. This site takes an academic year to run from 1 September to 31 August (its reading, not the Immigration Department’s words): 2026/27 starts in September 2026.',
  'checker.q.nationality': 'What is your nationality?',
  'checker.hint.nationality':
    'The country or region that issued your passport or travel document. Hong Kong is not listed: VPAS is for non-local students.',
  'checker.q.born': 'What is your date of birth?',
  'checker.hint.born': 'For example, 27 3 2007.',
  'checker.born.year': 'Year',
  'checker.born.month': 'Month',
  'checker.born.day': 'Day',
  'checker.q.iang':
    'Have you ever been permitted to remain in Hong Kong under the Immigration Arrangements for Non-local Graduates (IANG)?',
  'checker.help.iang.summary': 'I’m not sure: what is IANG?',
  'checker.help.iang.text':
    'IANG, the Immigration Arrangements for Non-local Graduates, is a different immigration arrangement from VPAS. Studying in Hong Kong on a student visa or entry permit is not IANG. Anyone who has ever been permitted to remain in Hong Kong under IANG cannot apply under VPAS.',
  'checker.help.iang.ask': 'Still not sure? Ask the Immigration Department before you apply: {immdPhone}, {immdEmail}.',
  'checker.q.graduated': 'What is your date of graduation?',
  'checker.hint.graduated':
    'The date printed on your graduation certificate. If you have not graduated yet, enter the date you expect.',
  'checker.q.when': 'When will you apply?',
  'checker.hint.when': 'Counted from your date of graduation: Category A for the first 6 months, then Category B for the next 6.',
  'checker.when.a': 'Within 6 months after my date of graduation (Category A, no job offer needed)',
  'checker.when.b': 'In the 7th to 12th month after my date of graduation (Category B, with a job offer)',
  'checker.when.date': 'On a particular date, which I will enter',
  'checker.q.apply': 'On what date will you submit the application?',
  'checker.hint.apply': 'Your age and the windows are worked out for the day you submit the application.',
  'checker.q.offer': 'Do you hold an offer of a job in Hong Kong?',
  'checker.hint.offer':
    'Only for Category B: applying in the 7th to 12th month after graduating, you must already hold a job offer.',
  'checker.q.terms': 'Which of these are true of the job? Select all that apply.',
  'checker.term.full-time': 'It is a full-time job',
  'checker.term.relevant': 'It is relevant to the programme I studied',
  'checker.termHint.relevant':
    'Work related to your programme. The example jobs this site lists for each sector, from the VTC brochure, show the kind of work meant.',
  'checker.term.level': 'It is at a level commonly taken up by Higher Diploma holders or above',
  'checker.termHint.level':
    'The Immigration Department’s wording: a post that people with a Higher Diploma or a higher qualification usually hold.',
  'checker.term.pay': 'The pay is at market level',
  'checker.termHint.pay': 'Pay and benefits at the market level for similar work in Hong Kong.',
  'checker.help.terms.summary': 'I’m not sure whether my job counts',
  'checker.help.terms.text':
    'The Immigration Department decides whether a job meets these conditions. If you are not sure, ask the VTC ({vtcEmail}, {vtcPhone}) or the Immigration Department ({immdEmail}) before you apply.',
  'checker.q.months': 'How long is the employment contract, in months?',
  'checker.hint.months': 'A contract of at least one year (12 months) is needed. For two years, enter 24.',
  'checker.q.own-business': 'Is the job in a business you set up or joined?',
  'checker.hint.own-business': 'Setting up or joining a business in Hong Kong does not count as a job offer.',
  'checker.yes': 'Yes',
  'checker.no': 'No',
  'checker.field.programme': 'Programme',
  'checker.field.intake': 'Year of admission',
  'checker.field.nationality': 'Nationality',
  'checker.field.born': 'Date of birth',
  'checker.field.iang': 'Ever permitted to remain under IANG',
  'checker.field.graduated': 'Date of graduation',
  'checker.field.when': 'When you will apply',
  'checker.field.apply': 'Date of application',
  'checker.field.offer': 'Job offer in Hong Kong',
  'checker.field.terms': 'About the job',
  'checker.field.months': 'Length of contract',
  'checker.field.own-business': 'A business you set up or joined',
  'checker.none': 'None of these',
  'checker.notAnswered': 'Not answered',
  'checker.monthsValue': '{months} months',
  'checker.error.summaryTitle': 'There is a problem',
  'checker.error.title': 'Error: {title}',
  'checker.error.required': '{field}: answer this question.',
  'checker.error.invalid-choice': '{field}: choose one of the answers offered.',
  'checker.error.malformed-date': '{field} must be a full date: day, month and year.',
  'checker.error.impossible-date': '{field} must be a real date: there is no such day.',
  'checker.error.out-of-range-date': '{field} must be in a year from 1900 to 2999.',
  'checker.error.before-birth': '{field} must be after your date of birth.',
  'checker.error.malformed-intake': '{field} must be an academic year such as 2026/27.',
  'checker.error.out-of-range-intake': '{field} must start in a year from 1900 to 2999.',
  'checker.error.malformed-nationality': '{field}: choose a country or region from the list.',
  'checker.error.malformed-programme-id': '{field}: choose a programme from the list.',
  'checker.error.not-boolean': '{field}: choose Yes or No.',
  'checker.error.malformed-job-offer': '{field}: choose Yes or No.',
  'checker.error.invalid-contract-months': '{field} must be a whole number of months, such as 24.',
  'checker.result.documentTitle': '{outcome} | {title}',
  'checker.result.category-a.title': 'You could apply under Category A (stay)',
  'checker.result.category-a.text':
    'From your answers, you could apply to stay in Hong Kong, with no job offer needed, between {from} and {to}. You would normally be granted 12 months’ stay to look for and take up a full-time job relevant to your programme. Category A is granted once only.',
  'checker.result.category-b.title': 'You could apply under Category B (return)',
  'checker.result.category-b.text':
    'From your answers, you could apply with your job offer between {from} and {to}. You would normally be granted 24 months’ stay on employment condition, or the length of your contract if shorter.',
  'checker.result.turns18':
    'You turn 18 on {birthday}. You must be 18 on the day you submit the application, so the earliest you could apply is {birthday}, which falls in {category}.',
  'checker.result.windowPassed': 'Note: this window ended on {date}, before today (Hong Kong time).',
  'checker.result.intakeFromBrochure':
    'About your year of admission: the Immigration Department’s VPAS page (revision of {immdDate}) names only the {immdIntakes} intakes; the programmes for {intake} are listed in the VTC’s brochure of December 2025. The VTC’s list for your intake is what counts.',
  'checker.result.not-yet-known.title': 'Admitted in {intake}: not known yet',
  'checker.result.not-yet-known.text':
    'The Immigration Department’s VPAS page names students admitted in {immdIntakes}, and the VTC’s brochure of December 2025 lists the programmes for {brochureIntakes}. No list for {intake} has been published, and whether VPAS will cover that year is not known, so this site cannot yet say whether you could apply.',
  'checker.result.not-yet-known.watch':
    'Look out for the VTC’s list of VPAS-eligible programmes for {intake}, and for changes to the Immigration Department’s VPAS page:',
  'checker.result.not-yet-known.rest': 'Your other answers meet the rules as this site knows them today.',
  'checker.result.ruled-out.title': 'From your answers, you cannot apply under VPAS',
  'checker.result.ruled-out.text': 'This answer decides it, so the other questions no longer matter:',
  'checker.result.not-on-that-day.title': 'From your answers, you cannot apply at the time you gave',
  'checker.result.not-on-that-day.text': 'The problem is the timing:',
  'checker.ruledOut.lead': 'With this answer, you cannot apply under VPAS.',
  'checker.ruledOut.rest': 'The other questions no longer matter.',
  'checker.failed.age-on-the-day':
    'Age: you must be 18 or older on the day you submit the application. You turn 18 on {birthday}, so on {applied} you would be under 18. The earliest you could apply is {earliest}, which falls in {category}.',
  'checker.failed.age-after-last-day':
    'Age: you must be 18 or older on the day you submit the application, and you must apply no later than 12 months after graduating, by {last}. You turn 18 only on {birthday}, after that day, so you cannot apply.',
  'checker.failed.nationality':
    'Nationality: nationals of Afghanistan, Cuba, Laos, North Korea, Nepal and Vietnam cannot apply.',
  'checker.failed.iang':
    'IANG: people who have ever been permitted to remain in Hong Kong under the Immigration Arrangements for Non-local Graduates cannot apply.',
  'checker.failed.intake':
    'Year of admission: the Immigration Department’s page names students admitted in {immdIntakes}, and the VTC’s brochure also lists programmes for {brochureIntakes}; students admitted before then are not in the scheme.',
  'checker.failed.programme':
    'Programme: as this site reads the VTC’s lists, this programme is not VPAS-eligible for the {intake} intake. The VTC’s own list for your intake is what counts; if in doubt, ask the VTC ({vtcEmail}).',
  'checker.failed.completion':
    'Completion: students admitted in {intake} must complete the programme within three academic years after admission; as this site reads that (academic years end on 31 August), by {deadline}. Your date of graduation is {graduated}. The VTC’s proof is what counts.',
  'checker.failed.window-before':
    'Timing: you can apply only once you have graduated. The date you gave, {applied}, is before your date of graduation, {graduated}.',
  'checker.failed.window-after':
    'Timing: you must apply no later than 12 months after graduating, that is by {last}; the date you gave is {applied}.',
  'checker.failed.job-offer':
    'Job offer: in the 7th to 12th month after graduating (Category B) you must already hold an offer of a job that is full-time, relevant to your programme, at a level commonly taken up by Higher Diploma holders or above, at market-level pay and on a contract of at least one year. Setting up or joining a business does not count. Within 6 months after graduating (Category A), no job offer is needed.',
  'checker.sourceLink': 'Source: Immigration Department, VPAS page',
  'checker.windows.title': 'Your application windows',
  'checker.windows.ifListed': 'If the list includes your programme and the rules stay the same: your application windows',
  'checker.windows.a': 'Category A (stay, no job offer needed)',
  'checker.windows.b': 'Category B (return, with a job offer)',
  'checker.windows.range': '{from} to {to}',
  'checker.windows.under18': 'Not open to you: you are still under 18 when it ends',
  'checker.windows.note':
    'Hong Kong dates, both days included, counted from the date on your graduation certificate.',
  'checker.next.title': 'What to do next',
  'checker.next.proof-a': 'Get the VTC’s “Proof of First Application Eligibility (Category A)”.',
  'checker.next.proof-b': 'Get the VTC’s proof of eligibility for Category B.',
  'checker.next.apply':
    'Apply online on the Immigration Department’s website between {from} and {to}. The documents to send are listed in Part IX of the Guidebook for VPAS.',
  'checker.next.applyLink': 'The Immigration Department’s VPAS page',
  'checker.next.vtcLink': 'The VTC’s VPAS site',
  'checker.next.fees':
    'Fees for each applicant: an application fee of HK$600, which is not refundable, then a visa issuance fee of HK$1,300 for a stay of over 180 days (HK$600 otherwise).',
  'checker.next.time': 'Processing normally takes four weeks.',
  'checker.next.not-eligible':
    'If one of your answers is wrong, change it below. If you think the checker is wrong, ask the VTC or the Immigration Department: their word counts, not this page’s.',
  'checker.answers.title': 'Your answers',
  'checker.change': 'Change',
  'checker.startAgain': 'Start again',
  'checker.print': 'Print this result',
  'checker.plan.title': 'Your dates',
  'checker.plan.applying': 'Applying',
  'checker.plan.usualTitle': 'After that, the usual path if each stay is granted in full',
  'checker.plan.usualNote':
    'The usual grants are Category A: 12, 24, 24, 36 months; Category B: 24, 24, 36 months. Counted from {start}, the day you apply, as if your stay began that day; it begins only when the Immigration Department grants it (processing normally takes four weeks), so these dates come later. Each stay on employment is no longer than your employment contract, and may be shorter than shown. The dates the Immigration Department gives you are what count.',
  'checker.plan.timezone': 'All dates are days in Hong Kong.',
  'checker.plan.passed': '(already passed)',
  'checker.plan.entry.category-a-last': 'Last day to apply under Category A (stay, no job offer needed).',
  'checker.plan.entry.category-b-window': 'Category B (return, with a job offer) opens for you; it runs until {to}.',
  'checker.plan.entry.last-day': 'Last day to apply at all: 12 months after your date of graduation.',
  'checker.plan.entry.extension': 'Extension {n} would fall due: apply from this day, in the 4 weeks before your stay expires on {expires}, for a further {months} months.',
  'checker.plan.entry.seven-years': 'Seven years of continuous residence in Hong Kong on VPAS would be reached.',
  'checker.plan.rule.category-a-window': 'Rule: Category A “applies within 6 months after the date of graduation”; this site counts to the same day six months later.',
  'checker.plan.rule.category-b-window': 'Rule: Category B “applies in the 7th to 12th month after the date of graduation”, from the day you are 18.',
  'checker.plan.rule.twelve-months': 'Rule: every applicant “applies no later than 12 months after the date of graduation”.',
  'checker.plan.rule.extension': 'Rule: apply for an extension in the 4 weeks before the stay expires.',
  'checker.plan.rule.seven-years': 'Rule: after ordinarily residing in Hong Kong for a continuous period of at least seven years, and meeting the other requirements, you may apply to become a permanent resident. Whether your years of study count is not stated in the official sources, so this site counts only from your VPAS stay and cannot say; ask the Immigration Department.',
  'checker.plan.event.category-a-last': 'VPAS: last day for Category A',
  'checker.plan.event.category-b-window': 'VPAS: Category B opens (until {to})',
  'checker.plan.event.last-day': 'VPAS: last day to apply',
  'checker.plan.event.extension': 'VPAS: extension {n} can be applied for (usual path)',
  'checker.plan.event.seven-years': 'VPAS: seven years in Hong Kong (usual path)',
  'checker.plan.calendarName': 'VPAS: my dates',
  'checker.plan.calendar': 'Add these dates to my calendar (.ics file)',
  'checker.plan.calendarHint': 'Each date has a reminder three weeks before it, and the link to this result. In WeChat, which does not download files, open this page in your phone’s browser first (the ··· menu, then “Open in browser”).',
  'checker.share.title': 'Share this result',
  'checker.share.text': 'Your answers are in this page’s address, so anyone who opens it sees this result. Scan the code with another phone, or copy the address. Nothing is sent anywhere.',
  'checker.share.qrLabel': 'QR code of this result’s address: {url}',
  'checker.share.address': 'Address of this result',
  'checker.share.copy': 'Copy link',
  'checker.share.copied': 'Link copied.',
  'checker.share.copyFailed': 'Could not copy: the address is selected, copy it yourself.',
  'checker.checklist.title': 'The rules at a glance',
  'checker.checklist.lead':
    'You could apply under VPAS if every one of these is true. The questions above work through them for you.',
  'checker.rule.nonLocal':
    'You came to Hong Kong as a non-local student (on a student visa or entry permit), from the Mainland of China or any other country or region.',
  'checker.rule.age': 'You are 18 or older on the day you submit the application.',
  'checker.rule.nationality': 'You are not a national of Afghanistan, Cuba, Laos, North Korea, Nepal or Vietnam.',
  'checker.rule.iang':
    'You have never been permitted to remain in Hong Kong under the Immigration Arrangements for Non-local Graduates (IANG).',
  'checker.rule.intake':
    'You were admitted in {immdIntakes}, as the Immigration Department’s page names them, or in {brochureIntakes}, for which the VTC’s brochure of December 2025 lists the programmes. No list for a later year has been published yet.',
  'checker.rule.programme':
    'Your programme is on the VTC’s list of VPAS-eligible programmes for your year of admission (the VTC’s list counts; the programmes this site lists are the 2026/27 list).',
  'checker.rule.completion':
    'You complete it within three academic years after admission. As this site reads that (academic years from 1 September to 31 August): admitted in {intake}, you graduate by {date}. The VTC’s proof is what counts.',
  'checker.rule.window': 'You apply between your date of graduation and 12 months after it.',
  'checker.rule.job-offer':
    'Applying in the 7th to 12th month (Category B), you already hold an offer of a full-time job, relevant to your programme, at a level commonly taken up by Higher Diploma holders or above, at market-level pay, on a contract of at least one year, and not in a business you set up or joined.',
  'checker.checklist.windowsTitle': 'How to work out your dates',
  'checker.checklist.windowsA':
    'Category A (stay): from your date of graduation until the same day six months later; if that month has no such day, until its last day.',
  'checker.checklist.windowsB':
    'Category B (return): from the day after Category A ends until the same day twelve months after your date of graduation, or that month’s last day.',
  'checker.checklist.example':
    'For example, graduating on {graduated}: Category A until {aTo}; Category B from {bFrom} to {bTo}.',
  'checker.checklist.hongKong':
    'All dates are Hong Kong dates. The date of graduation is the one printed on your graduation certificate.',

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
    'The VTC brochure gives example job titles for each sector, not for each programme, so a job title leads to every programme of its sector. Programmes whose name matches the title come first. The brochure is in Chinese; the English titles are this site’s translations.',
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
