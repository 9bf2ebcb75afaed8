// The list of areas a problem covers.
import { AREA_LABELS } from '@pairwise/shared'
import type { Area } from '@pairwise/shared'

export function AreaTags({ areas, label = 'Areas' }: { areas: Area[]; label?: string }) {
  return (
    <ul className="tags" aria-label={label}>
      {areas.map((area) => (
        <li key={area} className="tag">
          {AREA_LABELS[area]}
        </li>
      ))}
    </ul>
  )
}
