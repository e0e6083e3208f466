/** A name inside a sentence, bidi-isolated (FSI … PDI): a right-to-left name can't reorder the words around it. */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`
}
