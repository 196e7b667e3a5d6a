/**
 * What Vitest's global set-up (tests/support/global-setup.ts) hands every test file of the `site`
 * project: the one server of dist/, started once per run, and the run's scratch directory. Read through
 * `inject`, which exists only inside a Vitest worker; plain Node scripts (`npm run bench`) that
 * import server.ts or browser.ts get undefined here and start their own.
 */
export interface SharedSite {
  /** 'http://127.0.0.1:PORT' */
  origin: string;
  /** The origin plus the base path the site was built for: `${root}en/` is the English home page. */
  root: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: SharedSite;
    /** A scratch directory for this run, removed at its end (the alternate build lives there). */
    runDir: string;
  }
}

export async function sharedSite(): Promise<SharedSite | undefined> {
  if (!process.env.VITEST_WORKER_ID) return undefined;
  const { inject } = await import('vitest');
  return inject('site');
}
