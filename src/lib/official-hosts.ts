/**
 * Which pages the site may cite for a programme fact: https pages of the Vocational Training Council,
 * of its member institutions, and of the Hong Kong SAR Government (issue 8). The schema rejects any
 * other source, so a fact cannot be backed by a blog, a news site or a copy of an official page.
 */

/** Official hosts; each also covers its subdomains (miao.vtc.edu.hk, www.immd.gov.hk, tlb.gov.hk). */
export const officialHosts = [
  // The VTC and its member institutions.
  'vtc.edu.hk',
  'hkiit.edu.hk',
  'ive.edu.hk',
  'hkdi.edu.hk',
  'ici.edu.hk',
  'cci.edu.hk',
  'thei.edu.hk',
  'shape.edu.hk',
  'msti.edu.hk',
  'sbi.edu.hk',
  'youthcollege.edu.hk',
  // The Government: the Immigration Department and the bureaux (immd.gov.hk, tlb.gov.hk, …).
  'gov.hk',
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
