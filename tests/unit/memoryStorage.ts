/** A Storage in memory for unit tests, optionally with a size limit that throws QuotaExceededError like a full browser store. */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  constructor(private limit = Infinity) {}
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (v.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  keys() {
    return [...this.map.keys()];
  }
}
