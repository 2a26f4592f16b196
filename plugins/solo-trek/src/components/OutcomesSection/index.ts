export { OutcomesSection } from './OutcomesSection';
