// The count of unseen mentor comments and overrides, for the nav badge: fetched on each page
// change and every minute, and updated at once when something is marked read.
import { useEffect, useState } from 'react'
import { useLocation } from 'react-router'
import { FEEDBACK_READ_EVENT, getUnreadFeedback } from '../api.ts'

const POLL_MS = 60_000

export function useUnreadFeedback(signedIn: boolean): number {
  const [unread, setUnread] = useState(0)
  const location = useLocation()

  useEffect(() => {
    if (!signedIn) return
    const controller = new AbortController()
    const load = () =>
      getUnreadFeedback(controller.signal)
        .then(setUnread)
        .catch(() => undefined)
    void load()
    const timer = setInterval(() => void load(), POLL_MS)
    const onRead = (event: Event) => {
      if (event instanceof CustomEvent && typeof event.detail === 'number') setUnread(event.detail)
    }
    window.addEventListener(FEEDBACK_READ_EVENT, onRead)
    return () => {
      controller.abort()
      clearInterval(timer)
      window.removeEventListener(FEEDBACK_READ_EVENT, onRead)
    }
  }, [signedIn, location.pathname])

  return signedIn ? unread : 0
}
