import { eventSchemas, TRANSPORT, type AppEvent } from '../../../../shared/contract/events';

const POLL_MS = 700;
const MAX_RETRY_MS = 15_000;

/** Accepts only events the contract knows, with a payload that matches its schema. */
export function parseAppEvent(raw: unknown): AppEvent | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, payload } = raw as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(eventSchemas, name)) return null;
  const schema = eventSchemas[name as keyof typeof eventSchemas];
  const parsed = schema.safeParse(payload);
  return parsed.success ? ({ name, payload: parsed.data } as AppEvent) : null;
}

interface EventBatch {
  events: unknown[];
  next: number;
  reset: boolean;
}

/**
 * Web mode's events: short polls of GET /events?after=<cursor> (with the link's cookie and the token header).
 * Short requests rather than a held-open stream keep the page "network idle" between polls,
 * which browser automation relies on. A missed window (server restarted, buffer overrun)
 * comes back as reset, and onReconnected lets the caller re-fetch the session.
 */
export function subscribeHttpEvents(
  token: string,
  listener: (event: AppEvent) => void,
  onReconnected: () => void,
): () => void {
  let stopped = false;
  let cursor = -1;
  let delay = POLL_MS;
  let failedBefore = false;

  const poll = async () => {
    while (!stopped) {
      try {
        const response = await fetch(`${TRANSPORT.httpEventsPath}?after=${cursor}`, {
          headers: { [TRANSPORT.httpTokenHeader]: token },
          cache: 'no-store',
          credentials: 'same-origin',
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const batch = (await response.json()) as EventBatch;
        if ((batch.reset && cursor >= 0) || failedBefore) onReconnected();
        failedBefore = false;
        cursor = batch.next;
        for (const raw of batch.events) {
          const event = parseAppEvent(raw);
          if (event && !stopped) listener(event);
        }
        delay = POLL_MS;
      } catch {
        failedBefore = true;
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };
  void poll();
  return () => {
    stopped = true;
  };
}
