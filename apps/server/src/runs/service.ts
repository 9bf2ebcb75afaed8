// Runs a session's code through the queue, stores the full result, and records it in the transcript.
import { randomUUID } from 'node:crypto'
import {
  packagesUnavailableMessage,
  type CustomRunView,
  type Language,
  type ProblemDefinition,
  type PublicUser,
  type RunResult,
  type RunView,
  type TestResult,
} from '@pairwise/shared'
import type { AppDeps } from '../app-env.ts'
import { AppError } from '../http/errors.ts'
import { languageUnavailableMessage } from '../problems/compiled-languages.ts'
import { limitsForProblem } from '../problems/limits.ts'
import { ToolchainUnavailableError } from '../runner/compiled/compile-step.ts'
import { redactHiddenTests, RunQueueFullError } from '../runner/index.ts'
import { QueueJobFailedError, QueueUnavailableError } from '../scale/queue-runner.ts'
import { assertStorageRoom, chargeStorage } from '../storage/usage.ts'
import { appendEvent, storeCode } from '../transcript/repository.ts'
import { recordSnapshot } from '../transcript/snapshot-recorder.ts'

export interface SessionRunInput {
  user: PublicUser
  sessionId: string
  problem: ProblemDefinition
  language: Language
  code: string
  mode: 'run' | 'submit'
  signal?: AbortSignal
  /** The scorer grades the code itself: recorded as "graded", never as the candidate's submit. */
  byScorer?: boolean
}

async function assertMayRun(deps: AppDeps) {
  const runner = deps.runner
  if (!runner) {
    throw new AppError(
      503,
      'runner_unavailable',
      `Code cannot run on this server: ${deps.runnerUnavailable ?? 'no runner is configured'}.`,
    )
  }
  if (runner.singleUserOnly) {
    const count = await deps.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    if (Number(count.n) > 1) {
      throw new AppError(
        503,
        'runner_single_user',
        'This server runs code without a sandbox, which is only safe for a single user. ' +
          'Install bubblewrap, or set PAIRWISE_ALLOW_LOCAL_RUNNER_MULTIUSER=on if you trust every user.',
      )
    }
  }
  return runner
}

/** A Python run of a problem whose libraries this sandbox lacks is refused before it costs CPU. */
async function assertPackagesPresent(
  deps: AppDeps,
  problem: ProblemDefinition,
  language: Language,
): Promise<void> {
  if (language !== 'python' || !problem.requires?.length || !deps.pythonPackages) return
  const missing = await deps.pythonPackages.missing(problem.requires)
  if (missing.length > 0)
    throw new AppError(503, 'package_unavailable', packagesUnavailableMessage(missing))
}

/** A Java or C++ run on a server without that toolchain is refused with the reason (503). */
async function assertLanguageAvailable(deps: AppDeps, language: Language): Promise<void> {
  const reason = await deps.compiledLanguages?.unavailable(language)
  if (reason) {
    throw new AppError(503, 'toolchain_unavailable', languageUnavailableMessage(language, reason))
  }
}

/** The runner found a toolchain missing (the probe had not, or it went away since). */
function toolchainError(err: unknown): AppError | null {
  return err instanceof ToolchainUnavailableError
    ? new AppError(503, 'toolchain_unavailable', err.message)
    : null
}

export async function runSessionCode(deps: AppDeps, input: SessionRunInput): Promise<RunView> {
  const runner = await assertMayRun(deps)
  await assertPackagesPresent(deps, input.problem, input.language)
  await assertLanguageAvailable(deps, input.language)
  // A run costs CPU before its result is stored: refuse it up front when nothing more fits.
  if (!input.byScorer) await assertStorageRoom(deps.db, input.sessionId)
  if (!input.byScorer) await recordSnapshot(deps.db, input.sessionId, { force: true })
  const functionName = input.problem.functionNames[input.language]
  if (!functionName)
    throw new AppError(400, 'language_unavailable', 'This problem has no such language.')
  const cases = input.problem.cases.filter(
    (c) =>
      (input.mode === 'submit' || c.visible) &&
      (!('language' in c) || c.language === input.language),
  )
  // The id is chosen first: a shared queue takes it as the job id, and it is the key of the one
  // `runs` row, however many times a worker (dying mid-run) may have executed the job.
  const id = randomUUID()
  let result
  try {
    result = await runner.queue.run(input.user.id, {
      runId: id,
      language: input.language,
      code: input.code,
      functionName,
      ...(input.problem.signature ? { signature: input.problem.signature } : {}),
      cases,
      limits: limitsForProblem(input.problem, input.language),
      ...(input.problem.requires?.length ? { requires: input.problem.requires } : {}),
      ...(input.problem.generator
        ? { requiredComplexity: input.problem.generator.expectedComplexity }
        : {}),
      signal: input.signal,
    })
  } catch (err) {
    if (err instanceof RunQueueFullError) throw new AppError(429, 'run_limit', err.message)
    if (input.signal?.aborted) throw new AppError(400, 'cancelled', 'The run was cancelled.')
    if (err instanceof QueueUnavailableError) throw new AppError(503, err.code, err.message)
    if (err instanceof QueueJobFailedError) throw new AppError(503, err.code, err.message)
    throw toolchainError(err) ?? err
  }
  const createdAt = new Date().toISOString()
  const passed = result.tests.filter((t) => t.passed).length
  const stored = JSON.stringify(result)
  await deps.db.transaction().execute(async (trx) => {
    // The run is done: its result is stored even past a limit (the next run is refused instead).
    await chargeStorage(trx, input.sessionId, {
      bytes: Buffer.byteLength(stored, 'utf8'),
      events: 0,
      enforce: false,
    })
    await trx
      .insertInto('runs')
      .values({
        id,
        session_id: input.sessionId,
        mode: input.mode,
        status: result.status,
        result: stored,
        created_at: createdAt,
      })
      .execute()
    const type = input.byScorer ? 'graded' : input.mode === 'submit' ? 'submit' : 'run'
    await appendEvent(
      trx,
      input.sessionId,
      type,
      {
        runId: id,
        status: result.status,
        passed,
        total: result.tests.length,
        failing: result.tests
          .filter((t) => !t.passed && !t.hidden)
          .map((t) => t.name)
          .slice(0, 20),
        error: result.error ?? null,
        codeHash: await storeCode(trx, input.sessionId, input.code),
        ms: Math.round(result.durationMs),
      },
      { enforce: false },
    )
  })
  return toRunView({ id, mode: input.mode, createdAt, result }, input.problem, input.language)
}

/**
 * A stored run as the browser may see it: hidden cases reduced to name and verdict, and each
 * visible case with its input, so a failing example shows what it was called with.
 */
export function toRunView(
  run: { id: string; mode: 'run' | 'submit'; createdAt: string; result: RunResult },
  problem: ProblemDefinition,
  language: Language,
): RunView {
  const visible = redactHiddenTests(run.result)
  const inputs = new Map<string, Pick<TestResult, 'args' | 'script'>>()
  for (const c of problem.cases) {
    if (!c.visible) continue
    if ('script' in c) {
      if (c.language === language) inputs.set(c.name, { script: c.script })
    } else inputs.set(c.name, { args: c.args })
  }
  return {
    ...visible,
    tests: visible.tests.map((t) => (t.hidden ? t : { ...t, ...inputs.get(t.name) })),
    // Printed output is the visible cases' process's only (runner/hidden-cases.ts), so it is sent.
    id: run.id,
    mode: run.mode,
    createdAt: run.createdAt,
  }
}

/** The session's last run or submission (not the scorer's grading), or null. */
export async function latestRunView(
  deps: AppDeps,
  session: { id: string; language: Language },
  problem: ProblemDefinition,
): Promise<RunView | null> {
  // A scorer's grading stores a run too; the candidate's own are the ones with a run/submit event.
  const event = await deps.db
    .selectFrom('transcript_events')
    .select('data')
    .where('session_id', '=', session.id)
    .where('type', 'in', ['run', 'submit'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst()
  const runId = event ? (JSON.parse(event.data) as { runId?: unknown }).runId : undefined
  if (typeof runId !== 'string') return null
  const row = await deps.db
    .selectFrom('runs')
    .select(['id', 'mode', 'result', 'created_at'])
    .where('session_id', '=', session.id)
    .where('id', '=', runId)
    .executeTakeFirst()
  if (!row) return null
  return toRunView(
    {
      id: row.id,
      mode: row.mode,
      createdAt: row.created_at,
      result: JSON.parse(row.result) as RunResult,
    },
    problem,
    session.language,
  )
}

/** Runs the session's code on the candidate's own arguments; nothing is compared or stored. */
export async function runCustomInput(
  deps: AppDeps,
  input: Omit<SessionRunInput, 'mode' | 'byScorer'> & { args: unknown[] },
): Promise<CustomRunView> {
  const runner = await assertMayRun(deps)
  await assertPackagesPresent(deps, input.problem, input.language)
  await assertLanguageAvailable(deps, input.language)
  await assertStorageRoom(deps.db, input.sessionId)
  await recordSnapshot(deps.db, input.sessionId, { force: true })
  const functionName = input.problem.functionNames[input.language]
  if (!functionName)
    throw new AppError(400, 'language_unavailable', 'This problem has no such language.')
  let result
  try {
    result = await runner.queue.run(input.user.id, {
      language: input.language,
      code: input.code,
      functionName,
      ...(input.problem.signature ? { signature: input.problem.signature } : {}),
      cases: [{ name: 'Custom input', args: input.args, expected: null, visible: true }],
      limits: limitsForProblem(input.problem, input.language),
      ...(input.problem.requires?.length ? { requires: input.problem.requires } : {}),
      signal: input.signal,
    })
  } catch (err) {
    if (err instanceof RunQueueFullError) throw new AppError(429, 'run_limit', err.message)
    if (input.signal?.aborted) throw new AppError(400, 'cancelled', 'The run was cancelled.')
    throw toolchainError(err) ?? err
  }
  const test = result.tests[0]
  const error = result.error ?? test?.error
  const status =
    result.status === 'timeout' || result.status === 'memory'
      ? result.status
      : error !== undefined
        ? 'error'
        : 'ok'
  const line = test?.line
  await appendEvent(
    deps.db,
    input.sessionId,
    'custom_run',
    {
      status,
      args: JSON.stringify(input.args).slice(0, 2_000),
      error: error ?? null,
      ms: Math.round(result.durationMs),
    },
    { enforce: false },
  )
  return {
    status,
    args: input.args,
    ...(status === 'ok' ? { actual: test?.actual ?? null } : {}),
    ...(error !== undefined ? { error } : {}),
    ...(line !== undefined ? { line } : {}),
    stdout: result.stdout,
    stderr: result.stderr,
    durationMs: result.durationMs,
  }
}
