// A problem statement: Markdown with $…$ math. Raw HTML in it is shown as text, never run.
import Markdown from 'react-markdown'
import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'
import { remarkDisplayMath } from '../../lib/remark-display-math.ts'
import 'katex/dist/katex.min.css'

const remarkPlugins = [remarkMath, remarkDisplayMath]
const rehypePlugins = [rehypeKatex]

export function Statement({ markdown }: { markdown: string }) {
  return (
    <div className="prose">
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins}>
        {markdown}
      </Markdown>
    </div>
  )
}
