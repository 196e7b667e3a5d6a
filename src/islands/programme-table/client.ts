import { format } from '../../i18n';
import {
  COMPARE_LIMIT,
  filterNames,
  initialState,
  readState,
  sortBy,
  stateQuery,
  toggled,
  type SortColumn,
  type TableState,
  type Vocabulary,
} from '../../lib/programme-table/state';
import { deviceShortlist } from './shortlist';
import { readTable, type Messages } from './view';

/**
 * The programmes table's behaviour (issue 14). The page is complete without it; with it, the
 * reader's view (filters, sorted column, programmes compared) lives in the address: each change is a
 * new history entry, so a shared link shows the same view and Back undoes the last change. The
 * shortlist lives in localStorage only (./shortlist.ts) and is never sent anywhere.
 */
export function startProgrammeTable(root: HTMLElement): void {
  const view = readTable(root);
  if (!view) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  const { rows, selects } = view;
  const programmes = new Set(rows.map((row) => row.id));
  const optionsOf = (name: string) => new Set([...(selects.get(name)?.options ?? [])].map((o) => o.value).filter(Boolean));
  const vocabulary: Vocabulary = {
    sector: optionsOf('sector'),
    institution: optionsOf('institution'),
    language: optionsOf('language'),
    programme: programmes,
  };
  const shortlist = deviceShortlist(programmes);
  const nameOf = (id: string) => rows.find((row) => row.id === id)?.name ?? id;

  let state = readState(location.search, vocabulary);
  // A link may hold what the page does not know (a mistyped sector): show the address of what is shown.
  history.replaceState(history.state, '', location.pathname + stateQuery(state) + location.hash);

  // The sort buttons first: the listeners below are added to them.
  view.enhance();
  const render = () => view.render(state, shortlist.load(), messages);
  const commit = (next: TableState, announcement?: string) => {
    state = next;
    history.pushState(history.state, '', location.pathname + stateQuery(state));
    render();
    if (announcement) view.announce(announcement);
  };

  for (const name of filterNames) {
    selects.get(name)?.addEventListener('change', (event) => {
      const value = (event.currentTarget as HTMLSelectElement).value;
      commit({ ...state, [name]: value || null });
    });
  }
  view.reset?.addEventListener('click', () => commit({ ...initialState, compare: state.compare }));

  for (const [column, button] of view.sortButtons) {
    button.addEventListener('click', () => {
      const next = sortBy(state, column as SortColumn);
      const label = button.closest('th')?.dataset.label ?? column;
      commit(next, format(next.descending ? messages.sortedDown : messages.sortedUp, { column: label }));
    });
  }

  const setCompare = (id: string) => {
    const next = toggled(state.compare, id, COMPARE_LIMIT);
    if (next === null) {
      render(); // unticks the box the reader just ticked
      view.announce(format(messages.compareFull, { limit: COMPARE_LIMIT }));
      return;
    }
    const added = next.length > state.compare.length;
    const values = { name: nameOf(id), count: next.length, limit: COMPARE_LIMIT };
    commit({ ...state, compare: next }, format(added ? messages.compareAdded : messages.compareRemoved, values));
  };

  root.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.dataset.compare) setCompare(box.dataset.compare);
  });

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    const { shortlist: listed, compareRemove } = target.dataset;
    if (listed) {
      const next = toggled(shortlist.load(), listed) ?? [];
      const added = next.includes(listed);
      const kept = shortlist.save(next);
      render();
      view.announce(kept ? format(added ? messages.shortlistAdded : messages.shortlistRemoved, { name: nameOf(listed) }) : messages.shortlistUnavailable);
    } else if (compareRemove) {
      setCompare(compareRemove);
      view.focusComparison(state.compare.length > 0);
    } else if (target.hasAttribute('data-compare-stop')) {
      commit({ ...state, compare: [] });
      view.focusComparison(false);
    } else if (target.hasAttribute('data-shortlist-compare')) {
      commit({ ...state, compare: shortlist.load().slice(0, COMPARE_LIMIT) });
      view.focusComparison(true);
    } else if (target.hasAttribute('data-shortlist-clear')) {
      shortlist.save([]);
      render();
      view.announce(messages.shortlistCleared);
    }
  });

  // Back and Forward: the address is the state.
  addEventListener('popstate', () => {
    state = readState(location.search, vocabulary);
    render();
  });
  // The shortlist changed in another tab of this site.
  addEventListener('storage', render);

  render();
}
