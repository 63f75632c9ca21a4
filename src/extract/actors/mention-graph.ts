import type { EntityType, Mention } from "../../model/layers.ts";
import { overlaps, type Span } from "../../model/span.ts";

/**
 * The mentions of one document while they are being linked: a list (mentions may be added or
 * dropped) and a union-find over it, so that every rule can say "these two are the same actor".
 */
export class MentionGraph {
  readonly mentions: Mention[] = [];
  readonly #parent: number[] = [];
  readonly #dropped = new Set<number>();
  #live: number[] | null = null;
  /** The longest span length seen, so overlap queries can stop early. */
  #maxLength = 0;
  /** Mentions that are the long form of an acronym definition: they name their entity. */
  readonly longForms = new Set<number>();

  /** Adds a mention (or returns the live one with the same span) and its index. */
  add(mention: Mention): number {
    const same = this.exact(mention);
    if (same >= 0) return same;
    this.mentions.push(mention);
    const index = this.mentions.length - 1;
    this.#parent.push(index);
    this.#maxLength = Math.max(this.#maxLength, mention.end - mention.start);
    if (this.#live) this.#live.splice(this.#insertionPoint(mention.start + 0.5), 0, index);
    return index;
  }

  /** Removes a mention from every later answer; its links are forgotten. */
  drop(i: number): void {
    this.#dropped.add(i);
    this.#live = null;
  }

  /** Replaces a mention's span or type in place, keeping its links. */
  replace(i: number, mention: Mention): void {
    if (mention.start !== this.mentions[i]?.start) this.#live = null;
    this.#maxLength = Math.max(this.#maxLength, mention.end - mention.start);
    this.mentions[i] = mention;
  }

  /** Indices of the mentions still present, in order of start offset. */
  live(): readonly number[] {
    if (this.#live) return this.#live;
    const out: number[] = [];
    for (let i = 0; i < this.mentions.length; i++) if (!this.#dropped.has(i)) out.push(i);
    this.#live = out.sort((a, b) => (this.mentions[a]?.start ?? 0) - (this.mentions[b]?.start ?? 0) || a - b);
    return this.#live;
  }

  /** Position in the live list before the first mention starting at or after `offset`. */
  #insertionPoint(offset: number): number {
    const live = this.live();
    let lo = 0;
    let hi = live.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[live[mid] ?? 0]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The live mentions overlapping the span, in order of start. */
  overlapping(span: Span): number[] {
    const live = this.live();
    const out: number[] = [];
    for (let k = this.#insertionPoint(span.end) - 1; k >= 0; k--) {
      const i = live[k] ?? 0;
      const m = this.get(i);
      if (m.start < span.start - this.#maxLength) break;
      if (overlaps(m, span)) out.push(i);
    }
    return out.reverse();
  }

  /** The live mentions starting exactly at `offset`. */
  startingAt(offset: number): number[] {
    const live = this.live();
    const out: number[] = [];
    for (
      let k = this.#insertionPoint(offset);
      k < live.length && this.get(live[k] ?? 0).start === offset;
      k++
    ) {
      out.push(live[k] ?? 0);
    }
    return out;
  }

  /** The live mention with exactly this span, or -1. */
  exact(span: Span): number {
    return this.startingAt(span.start).find((i) => this.get(i).end === span.end) ?? -1;
  }

  get(i: number): Mention {
    const m = this.mentions[i];
    if (!m) throw new Error(`no mention ${i}`);
    return m;
  }

  /** The representative of i's group. */
  find(i: number): number {
    if (this.#parent[i] === undefined) throw new Error(`no mention ${i}`);
    let r = i;
    while (this.#parent[r] !== r) r = this.#parent[r] ?? r;
    let c = i;
    while (this.#parent[c] !== r) {
      const next = this.#parent[c] ?? r;
      this.#parent[c] = r;
      c = next;
    }
    return r;
  }

  /** Puts a and b in one group. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** Live mention indices of the group that i belongs to. */
  members(i: number): number[] {
    const root = this.find(i);
    return this.live().filter((j) => this.find(j) === root);
  }

  /** The group's type: the most frequent type among its naming mentions (ties: the earliest). */
  typeOf(i: number): EntityType {
    const counts = new Map<EntityType, number>();
    const naming = this.members(i).filter((j) => isNaming(this.get(j)));
    for (const j of naming) counts.set(this.get(j).type, (counts.get(this.get(j).type) ?? 0) + 1);
    let best: EntityType = this.get(naming[0] ?? i).type;
    for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
    return best;
  }
}

/** True for mentions that spell a name (not pronouns or descriptions). */
export function isNaming(m: Mention): boolean {
  return m.via !== "pronoun" && m.via !== "description";
}
