/**
 * <walk-through> — runs a process machine over the server-rendered step list. It creates the
 * actor, renders on `subscribe` (which step is shown, its position on the path, the back button,
 * the diagram, the browser history, focus and an announcement) and turns clicks into `send`. All
 * step content is already in the HTML; nothing here builds markup.
 *
 * History: every step the learner takes is one browser history entry (#step-<id>, with the path
 * in history.state), so the browser's Back and Forward move between steps. Opening the page
 * without a step in the URL adds nothing, so the page opens at its title.
 */
import { createActor } from 'xstate';
import { createWalkthroughMachine, currentStep, isValidPath, type MachineDefinition, type WalkEvent } from '../../machines/walkthroughMachine';
import { readProgress, today, updateProgress } from '../../lib/progressLite';
import { t } from '../../i18n/ui';

const stepInHash = () => location.hash.match(/^#step-([A-Za-z0-9]+)$/)?.[1];

/** What each history entry of a walkthrough holds. */
interface Entry {
  walk: string;
  path: string[];
  /** Made by a step forward from the entry before it, so 上一步 can simply go back in history. */
  forward: boolean;
}

/** Zoom steps of the diagram: never larger than twice its size. */
const ZOOM_STEP = 1.25;
const ZOOM_MAX = 2;

class WalkThrough extends HTMLElement {
  connectedCallback() {
    const def = JSON.parse(this.querySelector('script[data-definition]')!.textContent!) as MachineDefinition;
    const byId = new Map(def.steps.map((s) => [s.id, s]));
    const steps = new Map([...this.querySelectorAll<HTMLElement>('[data-step]')].map((el) => [el.dataset.step!, el]));
    const progress = this.querySelector<HTMLElement>('[data-progress]')!;
    const back = this.querySelector<HTMLButtonElement>('[data-action="back"]')!;
    const announce = this.querySelector<HTMLElement>('[data-announce]')!;
    const nodes = new Map([...this.querySelectorAll<SVGGElement>('[data-node]')].map((g) => [g.dataset.node!, g]));
    const frame = this.querySelector<HTMLElement>('[data-diagram-frame]');
    const svg = frame?.querySelector<SVGSVGElement>('svg');

    const actor = createActor(createWalkthroughMachine(def));
    let shown: string | undefined;
    /** What the render of the move being made does to history and to the view. */
    let pending: { history: 'push' | 'replace' | 'none'; forward: boolean; userMoved: boolean } | undefined;

    const isEntry = (s: unknown): s is Entry =>
      typeof s === 'object' && s !== null && (s as Entry).walk === def.id && Array.isArray((s as Entry).path);

    /** Sends `event`; its render writes history and moves focus as asked, then forgets. */
    const move = (event: WalkEvent, history: 'push' | 'replace' | 'none', userMoved: boolean, forward = false) => {
      pending = { history, forward, userMoved };
      actor.send(event);
      pending = undefined;
    };

    actor.subscribe((snapshot) => {
      const step = currentStep(snapshot);
      const { path } = snapshot.context;
      for (const [id, el] of steps) el.toggleAttribute('data-current', id === step);
      for (const [id, g] of nodes) {
        g.toggleAttribute('data-current', id === step);
        g.toggleAttribute('data-visited', path.includes(id));
      }
      back.disabled = path.length < 2;
      // 第 N 步 counts along the path taken, not the order the steps are written in.
      progress.textContent = t('walk.step', { n: path.length });
      const entry: Entry = { walk: def.id, path, forward: pending?.forward ?? false };
      if (pending?.history === 'push') history.pushState(entry, '', `#step-${step}`);
      else if (pending?.history === 'replace') history.replaceState(entry, '', `#step-${step}`);
      if (shown !== undefined && step !== shown) {
        const title = steps.get(step)!.querySelector('.step-title')!.lastChild!.textContent!.trim();
        announce.textContent = t('walk.announce', { n: path.length, title });
        if (pending?.userMoved) {
          const el = steps.get(step)!;
          el.focus({ preventScroll: true });
          // The title lands just below the sticky header and step bar (scroll-margin-top, see Walkthrough.astro).
          el.scrollIntoView({ block: 'start' });
        }
      }
      if (step !== shown) centreDiagramOn(step);
      remember(path, !!byId.get(step)?.outcome);
      shown = step;
    });

    /** Keeps the path in the learner's progress: an unfinished walkthrough to come back to, or a completed one. */
    const remember = (path: string[], atEnd: boolean) => {
      const before = readProgress()?.walkthroughs?.[def.id];
      if (!before && path.length < 2) return; // Only opened, not started.
      updateProgress((data) => {
        const walks = (data.walkthroughs ??= {});
        const completed = walks[def.id]?.completed ?? (atEnd ? today() : undefined);
        walks[def.id] = { path, updated: new Date().toISOString(), ...(completed && { completed }) };
      });
      window.dispatchEvent(new Event('xuetang:progress'));
    };

    // Zoom and pan of the diagram: the frame scrolls sideways; the current step is kept in view.
    let scale = 1;
    const width = Number(svg?.dataset.width ?? 0);
    const zoomTo = (next: number) => {
      if (!svg || !frame) return;
      const fit = frame.clientWidth / width;
      scale = Math.min(ZOOM_MAX, Math.max(Math.min(1, fit), next));
      svg.style.width = `${Math.round(width * scale)}px`;
      if (shown) centreDiagramOn(shown);
    };
    function centreDiagramOn(step: string) {
      const node = nodes.get(step);
      if (!frame || !node) return;
      frame.scrollLeft = Number(node.dataset.cx) * scale - frame.clientWidth / 2;
    }

    // The page entry this walkthrough was opened on is left alone unless the URL names a step.
    history.scrollRestoration = 'manual';
    actor.start();
    const wanted = stepInHash();
    if (wanted && byId.has(wanted)) {
      // A reload keeps the path in history.state; 继续演练 links find it in the learner's progress.
      const stored = isEntry(history.state) ? history.state.path : readProgress()?.walkthroughs?.[def.id]?.path;
      if (stored && stored.at(-1) === wanted && isValidPath(def, stored)) move({ type: 'walk.resume', path: stored }, 'replace', false);
      else move({ type: 'walk.goto', step: wanted }, 'replace', false);
      if (!isEntry(history.state)) history.replaceState({ walk: def.id, path: actor.getSnapshot().context.path, forward: false }, '');
    }

    this.addEventListener('click', (e) => {
      const target = (e.target as HTMLElement).closest<HTMLElement>('a[data-next], a[data-choose], [data-action], [data-zoom]');
      if (!target) return;
      e.preventDefault();
      const { path } = actor.getSnapshot().context;
      if (target.dataset.zoom) {
        const z = target.dataset.zoom;
        zoomTo(z === 'in' ? scale * ZOOM_STEP : z === 'out' ? scale / ZOOM_STEP : 0);
      } else if (target.dataset.choose) move({ type: 'step.choose', to: target.dataset.choose }, 'push', true, true);
      else if (target.hasAttribute('data-next')) move({ type: 'step.next' }, 'push', true, true);
      else if (target.dataset.action === 'restart') {
        if (path.length > 1) move({ type: 'walk.restart' }, 'push', true);
      }
      else if (target.dataset.action === 'back') {
        // The step before is the entry before in history when this step was reached by a step forward.
        if (isEntry(history.state) && history.state.forward) history.back();
        else move({ type: 'step.back' }, 'replace', true);
      } else if (target.dataset.action === 'branch') {
        // Back to the last decision on the path taken, to choose the other way.
        const at = path.findLastIndex((id, i) => i < path.length - 1 && byId.get(id)?.choices);
        if (at >= 0) move({ type: 'walk.resume', path: path.slice(0, at + 1) }, 'push', true);
      }
    });

    // Back and Forward (and a step typed into the address bar). Other fragments (the skip link's
    // #_top) are not steps and leave the walkthrough alone.
    const fromHistory = () => {
      if (isEntry(history.state)) return move({ type: 'walk.resume', path: history.state.path }, 'none', true);
      const id = stepInHash();
      if (id === shown) return;
      if (id) move({ type: 'walk.goto', step: id }, 'replace', true);
      else if (!location.hash) move({ type: 'walk.restart' }, 'none', true); // The entry the page was opened on.
    };
    window.addEventListener('popstate', fromHistory);
    window.addEventListener('hashchange', () => {
      if (stepInHash() !== shown) fromHistory();
    });
  }
}

customElements.define('walk-through', WalkThrough);
