import { eventSchemas, TRANSPORT, type AppEvent } from '../../../../shared/contract/events';
import { createSseParser } from './sseParser';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15_000;

/** Accepts only events the contract knows, with a payload that matches its schema. */
export function parseAppEvent(text: string): AppEvent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, payload } = raw as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(eventSchemas, name)) return null;
  const schema = eventSchemas[name as keyof typeof eventSchemas];
  const parsed = schema.safeParse(payload);
  return parsed.success ? ({ name, payload: parsed.data } as AppEvent) : null;
}

/**
 * Web mode's event stream: fetch (so we can send the token header, which EventSource cannot)
 * and read the body as server-sent events. If the stream drops, reconnect with backoff and
 * call onReconnected so the caller can fetch what it may have missed.
 */
export function subscribeHttpEvents(
  token: string,
  listener: (event: AppEvent) => void,
  onReconnected: () => void,
): () => void {
  const abort = new AbortController();
  let delay = FIRST_RETRY_MS;
  let connectedBefore = false;

  const run = async () => {
    while (!abort.signal.aborted) {
      try {
        const response = await fetch(TRANSPORT.httpEventsPath, {
          headers: { [TRANSPORT.httpTokenHeader]: token, Accept: 'text/event-stream' },
          signal: abort.signal,
          cache: 'no-store',
        });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        if (connectedBefore) onReconnected();
        connectedBefore = true;
        delay = FIRST_RETRY_MS;
        const push = createSseParser((data) => {
          const event = parseAppEvent(data);
          if (event) listener(event);
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          push(value);
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    }
  };
  void run();
  return () => abort.abort();
}
