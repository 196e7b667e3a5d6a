import { SHORTLIST_KEY, readShortlist } from '../../lib/programme-table/state';

/**
 * The shortlist's storage: this browser's localStorage, on this device, for this site only. Nothing
 * here sends it anywhere; the page's address never holds it. A browser may refuse storage (turned
 * off, full, or a private window that throws): `save` then says so and the page tells the reader.
 */
export interface ShortlistStore {
  load(): string[];
  /** False when the browser would not keep it. */
  save(ids: readonly string[]): boolean;
}

export function deviceShortlist(programmes: ReadonlySet<string>): ShortlistStore {
  return {
    load() {
      try {
        return readShortlist(localStorage.getItem(SHORTLIST_KEY), programmes);
      } catch {
        return [];
      }
    },
    save(ids) {
      try {
        if (ids.length === 0) localStorage.removeItem(SHORTLIST_KEY);
        else localStorage.setItem(SHORTLIST_KEY, JSON.stringify(ids));
        return true;
      } catch {
        return false;
      }
    },
  };
}
