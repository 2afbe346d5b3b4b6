/**
 * <walk-through> — runs a process machine over the server-rendered step list. It creates the
 * actor, renders on `subscribe` (which step is shown, progress, back button, diagram highlight,
 * the URL, focus and an announcement) and turns clicks into `send`. All step content is already
 * in the HTML; nothing here builds markup.
 */
import { createActor } from 'xstate';
import { createWalkthroughMachine, currentStep, type MachineDefinition } from '../../machines/walkthroughMachine';
import { t } from '../../i18n/ui';

class WalkThrough extends HTMLElement {
  connectedCallback() {
    const def = JSON.parse(this.querySelector('script[data-definition]')!.textContent!) as MachineDefinition;
    const steps = new Map([...this.querySelectorAll<HTMLElement>('[data-step]')].map((el) => [el.dataset.step!, el]));
    const numbers = new Map(def.steps.map((s, i) => [s.id, i + 1]));
    const progress = this.querySelector<HTMLElement>('[data-progress]')!;
    const back = this.querySelector<HTMLButtonElement>('[data-action="back"]')!;
    const announce = this.querySelector<HTMLElement>('[data-announce]')!;
    const nodes = new Map([...this.querySelectorAll<SVGGElement>('[data-node]')].map((g) => [g.dataset.node!, g]));

    // Read the step asked for in the URL before the first render rewrites the fragment.
    const wanted = location.hash.match(/^#step-([A-Za-z0-9]+)$/)?.[1];
    const actor = createActor(createWalkthroughMachine(def));
    let shown: string | undefined;
    let userMoved = false;

    actor.subscribe((snapshot) => {
      const step = currentStep(snapshot);
      const { path } = snapshot.context;
      for (const [id, el] of steps) el.toggleAttribute('data-current', id === step);
      for (const [id, g] of nodes) {
        g.toggleAttribute('data-current', id === step);
        g.toggleAttribute('data-visited', path.includes(id));
      }
      back.disabled = path.length < 2;
      progress.textContent = t('walk.progress', { n: numbers.get(step)!, visited: path.length });
      const hash = `#step-${step}`;
      if (location.hash !== hash) history.replaceState({ path }, '', hash);
      if (shown !== undefined && step !== shown) {
        const title = steps.get(step)!.querySelector('.step-title')!.lastChild!.textContent!.trim();
        announce.textContent = t('walk.announce', { n: numbers.get(step)!, title });
        if (userMoved) steps.get(step)!.focus();
      }
      shown = step;
    });
    actor.start();
    if (wanted && wanted !== def.initial) actor.send({ type: 'walk.goto', step: wanted });

    this.addEventListener('click', (e) => {
      const target = (e.target as HTMLElement).closest<HTMLElement>('a[data-next], a[data-choose], button[data-action]');
      if (!target) return;
      e.preventDefault();
      userMoved = true;
      if (target.dataset.choose) actor.send({ type: 'step.choose', to: target.dataset.choose });
      else if (target.hasAttribute('data-next')) actor.send({ type: 'step.next' });
      else if (target.dataset.action === 'back') actor.send({ type: 'step.back' });
      else if (target.dataset.action === 'restart') actor.send({ type: 'walk.restart' });
    });
    // A pasted or edited #step-… link while the page is open.
    window.addEventListener('hashchange', () => {
      const id = location.hash.match(/^#step-([A-Za-z0-9]+)$/)?.[1];
      if (id && id !== shown) {
        userMoved = true;
        actor.send({ type: 'walk.goto', step: id });
      }
    });

  }
}

customElements.define('walk-through', WalkThrough);
