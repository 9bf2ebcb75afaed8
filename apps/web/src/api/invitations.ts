// Cohort invitations as the invited person sees them: answer them, and leave a cohort.
import { parseResponse } from 'hono/client'
import { call, client, param, withSignal } from './client.ts'

/** Pending invitations for the signed-in user's email, and the cohorts they belong to. */
export async function listInvitations(signal?: AbortSignal) {
  return call(parseResponse(client.api.invitations.$get({}, withSignal(signal))))
}
export type Inbox = Awaited<ReturnType<typeof listInvitations>>

export async function answerInvitation(id: string, accept: boolean) {
  const route = client.api.invitations[':id']
  const request = accept
    ? route.accept.$post({ param: param(id) })
    : route.decline.$post({ param: param(id) })
  return call(parseResponse(request))
}

export async function leaveCohort(cohortId: string) {
  return call(
    parseResponse(
      client.api.invitations.memberships[':cohortId'].$delete({
        param: { cohortId: encodeURIComponent(cohortId) },
      }),
    ),
  )
}
