/**
 * The MV3 service worker may be asleep or restarting; the first message wakes
 * it, but a message sent during a restart can fail. Retry a few times; null
 * when it never answered (or the run was abandoned meanwhile).
 */
export async function withRetry<T>(send: () => Promise<T>, signal: AbortSignal, delays = [150, 400, 1000, 2500]): Promise<T | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (signal.aborted || attempt >= delays.length) {
        if (!signal.aborted) console.debug('[Recalibrate] background unavailable', error);
        return null;
      }
      await new Promise((r) => setTimeout(r, delays[attempt]));
    }
  }
}
