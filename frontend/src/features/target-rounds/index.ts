// What other features may use of target setting: the rounds and their proposals.
export { useTargetProposals, useTargetRound, useTargetRounds } from './api/target-rounds';
