import { describe, expect, it } from 'vitest';
import { apply, applyAndUndo, at, expectNoChange, expectRefused, run, sample, W, workshop } from './testKit';

const ref = { workshopId: W };

describe('workshop.clock.*', () => {
  it('start runs the first step from the time of the call', () => {
    const ws = applyAndUndo(sample(), 'workshop.clock.start', ref, at(0));
    expect(workshop(ws)).toMatchObject({ status: 'running', startedAt: at(0) });
    expect(workshop(ws).run).toEqual({ currentItemId: 'agd_1', elapsedMs: 0, runningSince: at(0), heartbeatAt: at(0) });
    expect(workshop(ws).agenda[0]!.startedAt).toBe(at(0));
  });

  it('pause folds the running time in, resume runs on, next closes the step with its real time', () => {
    let ws = apply(sample(), 'workshop.clock.start', ref, at(0));
    ws = applyAndUndo(ws, 'workshop.clock.pause', ref, at(90));
    expect(workshop(ws)).toMatchObject({ status: 'paused', run: { elapsedMs: 90_000, runningSince: null } });
    ws = applyAndUndo(ws, 'workshop.clock.resume', ref, at(100));
    expect(workshop(ws).run.runningSince).toBe(at(100));
    ws = applyAndUndo(ws, 'workshop.clock.next', ref, at(130));
    expect(workshop(ws).agenda[0]).toMatchObject({ actualSeconds: 120, endedAt: at(130) });
    expect(workshop(ws).run).toMatchObject({ currentItemId: 'agd_2', runningSince: at(130) });
  });

  it('previous and jump move between steps; a revisited step keeps its time', () => {
    let ws = apply(sample(), 'workshop.clock.start', ref, at(0));
    ws = apply(ws, 'workshop.clock.next', ref, at(60));
    ws = applyAndUndo(ws, 'workshop.clock.previous', ref, at(80));
    expect(workshop(ws).run).toMatchObject({ currentItemId: 'agd_1', elapsedMs: 60_000 });
    expect(workshop(ws).agenda[1]).toMatchObject({ actualSeconds: 20 });
    expectNoChange(ws, 'workshop.clock.previous', ref, at(90)); // at the first step already
    ws = applyAndUndo(ws, 'workshop.clock.jump', { ...ref, itemId: 'agd_5' }, at(100));
    expect(workshop(ws).run).toMatchObject({ currentItemId: 'agd_5', runningSince: at(100) });
    expectRefused(ws, 'workshop.clock.jump', { ...ref, itemId: 'agd_gone' }, 'conflict');
  });

  it('next after the last step, and end, end the workshop', () => {
    let ws = apply(sample(), 'workshop.clock.jump', { ...ref, itemId: 'agd_6' }, at(0));
    ws = applyAndUndo(ws, 'workshop.clock.next', ref, at(30));
    expect(workshop(ws)).toMatchObject({ status: 'ended', endedAt: at(30), run: { currentItemId: null } });
    expectNoChange(ws, 'workshop.clock.start', ref, at(40));
    const ended = applyAndUndo(apply(sample(), 'workshop.clock.start', ref, at(0)), 'workshop.clock.end', ref, at(45));
    expect(workshop(ended)).toMatchObject({ status: 'ended', endedAt: at(45) });
    expect(workshop(ended).agenda[0]!.actualSeconds).toBe(45);
  });

  it('heartbeat saves the time on running clocks only and skips workshops that are gone', () => {
    const running = apply(sample(), 'workshop.clock.start', ref, at(0));
    const ws = applyAndUndo(running, 'workshop.clock.heartbeat', { workshopIds: [W, 'wsh_gone'] }, at(10));
    expect(workshop(ws).run.heartbeatAt).toBe(at(10));
    expectNoChange(sample(), 'workshop.clock.heartbeat', { workshopIds: [W] }, at(10));
    expectRefused(sample(), 'workshop.clock.heartbeat', { workshopIds: [] }, 'invalid-args');
  });

  it('restore brings an interrupted run back paused at its last heartbeat, or at the time given', () => {
    let ws = apply(sample(), 'workshop.clock.start', ref, at(0));
    ws = apply(ws, 'workshop.clock.heartbeat', { workshopIds: [W] }, at(40));
    const restored = applyAndUndo(ws, 'workshop.clock.restore', ref, at(600));
    expect(workshop(restored)).toMatchObject({ status: 'paused', run: { currentItemId: 'agd_1', elapsedMs: 40_000, runningSince: null, heartbeatAt: null } });
    const slept = applyAndUndo(ws, 'workshop.clock.restore', { ...ref, lastAliveAt: at(55) }, at(600));
    expect(workshop(slept).run.elapsedMs).toBe(55_000);
    expectRefused(ws, 'workshop.clock.restore', { ...ref, lastAliveAt: 'yesterday' }, 'invalid-args');
  });

  it('the same call gives the same result wherever it runs (time from the call, not the machine)', () => {
    const call = () => run(sample(), 'workshop.clock.start', ref, at(7));
    const [a, b] = [call(), call()];
    expect(a.ok && b.ok && a.workspace).toEqual(b.ok && b.workspace);
  });

  it('refuses a workshop that is gone and unknown arguments', () => {
    for (const op of ['start', 'pause', 'resume', 'next', 'previous', 'end', 'restore']) {
      expectRefused(sample(), `workshop.clock.${op}`, { workshopId: 'wsh_gone' }, 'conflict');
      expectRefused(sample(), `workshop.clock.${op}`, { workshopId: W, now: 'x' }, 'invalid-args');
    }
  });
});
