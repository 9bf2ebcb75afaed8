// Engines that routes use (runner, assistant, scorer), built once at boot from the config.
import { createAssistantProvider, type AssistantProvider } from './assistant/index.ts'
import type { Config } from './config.ts'
import type { Logger } from './logger.ts'
import { createRunner, RunQueue, type Runner } from './runner/index.ts'
import {
  judgeExplanation,
  warmUpScorer,
  type JudgeInput,
  type JudgeOutcome,
} from './scoring/index.ts'

export interface RunnerService {
  queue: RunQueue
  kind: 'sandbox' | 'local'
  /** A Runner whose runs go through the queue on this user's account (limits included). */
  forUser(userId: string): Runner
  /** The local runner gives no isolation between users; it then serves one account only. */
  singleUserOnly: boolean
}

/** The LLM judge, bound to the configured key and model. */
export type Judge = (
  input: Omit<JudgeInput, 'client' | 'apiKey' | 'baseURL' | 'model'>,
) => Promise<JudgeOutcome>

export interface Services {
  /** Present when ANTHROPIC_API_KEY is set. */
  judge?: Judge
  /** The Anthropic provider when a key is set, else the offline coach. */
  assistant?: AssistantProvider
  /** Undefined when no runner may be used here; runs are then refused with the reason. */
  runner?: RunnerService
  runnerUnavailable?: string
  close?: () => Promise<void>
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
    const queue = new RunQueue(runner)
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
  const assistant = createAssistantProvider({
    anthropicApiKey: config.anthropic?.apiKey,
    anthropicBaseUrl: config.anthropic?.baseURL,
    model: config.assistantModel,
  })
  log.info({ provider: assistant.name, model: assistant.model }, 'assistant ready')
  // Load the scorer's word vectors and WordNet now, so the first score is as fast as the rest.
  log.info({ ms: warmUpScorer() }, 'offline scorer ready')
  const anthropic = config.anthropic
  const judge: Judge | undefined = anthropic
    ? (input) =>
        judgeExplanation({
          ...input,
          apiKey: anthropic.apiKey,
          ...(anthropic.baseURL ? { baseURL: anthropic.baseURL } : {}),
          model: config.judgeModel,
        })
    : undefined
  return { assistant, ...(judge ? { judge } : {}), ...(await createRunnerService(config, log)) }
}
