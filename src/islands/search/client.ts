import type { Locale } from '../../i18n';
import { countBySector, type RankedHit } from '../../lib/search/rank';
import { runQuery } from './engine';
import { countMessage, filterOptions, resultItem, type Messages } from './render';

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
  if (!locale || !form || !input || !status || !filter || !options || !list) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let sector = params.get('sector') ?? '';
  let ranked: RankedHit[] = [];
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
    const counts = countBySector(ranked);
    if (sector && !counts.some((c) => c.sector.id === sector)) sector = '';
    filter.hidden = ranked.length === 0;
    options.replaceChildren(...filterOptions(counts, ranked.length, sector, messages));
  };

  const render = () => {
    const shown = sector ? ranked.filter((hit) => hit.sector.id === sector) : ranked;
    list.replaceChildren(...shown.map((hit) => resultItem(hit, messages)));
    status.textContent = input.value.trim() ? countMessage(shown.length, messages) : '';
    // Which query the list shows: lets tests (and anyone debugging) wait for a search to finish.
    root.dataset.shown = input.value.trim();
  };

  const search = async () => {
    const query = input.value.trim();
    const run = ++latest;
    syncAddress();
    if (!query) {
      ranked = [];
      renderFilter();
      render();
      return;
    }
    if (ranked.length === 0) status.textContent = messages.searching;
    try {
      const results = await runQuery(locale, query);
      if (run !== latest) return; // a newer query has started
      ranked = results;
      renderFilter();
      syncAddress(); // the chosen sector may have no results any more
      render();
    } catch {
      if (run !== latest) return;
      ranked = [];
      renderFilter();
      render();
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
