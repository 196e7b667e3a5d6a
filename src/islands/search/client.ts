import type { Locale } from '../../i18n';
import { countBySector } from '../../lib/search/rank';
import { runQuery, type QueryResults } from './engine';
import { questionPath } from '../../lib/paths';
import { filterOptions, notice, questionItem, resultItem, summary, type Messages } from './render';

/**
 * The search page's behaviour: reads ?q= (and ?sector=), searches as the student types, keeps the
 * address in step with history.replaceState (so a shared link and the back button show the same
 * search), and announces the number of results in a polite status region.
 */
const typingPause = 200;

export function startSearch(root: HTMLElement): void {
  // The locale comes from the server-rendered page (not the i18n module, which would bring all
  // three dictionaries into this bundle).
  const locale = root.dataset.locale as Locale | undefined;
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const filter = root.querySelector<HTMLFieldSetElement>('[data-search-filter]');
  const options = root.querySelector<HTMLElement>('[data-search-filter-options]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const said = root.querySelector<HTMLElement>('[data-search-notice]');
  const questionBox = root.querySelector<HTMLElement>('[data-search-questions]');
  const questionList = questionBox?.querySelector<HTMLUListElement>('ul');
  if (!locale || !form || !input || !status || !filter || !options || !list || !said || !questionBox || !questionList) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let sector = params.get('sector') ?? '';
  const none: QueryResults = { hits: [], nearest: [], questions: [] };
  let answer = none;
  let answered = '';
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const syncAddress = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (sector && input.value.trim()) next.set('sector', sector);
    const query = next.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  /** New results: the filter's options and counts change too (a new sector choice does not). */
  const renderFilter = () => {
    const counts = countBySector(answer.hits);
    if (sector && !counts.some((c) => c.sector.id === sector)) sector = '';
    filter.hidden = answer.hits.length === 0;
    options.replaceChildren(...filterOptions(counts, answer.hits.length, sector, messages));
  };

  const render = () => {
    const shown = sector ? answer.hits.filter((hit) => hit.sector.id === sector) : answer.hits;
    list.replaceChildren(...shown.map((hit) => resultItem(hit, messages)));
    const query = input.value.trim();
    status.textContent = query ? summary(answer, shown.length, answer.questions.length, answered, messages) : '';
    said.replaceChildren(...(query ? notice(answer, answered, messages) : []));
    said.hidden = said.childElementCount === 0;
    // The questions page's questions that hold every word, under the programmes (issue 12).
    questionList.replaceChildren(...answer.questions.map((q) => questionItem(q, questionPath(locale, q.id))));
    questionBox.hidden = answer.questions.length === 0;
    // Which query the list shows: lets tests (and anyone debugging) wait for a search to finish.
    root.dataset.shown = query;
  };

  const search = async () => {
    const query = input.value.trim();
    const run = ++latest;
    syncAddress();
    if (!query) {
      answer = none;
      renderFilter();
      render();
      return;
    }
    if (answer.hits.length === 0) status.textContent = messages.searching;
    try {
      const result = await runQuery(locale, query);
      if (run !== latest) return; // a newer query has started
      answer = result;
      answered = query;
      renderFilter();
      syncAddress(); // the chosen sector may have no results any more
      render();
    } catch {
      if (run !== latest) return;
      answer = none;
      renderFilter();
      render();
      said.replaceChildren();
      said.hidden = true;
      status.textContent = messages.failed;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, typingPause);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  options.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    sector = target.value;
    syncAddress();
    render();
  });

  if (input.value.trim()) void search();
}
