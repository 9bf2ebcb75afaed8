// Times a candidate's compiled TypeScript function on generated inputs of rising size (see measure-growth.ts).
//
// It runs as a script case, evaluated in the candidate's module scope in their sandboxed process.
// growth-generate.py first writes every input as JSON into the run's private working folder, run
// by /usr/bin/python3 in a process of its own; then each size is timed with a monotonic clock,
// best of a few samples, generation and JSON parsing left out. Each call gets a freshly parsed
// copy where memory allows, since code may sort its input in place. Calls faster than the noise
// floor are timed in batches, as timeit does. Every finding goes to stdout at once, so a run killed at a large size
// keeps the rest. measure-growth.ts appends the call, with the configuration and a lookup of the
// function in the module's scope.
/* eslint-disable @typescript-eslint/no-require-imports -- evaluated inside a CommonJS module */

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- measure-growth.ts appends the call
async function pairwiseMeasureGrowth(config, lookup) {
  const fs = require('node:fs')
  const path = require('node:path')
  const { spawnSync } = require('node:child_process')
  const { performance } = require('node:perf_hooks')

  const clock = () => performance.now() / 1000
  const started = clock()
  const { budgetSeconds: budget, floorSeconds: floor, sizes } = config
  // The budget is CPU time, so a busy machine slows the measurement down instead of cutting it
  // short; the wall budget, under the run's wall limit, still bounds it.
  const wallBudget = config.wallSeconds ?? budget
  const cpuSeconds = () => {
    const usage = process.cpuUsage()
    return (usage.user + usage.system) / 1e6
  }
  const cpuStarted = cpuSeconds()
  const wallLeft = () => wallBudget - (clock() - started)
  const left = () => Math.min(budget - (cpuSeconds() - cpuStarted), wallLeft())

  const emit = (message) => {
    const data = Buffer.from(config.prefix + JSON.stringify(message) + '\n')
    let offset = 0
    while (offset < data.length) {
      try {
        offset += fs.writeSync(1, data, offset)
      } catch (error) {
        if (error.code !== 'EAGAIN') throw error
      }
    }
  }
  const describe = (error) =>
    (error instanceof Error
      ? `${error.name}: ${error.message}`
      : `Uncaught ${String(error)}`
    ).slice(0, 1000)

  const fn = lookup()
  if (typeof fn !== 'function') {
    const error = `the code defines no function '${config.functionName}'`
    emit({ type: 'error', stage: 'call', error })
    return
  }

  const work = path.resolve('pairwise-growth')
  fs.mkdirSync(work, { recursive: true })
  const generatorPath = path.join(work, 'generator.py')
  fs.writeFileSync(generatorPath, config.generator)
  const generateScript = path.join(path.dirname(process.argv[1]), 'growth-generate.py')
  const generated = spawnSync(
    config.python,
    ['-I', '-B', generateScript, generatorPath, work, JSON.stringify(sizes), String(config.seed)],
    {
      cwd: work,
      env: { ...process.env, PYTHONHASHSEED: '0' },
      encoding: 'utf8',
      timeout: Math.max(100, Math.floor(wallLeft() * 1000)),
      killSignal: 'SIGKILL',
      maxBuffer: 1 << 20,
    },
  )
  const paths = []
  let generatorError = null
  for (const line of String(generated.stdout ?? '').split('\n')) {
    let report
    try {
      report = JSON.parse(line)
    } catch {
      continue
    }
    if (typeof report?.path === 'string') paths.push(report.path)
    else if (typeof report?.error === 'string') {
      const at = report.n === null || report.n === undefined ? '' : ` at n=${report.n}`
      generatorError = `the generator failed${at}: ${report.error}`
    }
  }
  if (generatorError === null && paths.length < sizes.length) {
    const tail = String(generated.stderr ?? '')
      .trim()
      .slice(-500)
    const why = generated.error ? generated.error.message : tail
    generatorError = `the generator stopped early${why ? ': ' + why : ''}`
  }
  emit({ type: 'generated', seconds: clock() - started })
  if (generatorError !== null) emit({ type: 'error', stage: 'generate', error: generatorError })

  /**
   * Seconds for `calls` calls, cycling through the parsed copies (parsing is not timed). Only the
   * wall clock: Node has no thread CPU clock, and the process one lags by up to a scheduler tick.
   */
  const timed = async (copies, calls) => {
    const begin = clock()
    for (let i = 0; i < calls; i++) {
      const value = fn(...copies[i % copies.length])
      if (value !== null && typeof value === 'object' && typeof value.then === 'function') {
        await value
      }
    }
    return clock() - begin
  }

  /** Best seconds per call at one size: batches sized to last the noise floor, a few samples. */
  const measureSize = async (text, startCalls) => {
    // Fresh copies for every call, unless that means parsing more than batchBytes ahead.
    const distinct = Math.max(1, Math.floor(config.batchBytes / Math.max(1, text.length)))
    let best = null
    let samples = 0
    let calls = startCalls
    // Wall-clock samples suffer more from a busy machine, so take a few more than Python does.
    for (let attempt = 0; attempt < config.repeats + 8 && samples < config.repeats + 2; attempt++) {
      if (best !== null) {
        if (best.seconds * calls > left()) break
        if (best.seconds * calls < floor) {
          const needed = Math.ceil((1.2 * floor) / Math.max(best.seconds, 1e-8))
          calls = Math.min(config.maxBatch, needed)
        }
      }
      const copies = Array.from({ length: Math.min(calls, distinct) }, () => JSON.parse(text))
      const elapsed = await timed(copies, calls)
      const longEnough = elapsed >= floor || calls >= config.maxBatch
      if (longEnough) samples++
      const seconds = elapsed / calls
      const better =
        best === null ||
        (longEnough && !best.longEnough) ||
        (longEnough === best.longEnough && seconds < best.seconds)
      if (better) best = { seconds, calls, longEnough }
    }
    return best === null ? null : { ...best, samples }
  }

  // V8 compiles hot code in tiers: the first size runs a while before it is timed.
  if (paths.length > 0) {
    try {
      const text = fs.readFileSync(paths[0], 'utf8')
      const until = clock() + Math.min(config.warmUpSeconds, budget / 10)
      for (let i = 0; i < 1000 && clock() < until; i++) await timed([JSON.parse(text)], 1)
    } catch {
      // The timed calls report the error, with their size.
    }
  }

  const measured = []
  for (let index = 0; index < sizes.length; index++) {
    const n = sizes[index]
    const file = paths[index]
    if (file === undefined) break
    const [older, last] = measured.slice(-2)
    let slope = 1
    if (older && last && older.seconds >= floor && last.seconds >= floor) {
      const local = Math.log(last.seconds / older.seconds) / Math.log(last.n / older.n)
      slope = Math.min(3, Math.max(1, local))
    }
    if (last && last.seconds * (n / last.n) ** slope > left()) {
      emit({ type: 'stopped', n })
      break
    }
    const text = fs.readFileSync(file, 'utf8')
    let best
    try {
      best = await measureSize(text, 1)
    } catch (error) {
      emit({ type: 'error', stage: 'call', n, error: describe(error) })
      break
    }
    if (best === null) {
      emit({ type: 'stopped', n })
      break
    }
    emit({ type: 'size', n, seconds: best.seconds, calls: best.calls, samples: best.samples })
    measured.push({ n, file, ...best })
  }

  // V8 may recompile the code once it has met larger inputs, so the smaller sizes, timed first,
  // are timed again while the budget lasts; the driver reports any better time.
  for (const size of measured) {
    if (size.seconds * size.calls * (config.repeats + 2) > left()) break
    try {
      const again = await measureSize(fs.readFileSync(size.file, 'utf8'), size.calls)
      if (again !== null && again.longEnough && again.seconds < size.seconds) {
        emit({
          type: 'size',
          n: size.n,
          seconds: again.seconds,
          calls: again.calls,
          samples: again.samples,
        })
      }
    } catch {
      break
    }
  }
  emit({ type: 'done' })
}
