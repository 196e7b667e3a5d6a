import { distFiles, distRelative } from './site';

/** Every built HTML page, as a URL path ('/zh-hans/programmes/cybersecurity/', '/404.html'). */
export function builtPages(): string[] {
  return distFiles('.html')
    .map((file) => '/' + distRelative(file))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}
