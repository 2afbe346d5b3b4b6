/**
 * <search-page>, /search/: the dialog's engine with every result and the 业务 / 类型 filters.
 * The query and filters live in the address (?q=…&line=…&type=…), so a search can be shared;
 * results are a plain list of links (the dialog's keyboard model is for the dialog).
 */
import { loadEngine, pageView, SearchUnavailable, type Answer, type Engine, type Filters } from './engine';
import { cardLinks, h, noResults, pageLinks, quickLinks, say, searchedLines, type Strings } from './render';

/** Page results added per "显示更多结果". */
const PAGE_SIZE = 10;

class SearchPage extends HTMLElement {
  private strings: Strings = {};
  private latest = 0;

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}');
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';

    // Filters chosen in the address apply at once, before the lists of values have loaded.
    const chosen = new Map(selects.map((s) => [s.name, params.get(s.name) ?? '']));
    const run = () => {
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      for (const [name, value] of chosen) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
      const filters: Filters = Object.fromEntries(
        selects.filter((s) => chosen.get(s.name)).map((s) => [s.dataset.filter!, [chosen.get(s.name)!]]),
      );
      void this.search(input.value, filters);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      run();
    });
    input.addEventListener('input', (e) => !(e as InputEvent).isComposing && run());
    input.addEventListener('compositionend', run);
    for (const s of selects) {
      s.addEventListener('change', () => {
        chosen.set(s.name, s.value);
        run();
      });
    }

    if (input.value.trim()) run();
    else this.show({ help: quickLinks(this.strings) }, '');
    // Filter values come from the index itself, so they always match the pages' own.
    void loadEngine()
      .then((engine) => engine.filters())
      .then((values) => {
        for (const s of selects) {
          for (const value of Object.keys(values[s.dataset.filter!] ?? {}).sort()) s.append(new Option(value, value));
          s.value = chosen.get(s.name) ?? '';
        }
      })
      .catch(() => undefined);
    input.focus();
  }

  /** aria-busy while a search runs; data-query names the query whose answer is shown. */
  private busy(query: string | undefined) {
    this.setAttribute('aria-busy', String(query === undefined));
    if (query !== undefined) this.dataset.query = query;
  }

  private show(state: { status?: string; results?: Node[]; help?: Node; more?: () => void }, query?: string) {
    this.busy(query ?? this.dataset.query ?? '');
    this.querySelector('[data-status]')!.textContent = state.status ?? '';
    this.querySelector('[data-results]')!.replaceChildren(...(state.results ?? []));
    this.querySelector('[data-help]')!.replaceChildren(...(state.help ? [state.help] : []));
    const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    more.hidden = !state.more;
    more.onclick = state.more ?? null;
  }

  private async search(query: string, filters: Filters) {
    const ticket = ++this.latest;
    if (!query.trim()) return this.show({ help: quickLinks(this.strings) }, query);
    this.busy(undefined);
    try {
      const engine = await loadEngine();
      const answer = await engine.run(query, filters);
      if (ticket === this.latest) await this.render(engine, answer, ticket, query);
    } catch (err) {
      if (ticket !== this.latest) return;
      const offline = err instanceof SearchUnavailable && err.offline;
      this.show({ status: say(this.strings, offline ? 'offline' : 'failed'), help: quickLinks(this.strings) }, query);
    }
  }

  private async render(engine: Engine, answer: Answer, ticket: number, query: string) {
    const s = this.strings;
    const lines = searchedLines(answer, s);
    if (answer.found.mode === 'none' && answer.cards.length === 0) {
      const help = noResults(answer, engine.lexicon, s, (word) => {
        this.querySelector<HTMLInputElement>('input[name="q"]')!.value = word;
        this.querySelector('form')!.requestSubmit();
      });
      return this.show({ status: [...lines, say(s, 'none', { query: answer.understood.typed.trim() })].join('；'), help }, query);
    }
    const section = (title: string, list: HTMLElement) => h('section', {}, h('h2', {}, title), list);
    const cards = answer.cards.length
      ? section(say(s, 'answers'), h('ul', { class: 'search-page-results' }, ...answer.cards.map((c) => h('li', {}, ...cardLinks(c, s)))))
      : undefined;
    const list = h('ol', { class: 'search-page-results' });
    const hits = answer.found.hits;
    let shown = 0;
    const showMore = async () => {
      const next = await Promise.all(hits.slice(shown, shown + PAGE_SIZE).map(pageView));
      if (ticket !== this.latest) return;
      list.append(...next.map((page) => h('li', {}, ...pageLinks(page))));
      shown += next.length;
      const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
      more.hidden = shown >= hits.length;
      // Keyboard users continue where the new results begin.
      (list.children[shown - next.length]?.querySelector("a") as HTMLElement | null)?.focus();
    };
    const first = await Promise.all(hits.slice(0, PAGE_SIZE).map(pageView));
    if (ticket !== this.latest) return;
    list.append(...first.map((page) => h('li', {}, ...pageLinks(page))));
    shown = first.length;
    this.show({
      status: [...lines, hits.length ? say(s, 'count', { n: hits.length }) : ''].filter(Boolean).join('；'),
      results: [...(cards ? [cards] : []), ...(hits.length ? [section(say(s, 'pages'), list)] : [])],
      more: shown < hits.length ? () => void showMore() : undefined,
    }, query);
  }
}

customElements.define('search-page', SearchPage);
