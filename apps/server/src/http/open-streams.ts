// The streams a server has open, so that shutdown can end each one cleanly before the process exits.
export class OpenStreams {
  private readonly open = new Set<() => void>()

  /** Registers a stream's stop function; the returned function unregisters it when it ends. */
  add(stop: () => void): () => void {
    this.open.add(stop)
    return () => this.open.delete(stop)
  }

  get size(): number {
    return this.open.size
  }

  /** Stops every open stream; each then records its reply as incomplete and closes. */
  stopAll(): void {
    for (const stop of [...this.open]) stop()
  }
}

const registries = new WeakMap<object, OpenStreams>()

/** One registry per app (its deps), made on first use. */
export function openStreamsFor(deps: object): OpenStreams {
  let streams = registries.get(deps)
  if (!streams) registries.set(deps, (streams = new OpenStreams()))
  return streams
}
