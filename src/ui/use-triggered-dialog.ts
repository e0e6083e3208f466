import { type RefObject, useCallback, useRef, useState } from 'react'

/** The dialog open now: which kind, opened from which item's control, and a key new for each opening. */
export interface OpenedDialog<Kind extends string, Item> {
  readonly kind: Kind
  readonly id: string
  readonly item: Item
  readonly key: number
}

/**
 * One dialog at a time opened from a list's controls, and focus back where it belongs when it
 * closes: to the control that opened it (each control registers itself by kind and item id), or to
 * `fallback` when that control is gone (a fully upgraded row loses its info icon).
 */
export function useTriggeredDialog<Kind extends string, Item>(fallback: RefObject<HTMLElement | null>) {
  const [opened, setOpened] = useState<OpenedDialog<Kind, Item> | null>(null)
  const triggers = useRef(new Map<string, HTMLElement>())
  const openings = useRef(0)
  const registerTrigger = useCallback((id: string, kind: Kind, element: HTMLElement | null) => {
    const key = `${kind}:${id}`
    if (element) triggers.current.set(key, element)
    else triggers.current.delete(key)
  }, [])
  const open = useCallback((kind: Kind, id: string, item: Item) => {
    openings.current += 1
    setOpened({ kind, id, item, key: openings.current })
  }, [])
  const close = useCallback(() => setOpened(null), [])
  const onOpenChange = useCallback((isOpen: boolean) => {
    if (!isOpen) setOpened(null)
  }, [])
  const returnFocus = useCallback(
    () => (opened ? triggers.current.get(`${opened.kind}:${opened.id}`) : undefined) ?? fallback.current,
    [opened, fallback],
  )
  return { opened, open, close, onOpenChange, registerTrigger, returnFocus }
}
