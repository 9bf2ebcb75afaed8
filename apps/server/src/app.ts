// buildApp(deps): the whole HTTP surface as one Hono app, testable in-process with app.request().
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppDeps, AppEnv } from './app-env.ts'
import { loadUser } from './auth/middleware.ts'
import { pingDatabase } from './db/connect.ts'
import { AppError, errorBody, handleError } from './http/errors.ts'
import { allowedHosts, hostCheck } from './http/host-check.ts'
import { originCheck } from './http/origin-check.ts'
import { securityHeaders } from './http/security-headers.ts'
import { mountWebApp } from './http/static.ts'
import { admin } from './routes/admin.ts'
import { feedback } from './routes/feedback.ts'
import { assistant } from './routes/assistant.ts'
import { auth } from './routes/auth.ts'
import { author } from './routes/author.ts'
import { cohorts } from './routes/cohorts.ts'
import { invitations } from './routes/invitations.ts'
import { review, sessionReview, shares } from './routes/review.ts'
import { postings } from './routes/postings.ts'
import { problemSets } from './routes/problem-sets.ts'
import { problems } from './routes/problems.ts'
import { runs } from './routes/runs.ts'
import { scores } from './routes/scores.ts'
import { sessions } from './routes/sessions.ts'

export type { AppDeps } from './app-env.ts'

/** Bodies past this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024

export interface BuildOptions {
  /** Serve the built web app from config.webDist (on in production, off in API tests). */
  serveWeb?: boolean
}

function apiRoutes() {
  return new Hono<AppEnv>()
    .get('/health', async (c) => {
      try {
        await pingDatabase(c.var.deps.db)
      } catch (err) {
        c.var.deps.log.error({ err }, 'health check: database unreachable')
        return c.json(errorBody('database_unavailable', 'The database is not answering.'), 503)
      }
      return c.json({ status: 'ok' as const }, 200)
    })
    .route('/auth', auth)
    .route('/problems', problems)
    .route('/sessions', sessions)
    .route('/sessions', runs)
    .route('/sessions', assistant)
    .route('/sessions', sessionReview)
    .route('/sessions', scores)
    .route('/cohorts', cohorts)
    .route('/invitations', invitations)
    .route('/review', review)
    .route('/shares', shares)
    .route('/problem-sets', problemSets)
    .route('/author', author)
    .route('/postings', postings)
    .route('/admin', admin)
    .route('/feedback', feedback)
}

export function buildApp(deps: AppDeps, options: BuildOptions = {}) {
  const app = new Hono<AppEnv>()
  app.use(securityHeaders())
  app.use(
    hostCheck(
      allowedHosts({
        host: deps.config.host,
        publicOrigin: deps.config.publicOrigin,
        extra: deps.config.allowedHosts,
      }),
    ),
  )
  app.use(async (c, next) => {
    c.set('deps', deps)
    if (!deps.log.isLevelEnabled('debug')) return next()
    const started = performance.now()
    await next()
    if (c.req.path.startsWith('/api/')) {
      deps.log.debug(
        {
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: performance.now() - started,
        },
        'request',
      )
    }
  })
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new AppError(
        413,
        'payload_too_large',
        `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`,
      )
    },
  })
  const checkOrigin = originCheck(deps.config.publicOrigin)
  app.use('/api/*', async (c, next) => {
    // Reads carry no body and change nothing, so they skip the body limit and the CSRF check.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    return limitBody(c, async () => {
      await checkOrigin(c, next)
    })
  })
  app.use('/api/*', loadUser)
  const routes = app.route('/api', apiRoutes())
  app.notFound((c) =>
    c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404),
  )
  app.onError(handleError(deps.log))
  if (options.serveWeb) mountWebApp(app, deps.config.webDist)
  return routes
}

export type AppType = ReturnType<typeof buildApp>
