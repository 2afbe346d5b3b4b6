/**
 * <mark-read data-slug="…"> at the end of a chapter: when the reader reaches it (it comes into
 * view), the chapter is recorded as read. Deliberately tiny and dependency-free (chapter pages
 * carry almost no script): it only adds a key to a record it recognises and leaves anything else
 * alone — the progress page is where unreadable storage is reported and repaired.
 */
import { today, updateProgress } from '../../lib/progressLite';

class MarkRead extends HTMLElement {
  connectedCallback() {
    const slug = this.dataset.slug;
    if (!slug || !('IntersectionObserver' in window)) return;
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      updateProgress((data) => {
        data.chaptersRead[slug] ??= today();
      });
      // The sidebar marks and any dashboard on the page show it at once.
      window.dispatchEvent(new Event('xuetang:progress'));
    });
    seen.observe(this);
  }
}

customElements.define('mark-read', MarkRead);
