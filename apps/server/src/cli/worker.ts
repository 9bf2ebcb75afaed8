// `pairwise worker`: runs sandbox jobs from PAIRWISE_QUEUE_URL until SIGTERM or SIGINT.
import { loadConfig } from '../config.ts'
import { createLogger } from '../logger.ts'
import { createRunner } from '../runner/index.ts'
import { startRunWorker } from '../scale/queue-worker.ts'
import { prebuildHarnesses } from '../runner/compiled/prebuild.ts'
import { loadLibrary } from '@pairwise/problems'
import { CliError } from './output.ts'

export async function workerCommand(argv: string[]): Promise<number> {
  if (argv.length) throw new CliError('usage: pairwise worker')
  const config = loadConfig()
  if (!config.queue) {
    throw new CliError('PAIRWISE_QUEUE_URL is not set: a worker takes its runs from that Redis.')
  }
  const log = createLogger(config.logLevel)
  // A worker serves every user, so it never falls back to running code without the sandbox: only
  // an explicit PAIRWISE_RUNNER=local (one trusted user) gets the local runner.
  const runner = await createRunner(config.runner === 'local' ? 'local' : 'sandbox')
  const worker = await startRunWorker(config.queue, runner, log)
  // The library's Java and C++ harnesses are built ahead, in the background, on this host.
  void loadLibrary(config.problemsDir)
    .then(({ problems }) => prebuildHarnesses(problems, log))
    .catch((err: unknown) => log.warn({ err: (err as Error).message }, 'no harness prebuild'))
  await new Promise<void>((resolve) => {
    let stopping = false
    const stop = (signal: string) => {
      if (stopping) return
      stopping = true
      log.info({ signal }, 'worker stopping: finishing the runs in hand')
      void worker.close().finally(resolve)
    }
    process.once('SIGTERM', () => stop('SIGTERM'))
    process.once('SIGINT', () => stop('SIGINT'))
  })
  log.info('worker stopped')
  return 0
}
