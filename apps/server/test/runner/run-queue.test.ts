// The run queue: bounded concurrency, first come first served, cancellation, a cap per user.
import type { RunResult } from '@pairwise/shared'
import { describe, expect, it } from 'vitest'
import {
  RunQueue,
  RunQueueFullError,
  type Runner,
  type RunRequest,
} from '../../src/runner/index.ts'

/** A runner whose runs finish only when the test says so. */
function controlledRunner() {
  const started: string[] = []
  const finishers = new Map<string, () => void>()
  const runner: Runner = {
    kind: 'local',
    run: (request) =>
      new Promise<RunResult>((resolve) => {
        started.push(request.code)
        finishers.set(request.code, () =>
          resolve({ status: 'passed', tests: [], stdout: request.code, stderr: '', durationMs: 1 }),
        )
      }),
  }
  const finish = async (code: string) => {
    finishers.get(code)?.()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { runner, started, finish }
}

function request(
  code: string,
  signal?: AbortSignal,
  language: RunRequest['language'] = 'python',
): RunRequest {
  return { language, code, functionName: 'f', cases: [], ...(signal ? { signal } : {}) }
}

describe('RunQueue', () => {
  it('runs at most N at once and starts the others in the order they came', async () => {
    const { runner, started, finish } = controlledRunner()
    const queue = new RunQueue(runner, { concurrency: 2, perUserLimit: 10 })
    const runs = ['a', 'b', 'c', 'd'].map((code) => queue.run(`user-${code}`, request(code)))
    await finish('')
    expect(started).toEqual(['a', 'b'])
    expect(queue.running).toBe(2)
    expect(queue.queued).toBe(2)
    await finish('b')
    expect(started).toEqual(['a', 'b', 'c'])
    await finish('a')
    await finish('c')
    await finish('d')
    expect((await Promise.all(runs)).map((result) => result.stdout)).toEqual(['a', 'b', 'c', 'd'])
    expect(queue.running).toBe(0)
  })

  it('gives a Java run two cores, and never lets later one-core runs overtake it', async () => {
    const { runner, started, finish } = controlledRunner()
    const queue = new RunQueue(runner, { concurrency: 2, perUserLimit: 10 })
    const runs = [
      queue.run('u1', request('py1')),
      queue.run('u2', request('java', undefined, 'java')),
      queue.run('u3', request('py2')),
      queue.run('u4', request('cpp', undefined, 'cpp')),
    ]
    await finish('')
    // One core is free, but Java needs two: it waits, and so does everything behind it.
    expect(started).toEqual(['py1'])
    expect(queue.running).toBe(1)
    expect(queue.queued).toBe(3)
    await finish('py1')
    expect(started).toEqual(['py1', 'java'])
    expect(queue.running).toBe(2)
    await finish('java')
    // C++ compiles and runs on one core: it shares the machine with the next Python run.
    expect(started).toEqual(['py1', 'java', 'py2', 'cpp'])
    expect(queue.running).toBe(2)
    await finish('py2')
    await finish('cpp')
    await Promise.all(runs)
    expect(queue.running).toBe(0)
  })

  it('runs Java on a one-core queue too, holding the one core', async () => {
    const { runner, started, finish } = controlledRunner()
    const queue = new RunQueue(runner, { concurrency: 1, perUserLimit: 10 })
    const java = queue.run('u1', request('java', undefined, 'java'))
    const py = queue.run('u2', request('py'))
    await finish('')
    expect(started).toEqual(['java'])
    await finish('java')
    expect(started).toEqual(['java', 'py'])
    await finish('py')
    await Promise.all([java, py])
  })

  it('lets the runs behind a cancelled Java run start when cores are free', async () => {
    const { runner, started, finish } = controlledRunner()
    const queue = new RunQueue(runner, { concurrency: 2, perUserLimit: 10 })
    const first = queue.run('u1', request('first'))
    const controller = new AbortController()
    const java = queue.run('u2', request('java', controller.signal, 'java'))
    const next = queue.run('u3', request('next'))
    await finish('')
    expect(started).toEqual(['first'])
    controller.abort()
    await expect(java).rejects.toMatchObject({ name: 'AbortError' })
    await finish('')
    expect(started).toEqual(['first', 'next'])
    await finish('first')
    await finish('next')
    await Promise.all([first, next])
  })

  it('drops a waiting run when its signal aborts, and never starts it', async () => {
    const { runner, started, finish } = controlledRunner()
    const queue = new RunQueue(runner, { concurrency: 1 })
    const first = queue.run('u1', request('first'))
    const controller = new AbortController()
    const cancelled = queue.run('u2', request('cancelled', controller.signal))
    const third = queue.run('u3', request('third'))
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' })
    expect(queue.queued).toBe(1)
    await finish('first')
    await finish('third')
    await Promise.all([first, third])
    expect(started).toEqual(['first', 'third'])
  })

  it("rejects a user's run past their cap with a typed error, and frees the slot after", async () => {
    const { runner, finish } = controlledRunner()
    const queue = new RunQueue(runner, { concurrency: 1, perUserLimit: 2 })
    const one = queue.run('alice', request('one'))
    const two = queue.run('alice', request('two'))
    await expect(queue.run('alice', request('three'))).rejects.toBeInstanceOf(RunQueueFullError)
    // Another user is not held back by Alice's cap.
    const bob = queue.run('bob', request('bob'))
    await finish('one')
    await one
    const four = queue.run('alice', request('four'))
    for (const code of ['two', 'bob', 'four']) await finish(code)
    await Promise.all([two, bob, four])
  })
})
