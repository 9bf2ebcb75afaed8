// A live region for a form's error: screen readers announce the message when it appears.
export function FormError({ message }: { message: string | null }) {
  return (
    <div className="form-error" role="alert" aria-live="assertive">
      {message ? (
        <>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path
              d="M8 4.5v4.2M8 10.8v.2"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
          </svg>
          <span>{message}</span>
        </>
      ) : null}
    </div>
  )
}
