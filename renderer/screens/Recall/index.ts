/** The recall list (`#/recall`): families due or overdue for a follow-up, with their phone numbers. */
export { RecallScreen } from './RecallScreen';
