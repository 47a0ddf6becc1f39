/**
 * The in-page half of largeWorkspaceBench.ts, installed with page.addInitScript before the app
 * loads. Plain JavaScript in a string on purpose: tsx would wrap functions written in TypeScript
 * in a naming helper that the page does not have.
 *
 * window.__largeBench holds:
 * - longTasks: every main-thread task over 50 ms (PerformanceObserver 'longtask'), from the start;
 * - openedAt: performance.now() (ms since navigation start) one frame after the dashboard first
 *   shows the expected document count;
 * - samples: input latency while recording — for each keydown, wheel, and pointermove with a
 *   button held: from the event's timestamp (when the browser received the input, so time spent
 *   queued behind other work counts) until after the next frame (requestAnimationFrame, then a
 *   task: the frame has been handed to the compositor);
 * - save: edit → saved. Armed by watchSave(); every keydown after that restarts the clock (the
 *   edit is the last key: Tab leaving a field, or the last character typed), and the time is
 *   taken when the header's save status says "All changes saved" after having said "Saving…".
 */
export interface LargeBenchState {
  longTasks: { start: number; duration: number }[];
  openedAt: number | null;
  samples: { type: string; latency: number }[];
  save: { t0: number | null; savingAt: number | null; savedAt: number | null } | null;
}

export function probeScript(expectedDocumentCount: string): string {
  return `(() => {
  const bench = { longTasks: [], openedAt: null, samples: [], recording: false, save: null };
  window.__largeBench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { bench.longTaskError = String(error); }

  const afterNextFrame = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));
  const stamp = (event) => {
    const now = performance.now();
    // A timestamp from another clock or the future would make nonsense: fall back to "now".
    return event.timeStamp > 0 && event.timeStamp <= now && now - event.timeStamp < 60000 ? event.timeStamp : now;
  };
  const record = (event) => {
    if (!bench.recording) return;
    if (event.type === 'pointermove' && event.buttons === 0) return;
    const t0 = stamp(event);
    afterNextFrame(() => bench.samples.push({ type: event.type, latency: performance.now() - t0 }));
  };
  for (const type of ['keydown', 'wheel', 'pointermove']) window.addEventListener(type, record, { capture: true, passive: true });

  bench.startRecording = () => { bench.samples = []; bench.recording = true; return performance.now(); };
  bench.stopRecording = () => { bench.recording = false; return performance.now(); };

  window.addEventListener('keydown', (event) => {
    const save = bench.save;
    if (save && save.savedAt === null) { save.t0 = stamp(event); save.savingAt = null; }
  }, { capture: true });
  bench.watchSave = () => {
    const status = document.querySelector('header [role="status"]');
    if (!status) throw new Error('no save status in the header');
    const save = { t0: null, savingAt: null, savedAt: null };
    bench.save = save;
    const observer = new MutationObserver(() => {
      const text = status.textContent || '';
      if (save.t0 === null) return;
      if (/Saving/.test(text)) save.savingAt = performance.now();
      else if (/All changes saved/.test(text) && save.savingAt !== null) { save.savedAt = performance.now(); observer.disconnect(); }
    });
    observer.observe(status, { subtree: true, childList: true, characterData: true });
  };

  bench.routeReady = (hash, selector, minCount) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    window.location.hash = hash;
    const check = () => {
      if (document.querySelectorAll(selector).length >= minCount) { requestAnimationFrame(() => resolve(performance.now() - t0)); return; }
      if (performance.now() - t0 > 60000) { reject(new Error(selector + ' never appeared')); return; }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });

  const waitForCounts = () => {
    const count = document.querySelector('[aria-labelledby="count-documents"]');
    if (count && count.textContent === ${JSON.stringify(expectedDocumentCount)}) {
      requestAnimationFrame(() => { bench.openedAt = performance.now(); });
      return;
    }
    requestAnimationFrame(waitForCounts);
  };
  requestAnimationFrame(waitForCounts);
})();`;
}
