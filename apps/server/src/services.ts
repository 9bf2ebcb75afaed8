// Engines that routes use (runner, assistant, scorer), built once at boot from the config.
import { ModelNotices } from './anthropic/model-notices.ts'
import { createAssistantProvider, type AssistantProvider } from './assistant/index.ts'
import type { Config } from './config.ts'
import type { Logger } from './logger.ts'
import {
  probeCompiledLanguages,
  probedCompiledLanguages,
  type CompiledLanguages,
} from './problems/compiled-languages.ts'
import {
  probedPythonPackages,
  probePythonPackages,
  type PythonPackages,
} from './problems/python-packages.ts'
import { createRunner, RunQueue, type Runner, type RunRequest } from './runner/index.ts'
import { createLimitStore, type LimitStore } from './scale/limit-store.ts'
import type { RunResult } from '@pairwise/shared'
import { closeWorkerPool, configureWorkerPool, workerPool } from './workers/pool.ts'
import { judgeExplanation, type JudgeInput, type JudgeOutcome } from './scoring/index.ts'

/** Runs on a user's account, under that user's cap of runs in flight. */
export interface UserRunQueue {
  run(userId: string, request: RunRequest): Promise<RunResult>
}

/** The queue account the boot-time probe of Python libraries runs on (no user has this id). */
const PACKAGE_PROBE_USER = 'pairwise:python-package-probe'
const LANGUAGE_PROBE_USER = 'pairwise:compiled-language-probe'

/** Runs one user may have queued or running at once (across every API process when scaled). */
export const RUNS_IN_FLIGHT_PER_USER = 3

export interface RunnerService {
  queue: UserRunQueue
  kind: 'sandbox' | 'local'
  /** A Runner whose runs go through the queue on this user's account (limits included). */
  forUser(userId: string): Runner
  /** The local runner gives no isolation between users; it then serves one account only. */
  singleUserOnly: boolean
}

/** The LLM judge, bound to the configured key and model. */
export type Judge = (
  input: Omit<JudgeInput, 'client' | 'apiKey' | 'baseURL' | 'model' | 'fetch'>,
) => Promise<JudgeOutcome>

export interface Services {
  /** Present when ANTHROPIC_API_KEY is set. */
  judge?: Judge
  /** The Anthropic provider when a key is set, else the offline coach. */
  assistant?: AssistantProvider
  /** Undefined when no runner may be used here; runs are then refused with the reason. */
  runner?: RunnerService
  runnerUnavailable?: string
  /**
   * Which Python libraries the sandbox imports, probed once at boot; undefined where nothing was
   * probed (no runner, or a test that leaves it out), and then nothing counts as missing.
   */
  pythonPackages?: PythonPackages
  /**
   * Whether Java and C++ run here, probed once at boot like pythonPackages; undefined where
   * nothing was probed, and then both count as available.
   */
  compiledLanguages?: CompiledLanguages
  /** Where rate limits count: this process alone, or Redis shared by every API process. */
  limits?: LimitStore
  /** Where deprecation notices from the Anthropic side are gathered; boot attaches the db. */
  modelNotices?: ModelNotices
  close?: () => Promise<void>
}

/**
 * With PAIRWISE_QUEUE_URL, runs go through BullMQ to `pairwise worker` processes, which run the
 * sandbox (or, only when PAIRWISE_RUNNER=local says so, the local runner).
 */
async function createQueuedRunnerService(
  config: Config,
  limits: LimitStore,
  log: Logger,
): Promise<Pick<Services, 'runner' | 'close'>> {
  const queueConfig = config.queue
  if (!queueConfig) throw new Error('no queue configured')
  const { createQueueRunner } = await import('./scale/queue-runner.ts')
  const { SharedRunQueue } = await import('./scale/shared-run-queue.ts')
  const kind = config.runner === 'local' ? 'local' : 'sandbox'
  const runner = await createQueueRunner(queueConfig, kind, log)
  // A slot left by an API process that died frees itself once no wait of its could still be on.
  const cap = limits.inFlightCap('runs', RUNS_IN_FLIGHT_PER_USER, queueConfig.waitMs + 30_000)
  const queue = new SharedRunQueue(runner, cap, RUNS_IN_FLIGHT_PER_USER)
  log.info({ prefix: queueConfig.prefix, kind }, 'runs go through the shared queue to workers')
  return {
    runner: {
      queue,
      kind,
      singleUserOnly: kind === 'local' && !config.allowLocalRunnerMultiUser,
      forUser: (userId) => ({ kind, run: (request) => queue.run(userId, request) }),
    },
    close: () => runner.close(),
  }
}

export async function createRunnerService(
  config: Config,
  log: Logger,
): Promise<Pick<Services, 'runner' | 'runnerUnavailable'>> {
  try {
    const runner = await createRunner(config.runner)
    const singleUserOnly = runner.kind === 'local' && !config.allowLocalRunnerMultiUser
    if (runner.kind === 'local') {
      log.warn(
        { singleUserOnly },
        'code runs WITHOUT a sandbox (local runner): candidate code can read this machine. ' +
          (singleUserOnly
            ? 'Runs are served only while the database has a single account.'
            : 'PAIRWISE_ALLOW_LOCAL_RUNNER_MULTIUSER is on: every user can run code here.'),
      )
    } else log.info('code runs in the bubblewrap sandbox')
    const queue = new RunQueue(runner, { perUserLimit: RUNS_IN_FLIGHT_PER_USER })
    return {
      runner: {
        queue,
        kind: runner.kind,
        singleUserOnly,
        forUser: (userId) => ({ kind: runner.kind, run: (request) => queue.run(userId, request) }),
      },
    }
  } catch (err) {
    const reason = (err as Error).message
    log.error({ reason }, 'no code runner is available; runs will be refused')
    return { runnerUnavailable: reason }
  }
}

export async function createServices(config: Config, log: Logger): Promise<Services> {
  // The pool's threads start on first use; one stays alive (and warm) for the next request.
  configureWorkerPool({
    minThreads: 1,
    maxThreads: config.pool.maxThreads,
    memoryMb: config.pool.memoryMb,
    log,
  })
  const modelNotices = new ModelNotices(log)
  if (config.anthropic) modelNotices.checkConfigured([config.assistantModel, config.judgeModel])
  const assistant = createAssistantProvider({
    anthropicApiKey: config.anthropic?.apiKey,
    anthropicBaseUrl: config.anthropic?.baseURL,
    model: config.assistantModel,
    fetch: modelNotices.observingFetch(config.assistantModel),
  })
  log.info({ provider: assistant.name, model: assistant.model }, 'assistant ready')
  // The scorer's word vectors and WordNet load into a pool worker in the background: boot does not
  // wait for them, and the first score only waits if it comes before they are in.
  workerPool().warmUpInBackground()
  const anthropic = config.anthropic
  const judge: Judge | undefined = anthropic
    ? (input) =>
        judgeExplanation({
          ...input,
          apiKey: anthropic.apiKey,
          ...(anthropic.baseURL ? { baseURL: anthropic.baseURL } : {}),
          model: config.judgeModel,
          fetch: modelNotices.observingFetch(config.judgeModel),
        })
    : undefined
  const limits = await createLimitStore(config, log)
  const runner: Pick<Services, 'runner' | 'runnerUnavailable' | 'close'> = config.queue
    ? await createQueuedRunnerService(config, limits, log)
    : await createRunnerService(config, log)
  // The probe is one sandboxed run in the background, on an account of its own in the queue.
  const runService = runner.runner
  const pythonPackages = runService
    ? probedPythonPackages(() => probePythonPackages(runService.forUser(PACKAGE_PROBE_USER)), log)
    : undefined
  const compiledLanguages = runService
    ? probedCompiledLanguages(
        () => probeCompiledLanguages(runService.forUser(LANGUAGE_PROBE_USER)),
        log,
      )
    : undefined
  return {
    assistant,
    modelNotices,
    ...(judge ? { judge } : {}),
    ...runner,
    ...(pythonPackages ? { pythonPackages } : {}),
    ...(compiledLanguages ? { compiledLanguages } : {}),
    limits,
    close: async () => {
      await runner.close?.()
      await limits.close()
      // Running jobs finish (each within its time limit); then the threads end.
      await closeWorkerPool()
    },
  }
}
