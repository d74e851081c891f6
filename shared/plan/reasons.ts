// Moved to shared/contract/plan-reasons.ts: the contract types the plan channels with it, and
// shared/plan imports shared/contract, never the reverse (scripts/check-structure.ts).
export * from '../contract/plan-reasons';
