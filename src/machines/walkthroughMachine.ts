/**
 * One factory turns any process definition (src/content/processes/*.yaml) into an xstate v5
 * machine. The machine is pure data: states are the steps, transitions the `next` / `choices`
 * of each step. It never touches the DOM; the <walk-through> element creates the actor,
 * renders on `subscribe` and calls `send`.
 *
 * Events:
 *   step.next               — continue from a step without a decision
 *   step.choose { to }      — take the branch that leads to step `to`
 *   step.back               — return to the step before (the path is kept in context)
 *   walk.restart            — start again
 *   walk.goto { step }      — open a step directly (from a shared link), with the shortest path to it as history
 *   walk.resume { path }    — return to a path taken before (browser Back/Forward, 继续演练, 换一条分支再走);
 *                             ignored unless every move along it is one the process allows
 */
import { assign, setup } from 'xstate';
import type { ProcessDefinition } from '../schemas/process';

/** The parts of a process definition the machine needs (the rest is for rendering). */
export type MachineDefinition = Pick<ProcessDefinition, 'id' | 'initial'> & {
  steps: Pick<ProcessDefinition['steps'][number], 'id' | 'next' | 'choices' | 'outcome'>[];
};

export type WalkEvent =
  | { type: 'step.next' }
  | { type: 'step.choose'; to: string }
  | { type: 'step.back' }
  | { type: 'walk.restart' }
  | { type: 'walk.goto'; step: string }
  | { type: 'walk.resume'; path: string[] };

export interface WalkContext {
  /** Steps visited, first to current; `step.back` pops it. */
  path: string[];
}

/** The compound state that holds the steps; final steps are final children of it. */
export const WALK = 'walk';

/** Shortest sequence of steps from the first step to `target` (inclusive), by breadth-first search. */
export function shortestPathTo(def: MachineDefinition, target: string): string[] {
  const byId = new Map(def.steps.map((s) => [s.id, s]));
  const previous = new Map<string, string | null>([[def.initial, null]]);
  const queue = [def.initial];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === target) break;
    const s = byId.get(id)!;
    for (const to of [s.next, ...(s.choices ?? []).map((c) => c.to)]) {
      if (to && !previous.has(to)) {
        previous.set(to, id);
        queue.push(to);
      }
    }
  }
  if (!previous.has(target)) return [def.initial];
  const path: string[] = [];
  for (let at: string | null = target; at !== null; at = previous.get(at)!) path.unshift(at);
  return path;
}

/** Whether `path` starts at the first step and every move along it is a `next` or a choice of the step before. */
export function isValidPath(def: MachineDefinition, path: readonly string[]): boolean {
  const byId = new Map(def.steps.map((s) => [s.id, s]));
  if (path[0] !== def.initial) return false;
  return path.every((id, i) => {
    if (!byId.has(id)) return false;
    if (i === 0) return true;
    const before = byId.get(path[i - 1])!;
    return before.next === id || (before.choices ?? []).some((c) => c.to === id);
  });
}

/** The step a path ends at when it is a valid one, for guards and callers. */
const resumableAt = (def: MachineDefinition, path: unknown): string | undefined =>
  Array.isArray(path) && path.every((x) => typeof x === 'string') && isValidPath(def, path) ? path.at(-1) : undefined;

export function createWalkthroughMachine(def: MachineDefinition) {
  const paths = Object.fromEntries(def.steps.map((s) => [s.id, shortestPathTo(def, s.id)]));
  return setup({
    types: {
      context: {} as WalkContext,
      events: {} as WalkEvent,
    },
    guards: {
      /** The chosen branch leads to `to`. */
      choseStep: ({ event }, params: { to: string }) => event.type === 'step.choose' && event.to === params.to,
      /** The step before the current one is `step`. */
      cameFrom: ({ context }, params: { step: string }) => context.path.at(-2) === params.step,
      /** A direct link asks for `step`. */
      asksFor: ({ event }, params: { step: string }) => event.type === 'walk.goto' && event.step === params.step,
      /** A path to return to is valid and ends at `step`. */
      resumesAt: ({ event }, params: { step: string }) =>
        event.type === 'walk.resume' && resumableAt(def, event.path) === params.step,
    },
    actions: {
      visit: assign({ path: ({ context }, params: { step: string }) => [...context.path, params.step] }),
      leave: assign({ path: ({ context }) => context.path.slice(0, -1) }),
      restart: assign({ path: () => [def.initial] }),
      jump: assign({ path: (_, params: { path: string[] }) => params.path }),
      resume: assign({ path: ({ context, event }) => (event.type === 'walk.resume' ? [...event.path] : context.path) }),
    },
  }).createMachine({
    id: def.id,
    context: { path: [def.initial] },
    initial: WALK,
    on: {
      'walk.restart': { target: `.${WALK}.${def.initial}`, actions: 'restart' },
      'walk.goto': def.steps.map((s) => ({
        target: `.${WALK}.${s.id}`,
        guard: { type: 'asksFor' as const, params: { step: s.id } },
        actions: { type: 'jump' as const, params: { path: paths[s.id] } },
      })),
      'walk.resume': def.steps.map((s) => ({
        target: `.${WALK}.${s.id}`,
        guard: { type: 'resumesAt' as const, params: { step: s.id } },
        actions: 'resume' as const,
      })),
    },
    states: {
      [WALK]: {
        initial: def.initial,
        on: {
          'step.back': def.steps.map((s) => ({
            target: `.${s.id}`,
            guard: { type: 'cameFrom' as const, params: { step: s.id } },
            actions: 'leave' as const,
          })),
        },
        states: Object.fromEntries(
          def.steps.map((s) => {
            if (s.outcome) return [s.id, { type: 'final' as const }];
            if (s.choices) {
              return [
                s.id,
                {
                  on: {
                    'step.choose': s.choices.map((c) => ({
                      target: c.to,
                      guard: { type: 'choseStep' as const, params: { to: c.to } },
                      actions: { type: 'visit' as const, params: { step: c.to } },
                    })),
                  },
                },
              ];
            }
            return [s.id, { on: { 'step.next': { target: s.next!, actions: { type: 'visit' as const, params: { step: s.next! } } } } }];
          }),
        ),
      },
    },
  });
}

/** The step a snapshot is at. */
export function currentStep(snapshot: { value: unknown }): string {
  const value = snapshot.value as Record<string, string>;
  return value[WALK];
}
