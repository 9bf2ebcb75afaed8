// The centred card that holds the sign-up and log-in forms.
import type { ReactNode } from 'react'
import { Logo } from './Logo.tsx'

export function AuthCard({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string
  subtitle: string
  children: ReactNode
  footer: ReactNode
}) {
  return (
    <div className="auth-page">
      <section className="auth-card" aria-labelledby="auth-title">
        <Logo size={36} />
        <h1 id="auth-title" className="auth-card__title">
          {title}
        </h1>
        <p className="auth-card__subtitle">{subtitle}</p>
        {children}
      </section>
      <p className="auth-page__footer">{footer}</p>
    </div>
  )
}
