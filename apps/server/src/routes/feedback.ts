// The candidate's inbox: mentors' comments and overrides on their sessions, and the unread count.
import { MarkFeedbackReadBody } from '@pairwise/shared'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentUser, requireUser } from '../auth/middleware.ts'
import { countUnread, listFeedback, markFeedbackRead } from '../feedback/repository.ts'
import { validate } from '../http/validate.ts'

export const feedback = new Hono<AppEnv>()
  .use(requireUser)
  .get('/', async (c) => {
    const user = currentUser(c)
    const items = await listFeedback(c.var.deps.db, user)
    return c.json({ items, unread: items.filter((i) => !i.read).length }, 200)
  })
  .get('/unread', async (c) =>
    c.json({ unread: await countUnread(c.var.deps.db, currentUser(c)) }, 200),
  )
  .post('/read', validate('json', MarkFeedbackReadBody), async (c) => {
    const user = currentUser(c)
    const marked = await markFeedbackRead(c.var.deps.db, user, c.req.valid('json'))
    return c.json({ marked, unread: await countUnread(c.var.deps.db, user) }, 200)
  })
