import { useState } from 'react';

let counter = 0;

/** A stable id for label/aria wiring; works on React 16 and 17 as well. */
export function useUniqueId(prefix: string): string {
  const [id] = useState(() => {
    counter += 1;
    return `${prefix}-${counter}`;
  });
  return id;
}
