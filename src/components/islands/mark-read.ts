/**
 * <mark-read data-slug="…"> on chapter pages: notes the chapter as read in the learner's
 * progress. Deliberately tiny and dependency-free (chapter pages carry almost no script): it
 * only adds a key to a well-formed record and leaves anything it does not recognise alone —
 * the progress page is where unreadable storage is reported and repaired.
 */
const KEY = 'xuetang.progress';

class MarkRead extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug;
    if (!slug) return;
    try {
      const raw = localStorage.getItem(KEY);
      const data = raw ? JSON.parse(raw) : { version: 1, chaptersRead: {}, quizzes: {}, topics: {}, review: {} };
      if (data?.version !== 1 || typeof data.chaptersRead !== 'object' || data.chaptersRead === null) return;
      if (data.chaptersRead[slug]) return;
      data.chaptersRead[slug] = new Date().toISOString().slice(0, 10);
      localStorage.setItem(KEY, JSON.stringify(data));
    } catch {
      // Storage unavailable, full or unreadable: reading the chapter matters more than recording it.
    }
  }
}

customElements.define('mark-read', MarkRead);
