import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';

/**
 * Returns the URL when it is an absolute `http:` or `https:` URL, otherwise
 * `undefined`. URLs from config and annotations go through this before they
 * become links, so `javascript:`, `data:` and the like are never clickable.
 */
export function safeHttpUrl(
  url: string | null | undefined,
): string | undefined {
  if (typeof url !== 'string') {
    return undefined;
  }
  const trimmed = url.trim();
  if (!trimmed) {
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return undefined;
  }
  return parsed.href;
}

/**
 * A link to an untrusted URL: rendered as a link only for `http:` and
 * `https:`, as plain text otherwise.
 */
export function SafeLink(props: {
  url?: string | null;
  children?: ReactNode;
  className?: string;
}) {
  const { url, children, className } = props;
  const href = safeHttpUrl(url);
  const label = children ?? url;
  if (!href) {
    return <span className={className}>{label}</span>;
  }
  return (
    <Link to={href} className={className} externalLinkIcon>
      {label}
    </Link>
  );
}
