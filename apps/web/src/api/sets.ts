// Problem sets as a candidate meets them: the visible sets, and one set with the caller's progress.
import { parseResponse } from 'hono/client'
import { call, client, param, withSignal } from './client.ts'

const setRoute = client.api['problem-sets']

export async function getProblemSet(id: string, signal?: AbortSignal) {
  return call(parseResponse(setRoute[':id'].$get({ param: param(id) }, withSignal(signal))))
}
export type ProblemSetWithProgress = Awaited<ReturnType<typeof getProblemSet>>
