import { format } from '../../i18n';
import { COMPARE_LIMIT, matches, ordered, type RowFacets, type TableState } from '../../lib/programme-table/state';
import { renderComparison, type Column } from './compare';

/** The island's words, from the page's dictionary (ProgrammeTable.astro). */
export interface Messages {
  countAll: string;
  count: string;
  countNone: string;
  sortedUp: string;
  sortedDown: string;
  compareCount: string;
  compareFull: string;
  compareAdded: string;
  compareRemoved: string;
  compareRemove: string;
  shortlistAdded: string;
  shortlistRemoved: string;
  shortlistCleared: string;
  shortlistUnavailable: string;
  shortlistCompare: string;
  shortlistCompareFirst: string;
}

interface Row extends RowFacets {
  element: HTMLTableRowElement;
  name: string;
}

const all = <E extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<E>(selector)];

/** A row's facets, as ProgrammeTableRow.astro wrote them into its data-* attributes. */
function readRow(element: HTMLTableRowElement): Row {
  const { id = '', position = '0', sector = '', institution, languages = '', keys = '{}' } = element.dataset;
  const name = element.querySelector('[data-cell="name"] a')?.textContent?.trim() ?? id;
  return { element, name, id, position: Number(position), sector, institution: institution ?? null, languages: languages.split(' '), keys: JSON.parse(keys) };
}

/**
 * The page's table and its controls, found once, and how to show a state on them. Returns null when
 * the page lacks a part (then the island leaves the plain table as it is).
 */
export function readTable(root: HTMLElement) {
  const body = root.querySelector<HTMLTableSectionElement>('[data-table-body]');
  const empty = root.querySelector<HTMLTableRowElement>('[data-table-empty]');
  const status = root.querySelector<HTMLElement>('[data-table-status]');
  const announcer = root.querySelector<HTMLElement>('[data-table-announce]');
  const panel = root.querySelector<HTMLElement>('[data-compare-panel]');
  const compareTable = root.querySelector<HTMLTableElement>('[data-compare-table]');
  const shortlistPanel = root.querySelector<HTMLElement>('[data-shortlist-panel]');
  if (!body || !empty || !status || !announcer || !panel || !compareTable || !shortlistPanel) return null;

  const rows = all<HTMLTableRowElement>(body, 'tr[data-id]').map(readRow);
  const selects = new Map(all<HTMLSelectElement>(root, '[data-table-filters] select').map((s) => [s.name, s]));
  const headers = all<HTMLTableCellElement>(root, '[data-programme-table] thead th[data-column]');
  const sortButtons = new Map<string, HTMLButtonElement>();
  // The collation the build sorted the filters' choices with (Hong Kong's for Traditional Chinese).
  const collator = new Intl.Collator(root.dataset.collation);
  // The comparison's rows: every column of the table but the name, which heads each programme.
  const columns: Column[] = headers
    .filter((th) => th.dataset.column !== 'name')
    .map((th) => ({ id: th.dataset.column ?? '', label: th.dataset.label ?? '' }));

  /**
   * Turns each header's label into a sort button, in the same box (nothing on the page moves). On
   * paper the header shows the label as text: Chromium does not paint a button in the header it
   * repeats at the top of every sheet.
   */
  function enhance() {
    for (const th of headers) {
      const label = th.querySelector('[data-sort-label]');
      if (!label || !th.dataset.column) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `${label.className} cursor-pointer font-semibold underline-offset-4 hover:underline print:hidden`;
      button.append(...label.childNodes);
      const printed = document.createElement('span');
      printed.className = 'hidden print:inline';
      printed.textContent = th.dataset.label ?? '';
      label.replaceWith(button, printed);
      sortButtons.set(th.dataset.column, button);
    }
  }

  function renderShortlist(listed: readonly string[], messages: Messages) {
    const count = shortlistPanel!.querySelector('[data-shortlist-count]');
    const list = shortlistPanel!.querySelector<HTMLElement>('[data-shortlist-list]');
    const none = shortlistPanel!.querySelector<HTMLElement>('[data-shortlist-empty]');
    const actions = shortlistPanel!.querySelector<HTMLElement>('[data-shortlist-actions]');
    const compare = shortlistPanel!.querySelector<HTMLElement>('[data-shortlist-compare]');
    if (count) count.textContent = listed.length > 0 ? `(${listed.length})` : '';
    for (const part of [list, actions]) if (part) part.hidden = listed.length === 0;
    if (none) none.hidden = listed.length > 0;
    if (compare) compare.textContent = listed.length > COMPARE_LIMIT ? format(messages.shortlistCompareFirst, { limit: COMPARE_LIMIT }) : messages.shortlistCompare;
    list?.replaceChildren(
      ...listed.map((id) => {
        const item = document.createElement('li');
        const source = rows.find((row) => row.id === id)?.element.querySelector<HTMLAnchorElement>('[data-cell="name"] a');
        const link = document.createElement('a');
        link.href = source?.href ?? '';
        link.textContent = source?.textContent ?? id;
        link.className = 'inline-flex min-h-11 items-center';
        item.append(link);
        return item;
      }),
    );
    for (const button of all<HTMLButtonElement>(body!, 'button[data-shortlist]')) {
      button.setAttribute('aria-pressed', String(listed.includes(button.dataset.shortlist ?? '')));
    }
  }

  function render(state: TableState, listed: readonly string[], messages: Messages) {
    const shown = new Set(rows.filter((row) => matches(row, state)).map((row) => row.id));
    const inOrder = ordered(rows, state, collator.compare);
    if (inOrder.some((row, i) => body!.rows[i] !== row.element)) body!.append(...inOrder.map((row) => row.element), empty!);
    for (const row of rows) row.element.hidden = !shown.has(row.id);
    empty!.hidden = shown.size > 0;
    const total = rows.length;
    status!.textContent =
      shown.size === total ? format(messages.countAll, { total }) : shown.size === 0 ? messages.countNone : format(messages.count, { shown: shown.size, total });

    for (const [name, select] of selects) select.value = state[name as keyof TableState]?.toString() ?? '';
    for (const th of headers) {
      if (th.dataset.column === state.sort) th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    for (const box of all<HTMLInputElement>(body!, 'input[data-compare]')) box.checked = state.compare.includes(box.dataset.compare ?? '');

    const chosen = state.compare.flatMap((id) => rows.find((row) => row.id === id)?.element ?? []);
    panel!.hidden = chosen.length === 0;
    root.toggleAttribute('data-comparing', chosen.length > 0);
    renderComparison(compareTable!, chosen, columns, messages.compareRemove);
    const count = panel!.querySelector('[data-compare-count]');
    if (count) count.textContent = format(messages.compareCount, { count: chosen.length, limit: COMPARE_LIMIT });
    const more = panel!.querySelector<HTMLElement>('[data-compare-more]');
    if (more) more.hidden = chosen.length >= COMPARE_LIMIT;

    renderShortlist(listed, messages);
  }

  /** Says something to screen readers without moving focus. */
  function announce(text: string) {
    announcer!.textContent = '';
    // A fresh text node after a tick, so the same words twice are announced twice.
    setTimeout(() => (announcer!.textContent = text), 50);
  }

  /** After a change of the comparison: to its heading while it shows, else back to the table. */
  function focusComparison(open: boolean) {
    const target = open ? panel!.querySelector<HTMLElement>('#compare-title') : root.querySelector<HTMLElement>('[data-full-table] [data-scroll]');
    target?.focus();
  }

  return { rows, selects, sortButtons, reset: root.querySelector<HTMLButtonElement>('[data-table-reset]'), enhance, render, announce, focusComparison };
}
