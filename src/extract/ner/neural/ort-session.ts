import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A tensor as ONNX Runtime's native binding reads and returns it. */
export interface RawTensor {
  readonly type: "float32" | "int32" | "uint8";
  readonly dims: readonly number[];
  readonly data: Float32Array | Int32Array | Uint8Array;
}

interface NativeSession {
  loadModel(buffer: ArrayBufferLike, offset: number, length: number, options: object): void;
  run(
    feeds: Record<string, RawTensor>,
    fetches: Record<string, null>,
    options: object,
  ): Record<string, RawTensor>;
}

type NativeBinding = { InferenceSession: new () => NativeSession };

/**
 * An ONNX model run synchronously on one thread.
 *
 * Pipeline stages are synchronous functions, and onnxruntime-node's native session runs synchronously
 * too: its public `run()` only wraps that call in a Promise (setImmediate). So sitrep calls the native
 * binding of the pinned onnxruntime-node version directly (a test runs a real model through it) rather
 * than make every stage and caller asynchronous for a call that never waits on I/O.
 */
export class SyncOnnxSession {
  readonly #session: NativeSession;

  constructor(model: Uint8Array) {
    const require = createRequire(import.meta.url);
    const main = require.resolve("onnxruntime-node");
    const { binding } = require(join(dirname(main), "binding.js")) as { binding: NativeBinding };
    this.#session = new binding.InferenceSession();
    this.#session.loadModel(model.buffer, model.byteOffset, model.byteLength, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: "sequential",
      graphOptimizationLevel: "all",
    });
  }

  /** Runs the model; returns the named outputs. */
  run(feeds: Record<string, RawTensor>, outputs: readonly string[]): Record<string, RawTensor> {
    return this.#session.run(feeds, Object.fromEntries(outputs.map((o) => [o, null])), {});
  }
}
