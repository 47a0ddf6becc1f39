import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMarketingPlan } from '../plan/defaultPlan';
import { PLAN_SECTION_IDS } from '../schema/marketingPlan';
import { CURRENT_SCHEMA_VERSION } from '../schema/workspace';
import { parseWorkspaceText } from '../workspace/parseWorkspace';
import { migrateToCurrent, migrations, OLDEST_SUPPORTED_VERSION } from './index';

const FIXTURES = join(__dirname, '../../tests/fixtures/migrations');

describe('migrations', () => {
  it('has a numbered migration for every older version and a fixture for each', () => {
    const fixtures = readdirSync(FIXTURES);
    for (let version = OLDEST_SUPPORTED_VERSION; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(typeof migrations[version]).toBe('function');
      expect(fixtures).toContain(`v${version}-workspace.json`);
    }
  });

  it.each(Array.from({ length: CURRENT_SCHEMA_VERSION - OLDEST_SUPPORTED_VERSION }, (_, i) => i + OLDEST_SUPPORTED_VERSION))(
    'loads the version %i fixture into a valid current workspace',
    (version) => {
      const text = readFileSync(join(FIXTURES, `v${version}-workspace.json`), 'utf8');
      expect(JSON.parse(text).schemaVersion).toBe(version);
      const result = parseWorkspaceText(text);
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      expect(result.fromVersion).toBe(version);
      expect(result.workspace.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    },
  );

  it('v1 -> v2 groups the company fields and adds the new collections', () => {
    const text = readFileSync(join(FIXTURES, 'v1-workspace.json'), 'utf8');
    const v1 = JSON.parse(text);
    const result = parseWorkspaceText(text);
    if (!result.ok) throw new Error('fixture should load');
    expect(result.workspace.company.name).toBe(v1.companyName);
    expect(result.workspace.company.industry).toBe(v1.companyIndustry);
    expect(result.workspace.templates).toEqual([]);
    expect(result.workspace.workshops).toEqual([]);
    expect(result.workspace.settings.requirementPriorityScheme).toBe('moscow');
    expect(result.workspace.campaigns).toHaveLength(v1.campaigns.length);
    expect('companyName' in result.workspace).toBe(false);
  });

  it('does not modify the input document', () => {
    const v1 = { schemaVersion: 1, companyName: 'Acme', settings: { currency: 'USD' } };
    const copy = structuredClone(v1);
    migrateToCurrent(v1);
    expect(v1).toEqual(copy);
  });

  it('leaves a current document alone and flags a newer one', () => {
    expect(migrateToCurrent({ schemaVersion: CURRENT_SCHEMA_VERSION }).kind).toBe('current');
    expect(migrateToCurrent({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }).kind).toBe('newer');
    expect(migrateToCurrent({ schemaVersion: 0 }).kind).toBe('unknown-version');
  });
});

describe('v2 -> v3', () => {
  it('gives competitors an empty price and the pricing block no break-even tier', () => {
    const text = readFileSync(join(FIXTURES, 'v2-workspace.json'), 'utf8');
    const v2 = JSON.parse(text);
    const result = parseWorkspaceText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    const [strategy] = result.workspace.strategies;
    expect(strategy!.research.competitors.map((c) => c.price)).toEqual(v2.strategies[0].research.competitors.map(() => null));
    expect(strategy!.research.competitors.map((c) => c.name)).toEqual(v2.strategies[0].research.competitors.map((c: { name: string }) => c.name));
    expect(strategy!.pricing.breakEvenTierId).toBeNull();
    expect(strategy!.pricing.tiers).toEqual(v2.strategies[0].pricing.tiers);
  });

  it('leaves malformed strategies for the schema to report', () => {
    const out = migrateToCurrent({ schemaVersion: 2, strategies: [42, { research: 'x' }] });
    expect(out.kind).toBe('current');
    if (out.kind === 'current') expect(out.doc.strategies).toEqual([42, { research: 'x' }]);
  });
});

describe('v3 -> v4', () => {
  it('adds the default marketing plan and leaves everything else as it was', () => {
    const text = readFileSync(join(FIXTURES, 'v3-workspace.json'), 'utf8');
    const v3 = JSON.parse(text);
    // One step only: later migrations change other parts (v5 reshapes workshops).
    const { marketingPlan, schemaVersion, ...rest } = migrations[3]!(v3);
    expect(schemaVersion).toBe(4);
    expect(marketingPlan).toEqual({
      title: v3.name, author: '', strategyIds: [], period: { year: 2026, quarter: null },
      sections: PLAN_SECTION_IDS.map((id) => ({ id, enabled: true })),
      executiveSummary: '', objectives: [], documentIds: [], emptySections: 'placeholder', pageSize: 'A4', margins: 'normal',
    });
    const { schemaVersion: _old, ...v3Rest } = v3;
    expect(rest).toEqual(v3Rest);
  });

  it('gives the migrated plan the same shape a new workspace has', () => {
    const out = migrateToCurrent({ schemaVersion: 3, name: 'Acme', createdAt: '2031-02-03T00:00:00.000Z' });
    if (out.kind !== 'current') throw new Error(out.kind);
    expect(out.doc.marketingPlan).toEqual(defaultMarketingPlan({ year: 2031, title: 'Acme' }));
  });

  it('copes with a missing name and date and leaves an existing plan for the schema to judge', () => {
    const out = migrateToCurrent({ schemaVersion: 3, name: 42, createdAt: 'soon' });
    if (out.kind !== 'current') throw new Error(out.kind);
    expect(out.doc.marketingPlan).toMatchObject({ title: '', period: { year: new Date().getUTCFullYear(), quarter: null } });
    const kept = migrateToCurrent({ schemaVersion: 3, marketingPlan: 'odd' });
    expect(kept.kind === 'current' && kept.doc.marketingPlan).toBe('odd');
  });
});

describe('v4 -> v5', () => {
  it('turns attendees into coloured participants and makes the sample workshop runnable, leaving the rest as it was', () => {
    const text = readFileSync(join(FIXTURES, 'v4-workspace.json'), 'utf8');
    const v4 = JSON.parse(text);
    // One step only: v6 adds a field to documents.
    type V5 = { schemaVersion: number; workshops: Array<{ participants: { name: string; color: string }[]; agenda: { block: string }[]; run: unknown; strategyId: unknown }> };
    const { workshops, schemaVersion, ...rest } = migrations[4]!(JSON.parse(text)) as unknown as V5;
    expect(schemaVersion).toBe(5);
    const [workshop] = workshops;
    expect(workshop!.participants.map((p) => p.name)).toEqual(v4.workshops[0].attendees);
    expect(new Set(workshop!.participants.map((p) => p.color)).size).toBe(workshop!.participants.length);
    expect(workshop!.agenda.map((a) => a.block)).toEqual(['research', 'targetMarket', 'positioning', 'pricing', 'promotion', 'implementation']);
    expect(workshop!.run).toEqual({ currentItemId: null, elapsedMs: 0, runningSince: null, heartbeatAt: null });
    expect(workshop!.strategyId).toBeNull();
    const { schemaVersion: _old, workshops: _w, ...v4Rest } = v4;
    expect(rest).toEqual(v4Rest);
  });

  it('gives a step named like an Object property the default block instead of a function', () => {
    const out = migrateToCurrent({ schemaVersion: 4, workshops: [{ agenda: [{ id: 'a1', step: 'constructor' }, { id: 'a2', step: { toString: 'x' } }] }] });
    if (out.kind !== 'current') throw new Error(out.kind);
    const [w] = out.doc.workshops as { agenda: { block: unknown }[] }[];
    expect(w!.agenda.map((a) => a.block)).toEqual(['research', 'research']);
  });

  it('carries hand-made notes and actions over and pauses a running session', () => {
    const out = migrateToCurrent({
      schemaVersion: 4,
      workshops: [{
        id: 'w1', status: 'running', date: '2026-03-01', createdAt: '2026-02-01T00:00:00.000Z', attendees: ['Ann', ' ', 7],
        agenda: [{ id: 'a1', step: 'price-channel' }],
        notes: [{ id: 'n1', agendaItemId: 'a1', text: 'Bundle', color: '#fff', author: 'Ann', clusterId: 'c1', votes: 3, x: 1, y: 2 }],
        decisions: [{ id: 'd1', text: 'x', target: 'y' }],
        actions: [{ id: 'x1', title: 'Call', owner: 'Ann', dueDate: null, campaignActivityId: null }],
      }],
    });
    if (out.kind !== 'current') throw new Error(out.kind);
    const [w] = out.doc.workshops as Record<string, unknown>[];
    expect(w!.status).toBe('paused');
    expect(w!.participants).toEqual([{ id: 'ppl_1', name: 'Ann', color: 'yellow' }]);
    expect(w!.agenda).toEqual([{ id: 'a1', step: 'price-channel', block: 'pricing', startedAt: null, endedAt: null }]);
    expect(w!.notes).toEqual([{ id: 'n1', agendaItemId: 'a1', text: 'Bundle', color: 'yellow', participantId: 'ppl_1', clusterId: 'c1', x: 1, y: 2, createdAt: '2026-02-01T00:00:00.000Z' }]);
    expect(w!.clusters).toEqual([{ id: 'c1', agendaItemId: 'a1', title: '' }]);
    expect(w!.decisions).toEqual([]);
    expect(w!.actions).toEqual([{ id: 'x1', title: 'Call', owner: 'Ann', dueDate: '2026-03-01', campaignId: null, activityId: null }]);
  });
});

describe('v5 -> v6', () => {
  it('gives each document a requirement counter at its highest REQ number (versions included), and changes nothing else', () => {
    const text = readFileSync(join(FIXTURES, 'v5-workspace.json'), 'utf8');
    const v5 = JSON.parse(text);
    const result = parseWorkspaceText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.workspace.schemaVersion).toBe(6);
    expect(result.fromVersion).toBe(5);
    expect(result.workspace.documents.map((doc) => doc.lastRequirementNumber)).toEqual([0, 5]);
    const step = migrations[5]!(v5) as { documents: Record<string, unknown>[] };
    const withoutCounter = step.documents.map(({ lastRequirementNumber: _n, ...doc }) => doc);
    expect(withoutCounter).toEqual(v5.documents);
  });

  it('counts keys of removed requirements kept in versions, ignores other keys, caps a huge number and leaves malformed parts to the schema', () => {
    const out = migrateToCurrent({
      schemaVersion: 5,
      documents: [
        { id: 'a', requirements: [{ key: 'REQ-002' }, { key: 'FEAT-9' }], versions: [{ requirements: [{ key: 'REQ-011' }] }, 'junk'] },
        { id: 'b', requirements: [{ key: 'REQ-99999999999999999999999' }], versions: [] },
        'not a document',
        { id: 'c', requirements: 'nope', versions: null },
      ],
    });
    if (out.kind !== 'current') throw new Error(out.kind);
    const documents = out.doc.documents as unknown[];
    expect(documents.map((doc) => (typeof doc === 'object' && doc !== null ? (doc as { lastRequirementNumber: number }).lastRequirementNumber : doc)))
      .toEqual([11, Number.MAX_SAFE_INTEGER, 'not a document', 0]);
  });
});
