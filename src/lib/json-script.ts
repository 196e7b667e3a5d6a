/**
 * JSON for a data block in a page: `<script type="application/json">` (the checker's data) and
 * `<script type="application/ld+json">` (structured data). A data block is never run, so a
 * Content-Security-Policy without 'unsafe-inline' allows it; but its text must not end the element
 * early ("</script>") or open a comment ("<!--"), whatever the content holds. So `<` is written as
 * \u003c, `>` and `&` likewise for good measure, and the two line separators that old parsers took
 * for line ends: the same JSON, read back as the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
