// The Pairwise mark: two overlapping rings, one candidate and one assistant.
export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg
      className="logo"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="var(--accent-solid)" />
      <circle cx="12" cy="16" r="5.5" fill="none" stroke="#fff" strokeWidth="2.5" />
      <circle cx="20" cy="16" r="5.5" fill="none" stroke="#fff" strokeWidth="2.5" opacity="0.75" />
    </svg>
  )
}
