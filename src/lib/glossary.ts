/**
 * Hong Kong words explained where a Mainland reader first meets them (issue 17): on a zh-Hans page
 * the first use of 程式设计师 reads 程式设计师（程序员）, as search already shows it, with the Mainland
 * word linking to the glossary page. One mechanism for every page: src/middleware.ts passes each
 * built page through `annotateFirstUses`, so no page or component is edited word by word.
 *
 * The words are data (src/content/glossary.yaml). This is plain string work on the page's HTML, so
 * it is tested here without a build. It changes nothing but text inside <main>: it inserts after a
 * word and never rewrites a tag, an attribute or a script.
 */

export interface MainlandGloss {
  /** The glossary entry's id, its anchor on the glossary page. */
  id: string;
  /** The Hong Kong word as zh-Hans pages write it: 程式设计师. */
  term: string;
  /** The word a Mainland reader knows: 程序员. */
  mainland: string;
}

export interface AnnotateOptions {
  /** The glossary page's address for an entry. */
  href: (id: string) => string;
  /** Text in this language is annotated (BCP 47, case-insensitive); other text is left alone. */
  language?: string;
  /**
   * Names never split by a gloss (programme, sector, job and institution names): a word inside one
   * is glossed after the whole name, as 国际款待业管理（款待业即酒店业）, so the name can still be
   * found and copied whole.
   */
  names?: readonly string[];
}

/** Elements without an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is raw text, copied as it is. */
const RAW = new Set(['script', 'style', 'textarea', 'title']);
/**
 * Where a word is not glossed: navigation (breadcrumbs, menus), form controls' option lists, code,
 * drawings, templates, and the page's h1, which names the page (the first use in its text is glossed).
 */
const SKIP = new Set(['nav', 'select', 'option', 'code', 'pre', 'svg', 'template', 'button', 'h1']);
/** Interactive content, in which the gloss is plain text: a link may not sit inside them. */
const INTERACTIVE = new Set(['a', 'label', 'summary']);

interface Open {
  name: string;
  lang: string;
  skip: boolean;
  interactive: boolean;
  main: boolean;
}

const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const END_TAG = /<\/([a-zA-Z][\w:-]*)\s*>/y;

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** A tag's attributes by lower-case name; a boolean attribute's value is ''. */
function attributesOf(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = '', double, single, bare] of source.matchAll(ATTRIBUTE)) {
    found.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return found;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Follows the first use of each word inside <main>, in text of `language`, with its Mainland word in
 * brackets. A word already followed by its Mainland word is left as it is (and counts as used). A
 * word right before a closing bracket, as in 园境设计(科目组), takes its gloss after that bracket.
 * Elements marked `data-glossary="off"` (the glossary page's own table) or `hidden` are skipped.
 */
export function annotateFirstUses(html: string, glosses: readonly MainlandGloss[], options: AnnotateOptions): string {
  const language = (options.language ?? 'zh-Hans').toLowerCase();
  // Longer words first, so a word inside another (none today) never takes the longer one's place.
  const pending = [...glosses].sort((a, b) => b.term.length - a.term.length);
  const names = options.names ?? [];
  const stack: Open[] = [];
  const top = (): Open => stack.at(-1) ?? { name: '', lang: '', skip: false, interactive: false, main: false };
  let out = '';
  let i = 0;

  const link = (word: MainlandGloss, at: Open) => {
    const label = escapeText(word.mainland);
    return at.interactive ? label : `<a href="${escapeAttribute(options.href(word.id))}" class="underline">${label}</a>`;
  };

  const gloss = (text: string, at: Open): string => {
    let result = '';
    let rest = text;
    for (;;) {
      let found: { index: number; gloss: MainlandGloss } | undefined;
      for (const candidate of pending) {
        const index = rest.indexOf(candidate.term);
        if (index >= 0 && (!found || index < found.index)) found = { index, gloss: candidate };
      }
      if (!found) return result + rest;
      // The stretch glossed as one: the longest name around the word, or the word alone.
      let start = found.index;
      let end = found.index + found.gloss.term.length;
      for (const name of names) {
        const from = rest.lastIndexOf(name, found.index);
        if (from >= 0 && from + name.length >= end && name.length > end - start) [start, end] = [from, from + name.length];
      }
      if (rest[end] === ')' || rest[end] === '）') end += 1;
      const stretch = rest.slice(start, end);
      const words = pending
        .map((word) => ({ word, at: stretch.indexOf(word.term) }))
        .filter(({ at }) => at >= 0)
        .sort((a, b) => a.at - b.at)
        .map(({ word }) => word);
      for (const word of words) pending.splice(pending.indexOf(word), 1);
      result += rest.slice(0, end);
      rest = rest.slice(end);
      if (words.every((word) => rest.startsWith(`（${word.mainland}`))) continue;
      // The word itself: 程式设计师（程序员）; inside a name: 国际款待业管理（款待业即酒店业）.
      const whole = words.length === 1 && stretch.replace(/[)）]$/, '').endsWith(words[0]!.term) && stretch.startsWith(words[0]!.term);
      const parts = words.map((word) => (whole ? link(word, at) : `${escapeText(word.term)}即${link(word, at)}`));
      result += `<span data-gloss="${escapeAttribute(words.map((word) => word.id).join(' '))}">（${parts.join('；')}）</span>`;
    }
  };

  while (i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      const stop = end < 0 ? html.length : end + 3;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      const stop = html.indexOf('>', i) + 1 || html.length;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    END_TAG.lastIndex = i;
    const closing = END_TAG.exec(html);
    if (closing) {
      const name = closing[1]!.toLowerCase();
      const at = stack.map((open) => open.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      out += closing[0];
      i = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = i;
    const opening = START_TAG.exec(html);
    if (opening) {
      const name = opening[1]!.toLowerCase();
      const attributes = attributesOf(opening[2] ?? '');
      out += opening[0];
      i = START_TAG.lastIndex;
      if (RAW.has(name)) {
        const end = html.toLowerCase().indexOf(`</${name}`, i);
        const stop = end < 0 ? html.length : end;
        out += html.slice(i, stop);
        i = stop;
        continue;
      }
      if (VOID.has(name) || opening[3] === '/') continue;
      const parent = top();
      stack.push({
        name,
        lang: attributes.get('lang')?.toLowerCase() ?? parent.lang,
        skip:
          parent.skip ||
          SKIP.has(name) ||
          attributes.has('hidden') ||
          attributes.get('data-glossary') === 'off',
        interactive: parent.interactive || INTERACTIVE.has(name),
        main: parent.main || name === 'main',
      });
      continue;
    }
    // Text, up to the next tag (a lone '<' that starts no tag is text too).
    const next = html.indexOf('<', i + 1);
    const stop = next < 0 ? html.length : next;
    const text = html.slice(i, stop);
    const at = top();
    out += pending.length > 0 && at.main && !at.skip && at.lang === language ? gloss(text, at) : text;
    i = stop;
  }
  return out;
}
