import '@testing-library/jest-dom';

// The jest environment of the Backstage CLI already provides fetch, streams
// and TextEncoder for msw 2. jsdom lacks ResizeObserver, which recharts'
// ResponsiveContainer needs; a no-op stand-in is enough for tests.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as any).ResizeObserver = ResizeObserverStub;
  (globalThis as any).ResizeObserver = ResizeObserverStub;
}
