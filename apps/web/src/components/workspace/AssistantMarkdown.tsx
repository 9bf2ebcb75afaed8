// An assistant reply as Markdown: raw HTML stays text, unsafe link targets are dropped by
// react-markdown's default urlTransform, and each code block can be inserted at the cursor.
import Markdown from 'react-markdown'
import type { Components } from 'react-markdown'
import rehypeKatex from 'rehype-katex'
import remarkMath from 'remark-math'
// .prose lives with the problem statement's styles; the replay shows replies without them.
import '../../styles/problem.css'

const remarkPlugins = [remarkMath]
const rehypePlugins = [rehypeKatex]

interface HastNode {
  type: string
  value?: string
  tagName?: string
  properties?: { className?: unknown }
  children?: HastNode[]
}

function textOf(node: HastNode | undefined): string {
  if (!node) return ''
  if (node.type === 'text') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}

function languageOf(node: HastNode | undefined): string | null {
  const classes = node?.properties?.className
  if (!Array.isArray(classes)) return null
  const found = classes.find((c): c is string => typeof c === 'string' && c.startsWith('language-'))
  return found ? found.slice('language-'.length) : null
}

export function AssistantMarkdown({
  text,
  onInsert,
  canInsert,
}: {
  text: string
  /** Absent where there is no editor (the replay): code blocks then have no insert button. */
  onInsert?: (code: string) => void
  canInsert?: boolean
}) {
  const components: Components = {
    pre({ node, children }) {
      const codeNode = (node as HastNode | undefined)?.children?.find((c) => c.tagName === 'code')
      const code = textOf(codeNode).replace(/\n$/, '')
      const language = languageOf(codeNode)
      return (
        <div className="chat-code">
          <div className="chat-code__bar">
            <span className="chat-code__lang">{language ?? 'code'}</span>
            {onInsert ? (
              <button
                type="button"
                className="btn btn--ghost btn--xs"
                disabled={!canInsert}
                onClick={() => onInsert(code)}
              >
                Insert at cursor
              </button>
            ) : null}
          </div>
          <pre>{children}</pre>
        </div>
      )
    },
    a({ href, children }) {
      return (
        <a href={href} target="_blank" rel="noopener noreferrer nofollow">
          {children}
        </a>
      )
    },
  }
  return (
    <div className="prose prose--chat">
      <Markdown components={components} remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins}>
        {text}
      </Markdown>
    </div>
  )
}
