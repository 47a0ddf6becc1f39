import { useCallback, useRef, useState } from 'react';
import type { Workspace } from '../../../../shared/schema/workspace';
import { currentLanguage } from '../../kernel/i18n/i18n';
import { useApi } from '../../kernel/workspace/WorkspaceContext';
import { makePlanPdf, type PlanPdfStep } from './makePlanPdf';

export type PlanPdfState =
  | { status: 'idle' }
  | { status: 'working'; step: PlanPdfStep }
  | { status: 'ready'; bytes: Uint8Array<ArrayBuffer>; madeFrom: Workspace; language: string }
  | { status: 'failed'; step: PlanPdfStep; message: string; unsupported: boolean };

/**
 * Makes the plan's PDF (charts → layout → Chromium print) and keeps the last one, with the
 * workspace it was made from: the preview shows exactly those bytes and Export saves them when
 * nothing changed since, so what was previewed is what is saved.
 */
export function usePlanPdf() {
  const api = useApi();
  const [state, setState] = useState<PlanPdfState>({ status: 'idle' });
  const running = useRef<Promise<PlanPdfState> | null>(null);

  const make = useCallback(async (workspace: Workspace): Promise<PlanPdfState> => {
    if (running.current) return running.current;
    const language = currentLanguage();
    const job = (async (): Promise<PlanPdfState> => {
      const result = await makePlanPdf(api, workspace, language, (step) => setState({ status: 'working', step }));
      const next: PlanPdfState = result.ok
        ? { status: 'ready', bytes: result.bytes, madeFrom: workspace, language }
        : { status: 'failed', step: result.step, message: result.message, unsupported: result.unsupported };
      setState(next);
      return next;
    })();
    running.current = job;
    try {
      return await job;
    } finally {
      running.current = null;
    }
  }, [api]);

  return { state, make };
}
