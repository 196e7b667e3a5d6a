import type { SearchAnswer } from '../../lib/search/query';
import type { SearchQuestion, SearchSector } from '../../lib/search/contract';
import type { RankedHit } from '../../lib/search/rank';

/** The island's words, from the page's dictionary, and the pages it links to (Search.astro). */
export interface Messages {
  searching: string;
  resultsMany: string;
  resultsOne: string;
  resultsNone: string;
  failed: string;
  allSectors: string;
  chainLabel: string;
  jobs: string;
  programme: string;
  sector: string;
  sectorPage: string;
  moreJobs: string;
  bestFit: string;
  caveat: string;
  source: string;
  searchedFor: string;
  noProgramme: string;
  nearestSector: string;
  nearestNote: string;
  noResult: string;
  relatedSectors: string;
  careersLink: string;
  careersHref: string;
  checkerLink: string;
  checkerHref: string;
  /** When no programme or sector matches but questions do. */
  questionsOnly: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);

/** At most this many matched job titles are named on a result; the rest are counted. */
const shownJobs = 3;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/** One step of the chain: a small label ("Programme") and what it is. */
function step(label: string, ...content: (Node | string)[]): HTMLLIElement {
  return element(
    'li',
    'flex flex-wrap items-baseline gap-x-1.5',
    element('span', 'text-xs font-semibold tracking-wide text-(--color-muted) uppercase', label),
    ...content,
  );
}

const arrow = () => {
  const li = element('li', 'text-(--color-muted)', '→');
  li.setAttribute('aria-hidden', 'true');
  return li;
};

/**
 * A result: the page's name as a link, then the chain that explains it, "job titles → programme →
 * sector" (a sector page: "job titles → sector").
 */
export function resultItem(hit: RankedHit, m: Messages): HTMLLIElement {
  const isSector = hit.page.kind === 'sector';
  const heading = element('h2', 'text-xl font-bold', link(hit.page.url, hit.page.title, 'tap-target no-underline hover:underline'));
  if (isSector) heading.append(' ', element('span', 'ml-1 rounded bg-(--color-harbour-soft) px-1.5 py-0.5 text-xs font-semibold text-(--color-harbour)', m.sectorPage));

  const chain = element('ol', 'mt-2 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm');
  chain.setAttribute('aria-label', m.chainLabel);
  if (hit.jobs.length > 0) {
    const names = hit.jobs.slice(0, shownJobs).map((job) =>
      element('span', 'rounded-full border border-(--color-line) bg-white px-2', job.alias ? `${job.label}（${job.alias}）` : job.label),
    );
    const more = hit.jobs.length - shownJobs;
    chain.append(
      step(m.jobs, ...names, ...(more > 0 ? [element('span', 'text-(--color-muted)', m.moreJobs.replace('{count}', String(more)))] : [])),
      arrow(),
    );
  }
  if (!isSector) chain.append(step(m.programme, element('span', 'font-semibold', hit.page.title)), arrow());
  chain.append(step(m.sector, link(hit.sector.url, hit.sector.title)));

  const item = element('li', 'rounded-(--radius-card) border border-(--color-line) bg-white p-4 shadow-sm', heading);
  // The site's own guidance, said to be so, with its reason.
  if (hit.best) {
    item.append(
      element(
        'p',
        'mt-1 text-sm',
        element('span', 'font-semibold text-(--color-harbour)', fill(m.bestFit, { job: hit.best.job })),
        ' ',
        element('span', 'text-(--color-muted)', hit.best.why),
      ),
    );
  }
  item.append(chain);
  for (const caveat of hit.caveats) {
    item.append(
      element(
        'p',
        'mt-3 border-l-4 border-(--color-vermilion) bg-(--color-vermilion-soft) px-3 py-2 text-sm',
        element('span', 'font-semibold', m.caveat),
        caveat.text,
        ' ',
        link(caveat.url, m.source, 'underline'),
      ),
    );
  }
  return item;
}

/** Where to go next when no programme is the answer: every job title, and the checker. */
function nextSteps(m: Messages): HTMLParagraphElement {
  return element('p', 'mt-2 first:mt-0', link(m.careersHref, m.careersLink, 'underline'), ' · ', link(m.checkerHref, m.checkerLink, 'underline'));
}

/**
 * What the answer says besides its results: what it searched for instead of a misspelt word; that
 * no programme leads to the job named, with the nearest sector; or, when nothing matched, the
 * sectors that may be related. Each of the last two ends with where to go next.
 */
export function notice(answer: SearchAnswer, query: string, m: Messages): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (answer.searchedFor) parts.push(element('p', '', fill(m.searchedFor, { query, corrected: answer.searchedFor })));
  // What no programme leads to, or that nothing matched, the status line above already says.
  if (answer.noProgramme) {
    const { nearest } = answer.noProgramme;
    if (nearest) parts.push(element('p', '', m.nearestSector, link(nearest.url, nearest.title, 'underline'), m.nearestNote));
    parts.push(nextSteps(m));
  } else if (answer.hits.length === 0) {
    const related: (Node | string)[] = answer.nearest.flatMap((s, i) => [...(i > 0 ? ['、'] : []), link(s.url, s.title, 'underline')]);
    if (related.length > 0) parts.push(element('p', '', m.relatedSectors, ...related));
    parts.push(nextSteps(m));
  }
  return parts;
}

/** The one sentence the status region announces for an answer. */
export function summary(answer: SearchAnswer, shown: number, questions: number, query: string, m: Messages): string {
  if (answer.noProgramme) return fill(m.noProgramme, { job: answer.noProgramme.label });
  if (answer.hits.length === 0) return questions > 0 ? m.questionsOnly : fill(m.noResult, { query });
  return countMessage(shown, m);
}

export function countMessage(count: number, m: Messages): string {
  if (count === 0) return m.resultsNone;
  return count === 1 ? m.resultsOne : m.resultsMany.replace('{count}', String(count));
}

/** The sector filter: "All sectors (N)" and each sector with results, as radio buttons. */
export function filterOptions(
  counts: readonly { sector: SearchSector; count: number }[],
  total: number,
  selected: string,
  m: Messages,
): HTMLLabelElement[] {
  const option = (value: string, text: string, count: number) => {
    const input = element('input', 'accent-(--color-harbour)');
    input.type = 'radio';
    input.name = 'sector';
    input.value = value;
    input.checked = value === selected;
    return element(
      'label',
      'flex min-h-11 cursor-pointer items-center gap-1.5 rounded-full border border-(--color-line) bg-white px-3 py-1 text-sm has-checked:border-(--color-harbour) has-checked:bg-(--color-harbour-soft)',
      input,
      `${text} (${count})`,
    );
  };
  return [option('', m.allSectors, total), ...counts.map(({ sector, count }) => option(sector.id, sector.title, count))];
}

/** A question of the questions page, linked to its anchor (`href`: the page's address and the question's id). */
export function questionItem(question: SearchQuestion, href: string): HTMLLIElement {
  return element('li', '', link(href, question.title));
}

