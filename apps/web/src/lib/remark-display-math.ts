// Renders `$$…$$` written on one line as display math, the way TeX does; remark-math alone only
// treats `$$` as display when the fences stand on their own lines, and problem statements do not.

interface MarkdownNode {
  type: string
  children?: MarkdownNode[]
  position?: { start: { offset?: number } }
  data?: { hProperties?: Record<string, unknown> }
}

export function remarkDisplayMath() {
  return (tree: MarkdownNode, file: { value: unknown }) => {
    const source = String(file.value)
    const visit = (node: MarkdownNode) => {
      const offset = node.position?.start.offset
      if (node.type === 'inlineMath' && offset !== undefined && source.startsWith('$$', offset)) {
        // rehype-katex renders an element with the class math-display in display mode.
        node.data = { ...node.data, hProperties: { className: ['language-math', 'math-display'] } }
      }
      node.children?.forEach(visit)
    }
    visit(tree)
  }
}
