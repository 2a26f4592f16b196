/**
 * Extension points for backend modules that extend Solo Trek.
 *
 * @packageDocumentation
 */
export * from './factProviders';
