// Authoring problems: drafts, validation and publishing.
import { parseResponse } from 'hono/client'
import { call, client, withSignal } from './client.ts'

const authorRoute = client.api.author.problems
const slugParam = (slug: string) => ({ slug: encodeURIComponent(slug) })

export async function listAuthoredProblems(signal?: AbortSignal) {
  const { problems } = await call(parseResponse(authorRoute.$get({}, withSignal(signal))))
  return problems
}
export type AuthoredSummary = Awaited<ReturnType<typeof listAuthoredProblems>>[number]

export async function getAuthoredProblem(slug: string, signal?: AbortSignal) {
  const { problem } = await call(
    parseResponse(authorRoute[':slug'].$get({ param: slugParam(slug) }, withSignal(signal))),
  )
  return problem
}
export type AuthoredProblem = Awaited<ReturnType<typeof getAuthoredProblem>>

export async function createAuthoredProblem(slug: string, files: Record<string, string>) {
  const { problem } = await call(parseResponse(authorRoute.$post({ json: { slug, files } })))
  return problem
}

export async function saveAuthoredProblem(slug: string, files: Record<string, string>) {
  const { problem } = await call(
    parseResponse(authorRoute[':slug'].$put({ param: slugParam(slug), json: { files } })),
  )
  return problem
}

export async function validateAuthoredProblem(slug: string) {
  const { validation } = await call(
    parseResponse(authorRoute[':slug'].validate.$post({ param: slugParam(slug) })),
  )
  return validation
}
export type ValidationReport = Awaited<ReturnType<typeof validateAuthoredProblem>>

export async function publishAuthoredProblem(slug: string): Promise<void> {
  await call(parseResponse(authorRoute[':slug'].publish.$post({ param: slugParam(slug) })))
}
