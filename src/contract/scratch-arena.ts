/*
 * Typed arrays for one computation's working space, handed out again by the next (issue 15). V8 keeps an ArrayBuffer's
 * bytes outside its heap and counts them as external memory: once about 64 MB of it has been allocated since the last
 * full collection, it starts another, which marks the whole heap. A server holding 1,000,000 claims as objects (ADR 013)
 * allocated about 28 MB of such arrays per cold summary, so every few reads waited seconds for a collection of a heap
 * that had hardly grown. Measured in Node with 1.1 GB of objects held: 24 MB of new typed arrays a round started a full
 * collection (0.8–1.1 s each) every 3–4 rounds; the same work in reused arrays started none in 60 rounds.
 */

/**
 * Hands out parts of a few long arrays, one after the other, until `reset`. What it hands out is valid until the next
 * `reset`: an arena belongs to one computation that runs through without waiting (no `await`) and lets nothing it was
 * handed escape. The arrays grow to what the largest computation needed, and are then reused as they are.
 */
export function scratchArena() {
  const int32 = { array: new Int32Array(0), used: 0, needed: 0 };
  const float64 = { array: new Float64Array(0), used: 0, needed: 0 };
  const uint8 = { array: new Uint8Array(0), used: 0, needed: 0 };
  /** `length` elements of `part`: a new, larger array when the one held is used up (parts handed out keep theirs). */
  function take<T extends Int32Array | Float64Array | Uint8Array>(
    part: { array: T; used: number; needed: number },
    length: number,
    make: (length: number) => T,
  ): T {
    part.needed += length;
    if (part.used + length > part.array.length) {
      part.array = make(Math.max(part.needed, part.array.length * 2));
      part.used = 0;
    }
    const taken = part.array.subarray(part.used, part.used + length) as T;
    part.used += length;
    return taken;
  }
  const reserve = <T extends Int32Array | Float64Array | Uint8Array>(
    part: { array: T; used: number; needed: number },
    length: number,
    make: (length: number) => T,
  ) => {
    if (part.array.length < length) {
      // With room to spare: a server reserves again for each claim added.
      part.array = make(Math.max(length, part.array.length + (part.array.length >> 3)));
      part.used = 0;
    }
  };
  return {
    /**
     * Holds at least this many of each from now on, for a computation whose size is known before it is asked for:
     * the arrays are then made when it suits (a server makes them with its view), not by the first computation.
     * Call it between computations, not during one.
     */
    reserve(sizes: { int32: number; float64: number; uint8: number }): void {
      reserve(int32, sizes.int32, (n) => new Int32Array(n));
      reserve(float64, sizes.float64, (n) => new Float64Array(n));
      reserve(uint8, sizes.uint8, (n) => new Uint8Array(n));
    },
    /** Every part handed out since the last reset may now be handed out again. */
    reset(): void {
      for (const part of [int32, float64, uint8]) {
        part.used = 0;
        part.needed = 0;
      }
    },
    /** `length` 32-bit integers, holding whatever they held: write each before reading it. */
    int32: (length: number) => take(int32, length, (n) => new Int32Array(n)),
    /** `length` 32-bit integers, all zero. */
    zeroedInt32: (length: number) => take(int32, length, (n) => new Int32Array(n)).fill(0),
    /** `length` doubles, holding whatever they held: write each before reading it. */
    float64: (length: number) => take(float64, length, (n) => new Float64Array(n)),
    /** How many of each it holds now: what a reservation or the largest computation so far made. */
    held: () => ({ int32: int32.array.length, float64: float64.array.length, uint8: uint8.array.length }),
    /** `length` bytes, all zero. */
    zeroedUint8: (length: number) => take(uint8, length, (n) => new Uint8Array(n)).fill(0),
  };
}

export type ScratchArena = ReturnType<typeof scratchArena>;
