/** A growable list of 32-bit integers: feature hashes are collected without boxing or GC churn. */
export class IntBuffer {
  #data = new Int32Array(1024);
  length = 0;

  /** Appends values. */
  push(...values: number[]): void {
    for (const v of values) this.add(v);
  }

  /** Appends one value. */
  add(v: number): void {
    if (this.length === this.#data.length) {
      const grown = new Int32Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.length++] = v;
  }

  /** A copy of the values. */
  toArray(): Int32Array {
    return this.#data.slice(0, this.length);
  }
}
