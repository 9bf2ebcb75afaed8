// Problem sets: an ordered list of problems with an assistant policy and score weights.
import { randomUUID } from 'node:crypto'
import type { AssistantPolicy, ProblemSummary, PublicUser, ScoreWeights } from '@pairwise/shared'
import type { Db } from '../db/connect.ts'
import { AppError } from '../http/errors.ts'

export interface ProblemSetView {
  id: string
  title: string
  assistant: AssistantPolicy | null
  weights: ScoreWeights | null
  published: boolean
  postingId: string | null
  /** The cohort the set is assigned to; null for a set open to every user once published. */
  cohort: { id: string; name: string } | null
  owner: { id: string; name: string }
  problems: ProblemSummary[]
  createdAt: string
  updatedAt: string
}

export interface ProblemSetInput {
  title: string
  problemSlugs: string[]
  assistant?: AssistantPolicy | undefined
  weights?: ScoreWeights | undefined
  postingId?: string | undefined
  cohortId?: string | null | undefined
}

/** A cohort may be named only by the instructor who runs it (or an admin). */
async function assertCohortManaged(db: Db, owner: PublicUser, cohortId: string | null | undefined) {
  if (!cohortId) return
  let q = db.selectFrom('cohorts').select('id').where('id', '=', cohortId)
  if (owner.role !== 'admin') q = q.where('created_by', '=', owner.id)
  if (!(await q.executeTakeFirst()))
    throw new AppError(400, 'unknown_cohort', 'No such cohort of yours.')
}

async function assertProblemsExist(db: Db, slugs: string[]) {
  if (new Set(slugs).size !== slugs.length) {
    throw new AppError(400, 'duplicate_problem', 'A problem appears twice in the set.')
  }
  const found = await db
    .selectFrom('problems')
    .select('slug')
    .where('slug', 'in', slugs)
    .where('published', '=', 1)
    .execute()
  const missing = slugs.filter((s) => !found.some((f) => f.slug === s))
  if (missing.length) {
    throw new AppError(400, 'unknown_problem', `No published problem named ${missing.join(', ')}.`)
  }
}

export async function createProblemSet(
  db: Db,
  owner: PublicUser,
  input: ProblemSetInput,
): Promise<string> {
  await assertProblemsExist(db, input.problemSlugs)
  await assertCohortManaged(db, owner, input.cohortId)
  if (input.postingId) {
    let q = db.selectFrom('postings').select('id').where('id', '=', input.postingId)
    if (owner.role !== 'admin') q = q.where('created_by', '=', owner.id)
    if (!(await q.executeTakeFirst()))
      throw new AppError(400, 'unknown_posting', 'No such posting of yours.')
  }
  const id = randomUUID()
  const now = new Date().toISOString()
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('problem_sets')
      .values({
        id,
        title: input.title,
        created_by: owner.id,
        assistant: input.assistant ?? null,
        weights: input.weights ? JSON.stringify(input.weights) : null,
        posting_id: input.postingId ?? null,
        cohort_id: input.cohortId ?? null,
        published: 0,
        created_at: now,
        updated_at: now,
      })
      .execute()
    await trx
      .insertInto('problem_set_items')
      .values(
        input.problemSlugs.map((slug, position) => ({ set_id: id, position, problem_slug: slug })),
      )
      .execute()
  })
  return id
}

export async function updateProblemSet(
  db: Db,
  editor: PublicUser,
  id: string,
  input: ProblemSetInput,
): Promise<void> {
  await assertProblemsExist(db, input.problemSlugs)
  await assertCohortManaged(db, editor, input.cohortId)
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('problem_sets')
      .set({
        title: input.title,
        assistant: input.assistant ?? null,
        weights: input.weights ? JSON.stringify(input.weights) : null,
        // Left out of the body: the assignment stays as it was.
        ...(input.cohortId !== undefined ? { cohort_id: input.cohortId } : {}),
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .execute()
    await trx.deleteFrom('problem_set_items').where('set_id', '=', id).execute()
    await trx
      .insertInto('problem_set_items')
      .values(
        input.problemSlugs.map((slug, position) => ({ set_id: id, position, problem_slug: slug })),
      )
      .execute()
  })
}

/**
 * Sets this user may see: their own (any state), published sets open to everyone, and published
 * sets of a cohort they belong to or run; admins see all.
 */
export async function listProblemSets(
  db: Db,
  user: PublicUser,
  id?: string,
): Promise<ProblemSetView[]> {
  let q = db
    .selectFrom('problem_sets')
    .innerJoin('users', 'users.id', 'problem_sets.created_by')
    .leftJoin('cohorts', 'cohorts.id', 'problem_sets.cohort_id')
    .selectAll('problem_sets')
    .select(['users.name as owner_name', 'cohorts.name as cohort_name'])
    .orderBy('problem_sets.created_at', 'desc')
  if (id) q = q.where('problem_sets.id', '=', id)
  if (user.role !== 'admin') {
    q = q.where((eb) =>
      eb.or([
        eb('problem_sets.created_by', '=', user.id),
        eb.and([
          eb('problem_sets.published', '=', 1),
          eb.or([
            eb('problem_sets.cohort_id', 'is', null),
            eb('cohorts.created_by', '=', user.id),
            eb.exists(
              eb
                .selectFrom('cohort_members')
                .select('cohort_members.cohort_id')
                .whereRef('cohort_members.cohort_id', '=', 'problem_sets.cohort_id')
                .where('cohort_members.user_id', '=', user.id),
            ),
          ]),
        ]),
      ]),
    )
  }
  const sets = await q.execute()
  if (!sets.length) return []
  const items = await db
    .selectFrom('problem_set_items')
    .innerJoin('problems', 'problems.slug', 'problem_set_items.problem_slug')
    .select([
      'problem_set_items.set_id',
      'problem_set_items.position',
      'problems.slug',
      'problems.title',
      'problems.areas',
      'problems.difficulty',
      'problems.languages',
    ])
    .where(
      'problem_set_items.set_id',
      'in',
      sets.map((s) => s.id),
    )
    .orderBy('problem_set_items.position')
    .execute()
  return sets.map((s) => ({
    id: s.id,
    title: s.title,
    assistant: s.assistant,
    weights: s.weights ? (JSON.parse(s.weights) as ScoreWeights) : null,
    published: Number(s.published) === 1,
    postingId: s.posting_id,
    cohort: s.cohort_id && s.cohort_name ? { id: s.cohort_id, name: s.cohort_name } : null,
    owner: { id: s.created_by, name: s.owner_name },
    problems: items
      .filter((i) => i.set_id === s.id)
      .map((i) => ({
        slug: i.slug,
        title: i.title,
        areas: JSON.parse(i.areas) as ProblemSummary['areas'],
        difficulty: i.difficulty,
        languages: JSON.parse(i.languages) as ProblemSummary['languages'],
      })),
    createdAt: s.created_at,
    updatedAt: s.updated_at,
  }))
}

/** The assistant policy of a session: its problem set's, when the set names one, else the problem's. */
export async function policyForSession(
  db: Db,
  session: { problem_set_id: string | null },
  problemPolicy: AssistantPolicy,
): Promise<AssistantPolicy> {
  if (!session.problem_set_id) return problemPolicy
  const set = await db
    .selectFrom('problem_sets')
    .select('assistant')
    .where('id', '=', session.problem_set_id)
    .executeTakeFirst()
  return set?.assistant ?? problemPolicy
}
