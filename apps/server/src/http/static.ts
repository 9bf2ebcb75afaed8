// Serves the built web app (one process, one port): hashed assets cached, index.html for SPA routes.
import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'

export function mountWebApp(app: Hono<AppEnv>, distDir: string): boolean {
  const indexFile = path.join(distDir, 'index.html')
  if (!fs.existsSync(indexFile)) return false
  const root = path.relative(process.cwd(), distDir) || '.'
  app.use(
    '/assets/*',
    async (c, next) => {
      await next()
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable')
    },
    serveStatic({ root }),
  )
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next()
    return serveStatic({ root })(c, next)
  })
  const index = fs.readFileSync(indexFile, 'utf8')
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound()
    c.header('Cache-Control', 'no-cache')
    return c.html(index)
  })
  return true
}
