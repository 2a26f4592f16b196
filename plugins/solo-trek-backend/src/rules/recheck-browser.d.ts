// recheck's pure JavaScript build has the package's own types.
declare module 'recheck/lib/browser' {
  export { check, checkSync } from 'recheck';
}
