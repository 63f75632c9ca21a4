/**
 * Union-find over string keys with cannot-link constraints: each key may carry labels, and two groups
 * are never joined when one holds a label the other is forbidden to meet (a person's "split").
 */
export class UnionFind {
  readonly #parent = new Map<string, string>();
  readonly #labels = new Map<string, Set<string>>();
  readonly #forbidden: Map<string, Set<string>>;

  constructor(cannotLink: readonly (readonly [string, string])[] = []) {
    this.#forbidden = new Map();
    for (const [a, b] of cannotLink) {
      if (!this.#forbidden.has(a)) this.#forbidden.set(a, new Set());
      if (!this.#forbidden.has(b)) this.#forbidden.set(b, new Set());
      this.#forbidden.get(a)?.add(b);
      this.#forbidden.get(b)?.add(a);
    }
  }

  /** The representative of the key's group (the key itself when it is alone). */
  find(key: string): string {
    let root = key;
    for (let p = this.#parent.get(root); p !== undefined && p !== root; p = this.#parent.get(root)) root = p;
    if (!this.#parent.has(key)) this.#parent.set(key, key);
    else this.#parent.set(key, root);
    return root;
  }

  /** Attaches a label (e.g. a name key) to the key's group, for the cannot-link check. */
  label(key: string, label: string): void {
    const root = this.find(key);
    if (!this.#labels.has(root)) this.#labels.set(root, new Set());
    this.#labels.get(root)?.add(label);
  }

  /** Joins two groups unless a cannot-link constraint forbids it; returns whether they are joined. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const la = this.#labels.get(ra) ?? new Set<string>();
    const lb = this.#labels.get(rb) ?? new Set<string>();
    for (const l of la) for (const f of this.#forbidden.get(l) ?? []) if (lb.has(f)) return false;
    this.#parent.set(rb, ra);
    this.#labels.set(ra, new Set([...la, ...lb]));
    this.#labels.delete(rb);
    return true;
  }
}
