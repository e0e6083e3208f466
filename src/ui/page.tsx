import { type ReactNode, type Ref, useId } from 'react'

/**
 * A page of the app: a region named by its heading. The heading can take focus from script only
 * (tabIndex -1), so that a page or a step of it opens with the keyboard and the screen reader at
 * its start; `headingRef` is how its owner moves focus there.
 */
export function Page({
  title,
  headingRef,
  children,
}: {
  title: ReactNode
  headingRef?: Ref<HTMLHeadingElement>
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section className="page" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  )
}
