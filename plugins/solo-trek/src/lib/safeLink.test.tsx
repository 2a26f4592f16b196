import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { SafeLink, safeHttpUrl } from './safeLink';

// Script URLs are the very thing under test; they are never executed.
/* eslint-disable no-script-url */

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com/golden-path', 'https://example.com/golden-path'],
    ['http://wiki.internal/runbooks', 'http://wiki.internal/runbooks'],
    ['  HTTPS://Example.com/x  ', 'https://example.com/x'],
  ])('keeps %s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['  javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['mailto:platform@example.com'],
    ['/relative/path'],
    ['example.com'],
    [''],
  ])('rejects %s', input => {
    expect(safeHttpUrl(input)).toBeUndefined();
  });

  it('rejects missing values', () => {
    expect(safeHttpUrl(undefined)).toBeUndefined();
    expect(safeHttpUrl(null)).toBeUndefined();
  });
});

describe('SafeLink', () => {
  it('renders http(s) URLs as links', async () => {
    await renderInTestApp(
      <SafeLink url="https://example.com/fix">How to fix</SafeLink>,
    );
    const link = screen.getByRole('link', { name: /How to fix/ });
    expect(link).toHaveAttribute('href', 'https://example.com/fix');
  });

  it('renders javascript: URLs as plain text, never as a link', async () => {
    await renderInTestApp(
      <SafeLink url="javascript:alert(1)">How to fix</SafeLink>,
    );
    expect(screen.getByText('How to fix')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(document.querySelector('a')).toBeNull();
  });

  it('shows the URL itself as text when there is no label', async () => {
    await renderInTestApp(<SafeLink url="data:text/html,hi" />);
    expect(screen.getByText('data:text/html,hi')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
