/**
 * Model-based tests of every walkthrough machine with xstate/graph: every step is reachable,
 * from every step some end can still be reached, and no step other than an end is a dead end.
 * Plus the navigation the page relies on: back, restart and opening a step from a link.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { DATA_PATHS, readEntries } from '../../src/lib/dataFiles';
import {
  createWalkthroughMachine,
  currentStep,
  isValidPath,
  shortestPathTo,
  type MachineDefinition,
} from '../../src/machines/walkthroughMachine';
import { forwardEvents, pathsToEnds, shortestPaths } from '../../src/machines/walkthroughPaths';

const definitions = readEntries(process.cwd(), DATA_PATHS.processes).map((e) => e.data as unknown as MachineDefinition);

it('has at least the ten processes of the issue', () => {
  expect(definitions.length).toBeGreaterThanOrEqual(10);
});

describe.each(definitions.map((d) => [d.id, d] as const))('walkthrough %s', (_, def) => {
  const machine = createWalkthroughMachine(def);
  const finals = def.steps.filter((s) => s.outcome).map((s) => s.id);

  it('reaches every step from the first one', () => {
    const reached = new Set(shortestPaths(def).map((p) => p.to));
    expect([...reached].sort()).toEqual(def.steps.map((s) => s.id).sort());
  });

  it('can reach an end from every step, and only ends have no way forward', () => {
    for (const step of def.steps) {
      const ends = shortestPaths(def, step.id).filter((p) => finals.includes(p.to));
      expect(ends.length, `从步骤 ${step.id} 到不了任何结束步骤`).toBeGreaterThan(0);
      expect(forwardEvents(def, step.id).length === 0, `步骤 ${step.id}`).toBe(finals.includes(step.id));
    }
  });

  it('every shortest path to an end finishes the machine', () => {
    expect(pathsToEnds(def).map((p) => p.to).sort()).toEqual([...finals].sort());
    for (const path of pathsToEnds(def)) {
      const actor = createActor(machine).start();
      for (const event of path.events) actor.send(event);
      expect(actor.getSnapshot().matches({ walk: path.to })).toBe(true);
      expect(finals).toContain(currentStep(actor.getSnapshot()));
    }
  });
});

describe('navigation', () => {
  const def = definitions.find((d) => d.id === 'baoquan')!;

  it('goes back along the path actually taken, and restarts', () => {
    const actor = createActor(createWalkthroughMachine(def)).start();
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.choose', to: 'notifyIncomplete' });
    actor.send({ type: 'step.choose', to: 'firstCheck' });
    expect(actor.getSnapshot().context.path).toEqual(['apply', 'firstCheck', 'notifyIncomplete', 'firstCheck']);
    actor.send({ type: 'step.back' });
    expect(currentStep(actor.getSnapshot())).toBe('notifyIncomplete');
    actor.send({ type: 'walk.restart' });
    expect(currentStep(actor.getSnapshot())).toBe('apply');
    expect(actor.getSnapshot().context.path).toEqual(['apply']);
  });

  it('ignores back at the first step and a choice the step does not offer', () => {
    const actor = createActor(createWalkthroughMachine(def)).start();
    actor.send({ type: 'step.back' });
    actor.send({ type: 'step.choose', to: 'archive' });
    expect(currentStep(actor.getSnapshot())).toBe('apply');
  });

  it('opens a step from a link with the shortest path as history, and can go back from an end', () => {
    const actor = createActor(createWalkthroughMachine(def)).start();
    actor.send({ type: 'walk.goto', step: 'archive' });
    expect(currentStep(actor.getSnapshot())).toBe('archive');
    expect(actor.getSnapshot().context.path).toEqual(shortestPathTo(def, 'archive'));
    actor.send({ type: 'step.back' });
    expect(currentStep(actor.getSnapshot())).toBe('certificate');
    actor.send({ type: 'walk.goto', step: 'noSuchStep' });
    expect(currentStep(actor.getSnapshot())).toBe('certificate');
  });

  it('returns to a path taken before, and refuses one the process does not allow', () => {
    const actor = createActor(createWalkthroughMachine(def)).start();
    const taken = ['apply', 'firstCheck', 'notifyIncomplete', 'firstCheck'];
    expect(isValidPath(def, taken)).toBe(true);
    actor.send({ type: 'walk.resume', path: taken });
    expect(currentStep(actor.getSnapshot())).toBe('firstCheck');
    expect(actor.getSnapshot().context.path).toEqual(taken);
    // Skipping a step, starting elsewhere, an unknown step or no path at all: nothing changes.
    for (const path of [['apply', 'archive'], ['firstCheck'], ['apply', 'nowhere'], []]) {
      expect(isValidPath(def, path)).toBe(false);
      actor.send({ type: 'walk.resume', path });
      expect(actor.getSnapshot().context.path).toEqual(taken);
    }
    // Every shortest path to every step is a path the machine accepts.
    for (const step of def.steps) expect(isValidPath(def, shortestPathTo(def, step.id))).toBe(true);
  });
});
