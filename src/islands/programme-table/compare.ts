/**
 * The comparison's table: one column per chosen programme, one row per column of the full table,
 * each cell a copy of the full table's own cell, so the two always say the same. Copies lose their
 * ids (an id is once per page); on paper a copied link to the VTC prints its address, since a
 * comparison is printed to take away.
 */
export interface Column {
  id: string;
  label: string;
}

function copyOf(cell: Element): Node[] {
  const copy = cell.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
  // The link to the VTC, which the full table leaves off paper, prints with its address here.
  for (const link of copy.querySelectorAll('a[data-print-href]')) link.removeAttribute('data-print-href');
  for (const part of copy.querySelectorAll('[data-vtc-link]')) part.classList.remove('print:hidden');
  return [...copy.childNodes];
}

function cellOf(row: HTMLTableRowElement, column: string): Element {
  const cell = row.querySelector(`[data-cell="${column}"]`);
  if (!cell) throw new Error(`row ${row.dataset.id} has no ${column} cell`);
  return cell;
}

/** Fills the comparison's head and body for `rows`, in the order chosen. */
export function renderComparison(
  table: HTMLTableElement,
  rows: readonly HTMLTableRowElement[],
  columns: readonly Column[],
  removeLabel: string,
): void {
  const head = table.querySelector('[data-compare-head]');
  const body = table.querySelector('[data-compare-body]');
  if (!head || !body) return;
  const cellClass = 'border-b border-(--color-line) px-3 py-2 align-top';

  const corner = document.createElement('td');
  corner.className = 'border-b-2 border-(--color-harbour)';
  const programmeHeads = rows.map((row) => {
    const id = row.dataset.id ?? '';
    const th = document.createElement('th');
    th.scope = 'col';
    th.className = 'min-w-40 border-b-2 border-(--color-harbour) px-3 py-2 align-top font-normal';
    const name = document.createElement('div');
    name.id = `compare-name-${id}`;
    name.append(...copyOf(cellOf(row, 'name')));
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.dataset.compareRemove = id;
    remove.className = 'mt-1 min-h-11 text-sm text-(--color-harbour) underline print:hidden';
    const word = document.createElement('span');
    word.id = `compare-remove-${id}`;
    word.textContent = removeLabel;
    remove.append(word);
    remove.setAttribute('aria-labelledby', `${word.id} ${name.id}`);
    th.append(name, remove);
    return th;
  });
  head.replaceChildren(corner, ...programmeHeads);

  body.replaceChildren(
    ...columns.map((column) => {
      const tr = document.createElement('tr');
      const label = document.createElement('th');
      label.scope = 'row';
      label.className = `${cellClass} min-w-24 font-semibold sm:min-w-36`;
      label.textContent = column.label;
      const cells = rows.map((row) => {
        const source = cellOf(row, column.id);
        const td = document.createElement('td');
        td.className = cellClass;
        const colour = source.getAttribute('data-colour');
        if (colour) td.dataset.colour = colour;
        td.append(...copyOf(source));
        return td;
      });
      tr.append(label, ...cells);
      return tr;
    }),
  );
}
