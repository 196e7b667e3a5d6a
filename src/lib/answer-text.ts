/**
 * The plain text of an answer written in MDX, for what cannot take HTML: the FAQPage JSON-LD's
 * `acceptedAnswer.text` and the search index (issue 12).
 *
 * Astro 7 compiles MDX with Sätteri, which runs no remark plugins, so the text is read from the
 * file's body here. That works because answers keep to a small, documented subset of MDX (checked
 * for every answer by `answerSyntaxProblems`): paragraphs and lists of plain text with **bold** and
 * [links](…), one per line, and block components alone on their lines (`<CostSum locale={props.locale} />`).
 * Components give no words (their content is data the page renders, so an answer's prose must answer
 * on its own), except where `componentWords` gives a component's line its text (the contact line of
 * src/lib/faq.ts, `componentWords`).
 */

/** A block component on a line of its own: `<CostSum locale={props.locale} />`. */
const componentLine = /^<[A-Z][A-Za-z]*(\s[^>]*)?\/>$/;

/** Markdown inline syntax to words: links keep their text, bold and inline code lose their marks. */
function inlineText(line: string): string {
  return line
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * The words of an answer's body: one line per paragraph or list item; imports left out, and
 * components too unless `componentWords` gives their line words.
 */
export function answerText(body: string, componentWords: (line: string) => string | undefined = () => undefined): string {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^(import|export)\s/.test(line))
    .map((line) => (componentLine.test(line) ? componentWords(line) : inlineText(line.replace(/^([-*]|\d+\.)\s+/, ''))))
    .filter((line): line is string => !!line)
    .join('\n');
}

/**
 * Where an answer's body leaves the subset `answerText` reads, one message per line at fault:
 * headings (the page gives each question its heading), tables and raw HTML (use a component), inline
 * expressions, emphasis other than **bold**, and a link that is neither `site:` nor https on its own.
 */
export function answerSyntaxProblems(body: string): string[] {
  const problems: string[] = [];
  body.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const at = `line ${i + 1}`;
    if (!line || componentLine.test(line)) return;
    if (/^#/.test(line)) problems.push(`${at}: no headings in an answer (the page heads it with the question)`);
    if (/^\|/.test(line)) problems.push(`${at}: no Markdown tables; use a component`);
    if (/<[a-z]/i.test(line)) problems.push(`${at}: no HTML or inline components in the prose`);
    if (/[{}]/.test(line)) problems.push(`${at}: no expressions in the prose`);
    if (/(^|[^*])\*[^*]|_[^_\s]+_/.test(line.replace(/^[-*]\s+/, ''))) problems.push(`${at}: only **bold** for emphasis`);
    for (const [, href] of line.matchAll(/\]\(([^)]*)\)/g)) {
      if (!/^(site:|https:\/\/)/.test(href ?? '')) problems.push(`${at}: a link is site:… or https://…, not "${href}"`);
    }
  });
  return problems;
}
