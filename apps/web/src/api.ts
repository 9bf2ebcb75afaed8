// The typed client for the Pairwise API: the only modules in the web app that know URLs are
// this one and the files of api/ it gathers, one per part of the API.
export { ApiError, call, errorFromBody } from './api/client.ts'
export * from './api/accounts.ts'
export * from './api/sessions.ts'
export * from './api/review.ts'
export * from './api/authoring.ts'
export * from './api/sets.ts'
export * from './api/admin.ts'
export * from './api/invitations.ts'
export * from './api/feedback.ts'
