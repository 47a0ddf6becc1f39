import type { z } from 'zod';
import { calendarInvariants, calendarOperations } from '../calendar/ops';
import { documentInvariants, documentOperations } from '../documents/ops';
import { planInvariants, planOperations } from '../plan/ops';
import { strategyInvariants, strategyOperations } from '../strategy/ops';
import { workshopInvariants, workshopOperations } from '../workshop/ops';
import { workspaceOperations } from '../workspace/ops';
import { historyOperations } from './historyOps';
import type { OperationSet } from './runOperation';

/**
 * Every operation by name, and every cross-entity rule. The one list the renderer's `run` and the
 * service's runner read; adding an operation means adding it to its area's ops and nothing here.
 */
export const operations = {
  ...workspaceOperations,
  ...calendarOperations,
  ...strategyOperations,
  ...documentOperations,
  ...workshopOperations,
  ...planOperations,
  ...historyOperations,
};

export const invariants = [...calendarInvariants, ...strategyInvariants, ...documentInvariants, ...workshopInvariants, ...planInvariants];

export const operationSet: OperationSet = { operations, invariants };

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationArgs<N extends OperationName> = z.input<Operations[N]['args']>;
