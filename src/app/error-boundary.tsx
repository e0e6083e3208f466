import { Component, type ErrorInfo, type ReactNode } from 'react'

/** Keeps the rest of the app usable when one route throws while rendering. */
export class RouteErrorBoundary extends Component<
  { fallback: (error: unknown, reset: () => void) => ReactNode; children: ReactNode; resetKey?: string },
  { error: unknown; resetKey?: string }
> {
  override state: { error: unknown; resetKey?: string } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  static getDerivedStateFromProps(props: { resetKey?: string }, state: { error: unknown; resetKey?: string }) {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey }
    return null
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('A page failed to render', error, info.componentStack)
  }

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }))
    return this.props.children
  }
}
