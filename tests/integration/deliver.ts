import { fakeBrowser } from 'wxt/testing/fake-browser';

/** What the background answers: the handler's result, or the error it threw. */
export type Reply = { res?: any; err?: { message?: string } };

/**
 * Deliver a message to the background's handlers exactly as
 * @webext-core/messaging sends it, from `sender`; rejects when no handler
 * answered.
 */
export function deliver(type: string, data: unknown, sender: object): Promise<Reply> {
  return new Promise((resolve, reject) => {
    void fakeBrowser.runtime.onMessage.trigger({ id: Math.random(), type, data, timestamp: Date.now() }, sender as never, resolve as never).then((handled: unknown[]) => {
      if (!handled.some((r) => r === true)) reject(new Error(`no handler answered ${type}`));
    });
  });
}
