/**
 * The official hosts: the one list of the sites the guide may cite and link to. The content schema
 * (a programme fact's source must be https on one of them), the views and the built-site tests (a
 * plain link may leave the site only for one of them) all read it, so they cannot disagree. A fact
 * cannot be backed by a blog, a news site or a copy of an official page.
 *
 * Only hosts that ../shared/facts/vpas.md or a page cited in the content actually use are listed:
 * a member institution's own domain joins when a page on it is cited, not from memory (an earlier
 * list guessed 'youthcollege.edu.hk' for the Youth College, while the tests said 'yc.edu.hk').
 */

/** Official hosts; each also covers its subdomains (miao.vtc.edu.hk, www.immd.gov.hk, tlb.gov.hk). */
export const officialHosts = [
  // The Government: ImmD ([ImmD], [ImmD-fees], [ImmD-study], [IANG]) and the bureaux (tlb.gov.hk,
  // cited for the aviation training refund).
  'gov.hk',
  // The VTC: vpas.vtc.edu.hk and www.vtc.edu.hk ([VTC], [VTC-std]), miao.vtc.edu.hk ([MIAO-fees],
  // [MIAO-dates]).
  'vtc.edu.hk',
  // Its member institutions whose pages are cited: HKIIT (programme pages), THEi (living costs).
  'hkiit.edu.hk',
  'thei.edu.hk',
] as const;

/** Whether a host name is an official host or one of its subdomains ("evilvtc.edu.hk" is neither). */
export function isOfficialHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return officialHosts.some((official) => host === official || host.endsWith(`.${official}`));
}

/**
 * Why a URL may not be cited, or null when it may: it must parse, use https on the default port,
 * carry no user name or password, and be on an official host.
 */
export function sourceUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== 'https:') return `"${url}" must use https`;
  if (parsed.username || parsed.password) return `"${url}" must not carry a user name or password`;
  if (parsed.port) return `"${url}" must use the default https port`;
  if (!isOfficialHost(parsed.hostname)) {
    return `"${parsed.hostname}" is not an official host (the VTC, its member institutions or gov.hk: ${officialHosts.join(', ')})`;
  }
  return null;
}

/** The host as a reader would recognise it, without "www.". */
export function displayHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
