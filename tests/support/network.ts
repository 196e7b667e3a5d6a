import type { Page } from 'playwright-core';

/** One request of a page, as Chromium's network layer saw it. */
export interface Transfer {
  url: string;
  /** The status on the wire: 304 for a revalidation that sent no body; 0 when the request failed. */
  status: number;
  /** Taken from the browser's cache without asking the server. */
  fromCache: boolean;
  /** Bytes received over the connection, headers included (0 from the cache). */
  bytes: number;
}

/**
 * Records every request of a page through the Chrome DevTools Protocol, which (unlike Playwright's
 * events) tells a cached response from a downloaded one and counts the bytes on the wire.
 * `take()` returns what was recorded since the last `take()`.
 */
export async function recordNetwork(page: Page): Promise<{ take: () => Transfer[] }> {
  const cdp = await page.context().newCDPSession(page);
  const open = new Map<string, Transfer>();
  // What the server sent (responseReceived shows a revalidated response as the cached 200).
  const wireStatus = new Map<string, number>();
  let done: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    open.set(requestId, { url: request.url, status: 0, fromCache: false, bytes: 0 });
  });
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const transfer = open.get(requestId);
    if (transfer) transfer.fromCache = true;
  });
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => wireStatus.set(requestId, statusCode));
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const transfer = open.get(requestId);
    if (!transfer) return;
    transfer.status = response.status;
    if (response.fromDiskCache || response.fromPrefetchCache) transfer.fromCache = true;
  });
  const finish = (requestId: string, bytes: number) => {
    const transfer = open.get(requestId);
    if (!transfer) return;
    open.delete(requestId);
    const status = transfer.fromCache ? transfer.status : (wireStatus.get(requestId) ?? transfer.status);
    wireStatus.delete(requestId);
    done.push({ ...transfer, status, bytes: transfer.fromCache ? 0 : bytes });
  };
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => finish(requestId, encodedDataLength));
  cdp.on('Network.loadingFailed', ({ requestId }) => finish(requestId, 0));
  await cdp.send('Network.enable');
  return {
    take: () => {
      const taken = done;
      done = [];
      return taken;
    },
  };
}
