/**
 * Paths through a walkthrough machine, from xstate/graph: used by the model-based unit tests
 * and by the end-to-end test that walks every path in the browser.
 */
import { getShortestPaths } from 'xstate/graph';
import { createWalkthroughMachine, currentStep, type MachineDefinition, type WalkEvent } from './walkthroughMachine';

/** The forward moves available at a step: what a user can click, except back and restart. */
export function forwardEvents(def: MachineDefinition, step: string): WalkEvent[] {
  const s = def.steps.find((x) => x.id === step)!;
  if (s.choices) return s.choices.map((c) => ({ type: 'step.choose', to: c.to }));
  if (s.next) return [{ type: 'step.next' }];
  return [];
}

/** Shortest paths from `fromStep` (default: the first step) to every reachable step. */
export function shortestPaths(def: MachineDefinition, fromStep?: string) {
  const machine = createWalkthroughMachine(def);
  const fromState = fromStep ? machine.resolveState({ value: { walk: fromStep }, context: { path: [fromStep] } }) : undefined;
  return getShortestPaths(machine, {
    fromState,
    // Steps are the states; the visit history in context is not part of the graph.
    serializeState: (s) => JSON.stringify(s.value),
    events: (s) => forwardEvents(def, currentStep(s)),
  }).map((p) => ({
    to: currentStep(p.state),
    // The first step of every path is the machine's own start event, which a user never sends.
    events: p.steps.map((s) => s.event as { type: string }).filter((e): e is WalkEvent => e.type !== 'xstate.init'),
  }));
}

/** The shortest path to each end of the process. */
export function pathsToEnds(def: MachineDefinition) {
  const ends = new Set(def.steps.filter((s) => s.outcome).map((s) => s.id));
  return shortestPaths(def).filter((p) => ends.has(p.to));
}
