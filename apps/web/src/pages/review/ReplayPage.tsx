// Replay of a candidate's session for a mentor: scrub the timeline, read the code at any moment
// with its latest change marked, follow runs and assistant exchanges, comment, and override.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { Comment, PracticeSession, ScoreOverride, ScoreReport } from '@pairwise/shared'
import {
  getScoreWithOverrides,
  getSession,
  getTranscript,
  listComments,
  markFeedbackRead,
} from '../../api.ts'
import { PageLoading } from '../../components/PageLoading.tsx'
import { RequireRole } from '../../components/review/RequireRole.tsx'
import { CommentList } from '../../components/review/CommentList.tsx'
import { ShareButton } from '../../components/review/ShareButton.tsx'
import { useAuth } from '../../hooks/use-auth.ts'
import { ActivityFeed } from '../../components/review/ActivityFeed.tsx'
import { CodeAtMoment } from '../../components/review/CodeAtMoment.tsx'
import { CommentComposer } from '../../components/review/CommentComposer.tsx'
import { CommentItems } from '../../components/review/CommentItems.tsx'
import { lineChange } from '../../components/review/line-diff.ts'
import { OverrideForm } from '../../components/review/OverrideForm.tsx'
import { buildMoments } from '../../components/review/replay-model.ts'
import type { Moment } from '../../components/review/replay-model.ts'
import { ReviewScore } from '../../components/review/ReviewScore.tsx'
import { Scrubber } from '../../components/review/Scrubber.tsx'
import { LANGUAGE_LABELS } from '../../lib/labels.ts'
import '../../styles/review.css'

interface Loaded {
  session: PracticeSession
  moments: Moment[]
  score: ScoreReport | null
  overrides: ScoreOverride[]
  comments: Comment[]
}

function Replay() {
  const { id = '' } = useParams()
  // Candidates read their own session here (the server decides who may see it); only
  // reviewers get the comment and override forms.
  const reviewer = useAuth().user?.role !== 'candidate'
  const [search, setSearch] = useSearchParams()
  const [data, setData] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pinnedLine, setPinnedLine] = useState<number | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    Promise.all([
      getSession(id, signal),
      getTranscript(id, signal),
      getScoreWithOverrides(id, signal),
      listComments(id, signal),
    ])
      .then(([session, transcript, scored, comments]) => {
        setData({
          session,
          moments: buildMoments(transcript.events),
          score: scored.score,
          overrides: scored.overrides,
          comments,
        })
        // The candidate reading their own replay has seen its comments and overrides.
        if (!reviewer && (comments.length > 0 || scored.overrides.length > 0))
          void markFeedbackRead({ sessionId: id }).catch(() => undefined)
      })
      .catch((err: unknown) => {
        if (!signal.aborted) setError(err instanceof Error ? err.message : 'Could not load.')
      })
    return () => controller.abort()
  }, [id, reviewer])

  const moments = useMemo(() => data?.moments ?? [], [data])
  const atParam = Number(search.get('at'))
  const found = moments.findIndex((m) => m.event.seq === atParam)
  const index = found >= 0 ? found : Math.max(0, moments.length - 1)
  const moment = moments[index]

  const select = useCallback(
    (next: number) => {
      const seq = moments[next]?.event.seq
      if (seq === undefined) return
      setSearch(
        (prev) => {
          const params = new URLSearchParams(prev)
          params.set('at', String(seq))
          return params
        },
        { replace: true },
      )
    },
    [moments, setSearch],
  )
  // A comment's moment shows its code, with the line it was pinned to marked in that code.
  const showSeq = (seq: number, line: number | null = null) => {
    const i = moments.findIndex((m) => m.event.seq === seq)
    if (i >= 0) select(i)
    setPinnedLine(line)
  }
  const codeAt = (seq: number) => moments.find((m) => m.event.seq === seq)?.code ?? null

  const change = useMemo(
    () => lineChange(moment?.previousCode ?? null, moment?.code ?? ''),
    [moment],
  )
  const commentSeqs = useMemo(
    () => new Set((data?.comments ?? []).flatMap((c) => (c.atSeq === null ? [] : [c.atSeq]))),
    [data],
  )

  if (error) {
    return (
      <div className="container">
        <div className="empty-state empty-state--inline" role="alert">
          <h1>Replay unavailable</h1>
          <p className="muted">{error}</p>
          <Link to="/review" className="btn btn--ghost">
            Back to the review queue
          </Link>
        </div>
      </div>
    )
  }
  if (!data) return <PageLoading label="Loading the session" />

  const { session } = data
  const atMoment = data.comments.filter((c) => moment && c.atSeq === moment.event.seq)
  const momentLabel = moment ? `moment ${index + 1} (#${moment.event.seq})` : 'the session'

  return (
    <div className="container replay">
      <title>{`Replay: ${session.problemTitle} · Pairwise`}</title>
      <div className="page-header">
        <p className="replay__crumbs">
          {reviewer ? (
            <Link to="/review">Review queue</Link>
          ) : (
            <Link to="/practice">My practice</Link>
          )}{' '}
          / Replay
        </p>
        <h1>{session.problemTitle}</h1>
        <p className="page-header__lede">
          {LANGUAGE_LABELS[session.language]} · {session.status} · started{' '}
          {new Date(session.createdAt).toLocaleString()}
        </p>
        {reviewer ? null : <ShareButton sessionId={session.id} />}
      </div>

      {moments.length === 0 ? (
        <p className="muted">This session has no recorded events yet.</p>
      ) : (
        <>
          <Scrubber moments={moments} index={index} onChange={select} commentSeqs={commentSeqs} />
          <div className="replay__grid">
            <div className="replay__main">
              <div className="replay__code-head">
                <h2 className="section-title">Code at this moment</h2>
                <span className="replay__change" data-testid="code-change">
                  {change.added || change.removed
                    ? `+${change.added} / −${change.removed} lines since the previous snapshot`
                    : 'No change since the previous snapshot'}
                </span>
              </div>
              <CodeAtMoment
                code={moment?.code ?? ''}
                language={session.language}
                change={change}
                pinnedLine={pinnedLine}
                onLineClick={setPinnedLine}
              />
              {reviewer ? (
                <CommentComposer
                  sessionId={session.id}
                  atSeq={moment?.event.seq ?? null}
                  momentLabel={momentLabel}
                  line={pinnedLine}
                  onClearLine={() => setPinnedLine(null)}
                  onAdded={(comment) =>
                    setData((d) => (d ? { ...d, comments: [...d.comments, comment] } : d))
                  }
                />
              ) : null}
              {atMoment.length ? (
                <section aria-label="Comments at this moment">
                  <CommentItems comments={atMoment} codeAt={codeAt} />
                </section>
              ) : null}
            </div>
            <ActivityFeed
              moments={moments}
              index={index}
              onSelect={select}
              commentSeqs={commentSeqs}
            />
          </div>
        </>
      )}

      <div className="replay__review">
        <section aria-labelledby="explanation-title" className="replay__explanation">
          <h2 id="explanation-title" className="section-title">
            Explanation
          </h2>
          {session.explanation.trim() ? (
            <p className="replay__explanation-text">{session.explanation}</p>
          ) : (
            <p className="muted">The candidate has not written an explanation.</p>
          )}
          {reviewer ? (
            <section aria-labelledby="all-comments-title">
              <h2 id="all-comments-title" className="section-title">
                All comments ({data.comments.length})
              </h2>
              {data.comments.length ? (
                <CommentItems comments={data.comments} onShowMoment={showSeq} codeAt={codeAt} />
              ) : (
                <p className="muted">No comments yet.</p>
              )}
            </section>
          ) : (
            <CommentList sessionId={session.id} onShowMoment={showSeq} />
          )}
        </section>
        <div className="replay__score">
          {data.score ? (
            <>
              <ReviewScore report={data.score} overrides={data.overrides} />
              {reviewer ? (
                <OverrideForm
                  sessionId={session.id}
                  automaticTotal={data.score.total}
                  criteria={data.score.criteria}
                  onOverridden={(override) =>
                    setData((d) => (d ? { ...d, overrides: [...d.overrides, override] } : d))
                  }
                />
              ) : null}
            </>
          ) : (
            <p className="muted">This session has not been scored yet.</p>
          )}
        </div>
      </div>
    </div>
  )
}

export default function ReplayPage() {
  return (
    <RequireRole roles={['candidate', 'mentor', 'instructor']} what="session replay">
      <Replay />
    </RequireRole>
  )
}
