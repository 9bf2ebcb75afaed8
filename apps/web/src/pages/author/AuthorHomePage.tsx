// The instructor's home: their problems, cohorts and problem sets, and a way in from a posting.
import { useEffect } from 'react'
import { Link, useSearchParams } from 'react-router'
import { CohortsPanel } from '../../components/author/CohortsPanel.tsx'
import { MyProblems } from '../../components/author/MyProblems.tsx'
import { ProblemSetsPanel } from '../../components/author/ProblemSetsPanel.tsx'
import { RequireRole } from '../../components/review/RequireRole.tsx'
import '../../styles/author.css'

function AuthorHome() {
  const [search] = useSearchParams()
  const highlight = search.get('set')

  useEffect(() => {
    if (!highlight) return
    // The set list loads after this page; wait for the row before scrolling to it.
    const timer = setInterval(() => {
      const row = document.getElementById(`set-${highlight}`)
      if (row) {
        row.scrollIntoView({ block: 'center' })
        clearInterval(timer)
      }
    }, 100)
    return () => clearInterval(timer)
  }, [highlight])

  return (
    <div className="container author-home">
      <title>Author · Pairwise</title>
      <div className="page-header author-home__header">
        <div>
          <h1>Author</h1>
          <p className="page-header__lede">
            Write problems, group them into sets, and manage the cohorts your mentors review.
          </p>
        </div>
        <Link className="btn btn--ghost" to="/author/postings/new">
          Derive a set from a job posting
        </Link>
      </div>
      <div className="author-home__grid">
        <MyProblems />
        <CohortsPanel />
      </div>
      <ProblemSetsPanel highlight={highlight} />
    </div>
  )
}

export default function AuthorHomePage() {
  return (
    <RequireRole roles={['instructor']} what="authoring">
      <AuthorHome />
    </RequireRole>
  )
}
