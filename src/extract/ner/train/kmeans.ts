import { seededRandom } from "./random.ts";

/** The index of the centroid nearest (by dot product) to row `i` of `data`. */
function nearest(data: Float32Array, i: number, centroids: Float32Array, k: number, dim: number): number {
  let best = 0;
  let bestDot = Number.NEGATIVE_INFINITY;
  const off = i * dim;
  for (let c = 0; c < k; c++) {
    const co = c * dim;
    let dot = 0;
    for (let d = 0; d < dim; d++) dot += (data[off + d] as number) * (centroids[co + d] as number);
    if (dot > bestDot) {
      bestDot = dot;
      best = c;
    }
  }
  return best;
}

/**
 * Spherical k-means (cosine) over unit vectors stored row-major in `data` (n × dim): deterministic
 * for a seed. Centroids are fitted on the first `fitRows` rows (the most frequent words: the fit is
 * the slow part), then every row is assigned. Returns each row's cluster and the k centroids.
 */
export function kmeans(
  data: Float32Array,
  dim: number,
  k: number,
  iterations: number,
  seed: number,
  weights?: Float32Array,
  fitRows = data.length / dim,
): { assign: Int32Array; centroids: Float32Array } {
  const total = data.length / dim;
  const n = Math.min(fitRows, total);
  const random = seededRandom(seed);
  const centroids = new Float32Array(k * dim);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r = Math.floor(random() * n);
    while (picked.has(r)) r = (r + 1) % n;
    picked.add(r);
    centroids.set(data.subarray(r * dim, (r + 1) * dim), c * dim);
  }
  const assign = new Int32Array(total);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) assign[i] = nearest(data, i, centroids, k, dim);
    const sums = new Float64Array(k * dim);
    for (let i = 0; i < n; i++) {
      const wt = weights ? (weights[i] as number) : 1;
      const co = (assign[i] as number) * dim;
      for (let d = 0; d < dim; d++)
        sums[co + d] = (sums[co + d] as number) + wt * (data[i * dim + d] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += (sums[c * dim + d] as number) ** 2;
      if (norm === 0) continue; // an empty cluster keeps its old centroid
      const s = 1 / Math.sqrt(norm);
      for (let d = 0; d < dim; d++) centroids[c * dim + d] = (sums[c * dim + d] as number) * s;
    }
  }
  for (let i = n; i < total; i++) assign[i] = nearest(data, i, centroids, k, dim);
  return { assign, centroids };
}
