import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy and waitFor give up after one second by default; on a busy CI
// machine a debounced search plus a request and a table render can take
// longer. Waiting longer only slows down tests that fail anyway.
configure({ asyncUtilTimeout: 5000 });

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
