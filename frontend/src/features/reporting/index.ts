// What other features may use of the reporting cycle: realizations and their workflow.
export { getRealizations, useRealizations } from './api/get-realizations';
export type { Realization, RealizationStatus } from './api/types';
export {
  reopenRealization,
  returnRealization,
  saveRealization,
  submitPeriod,
  verifyRealization,
} from './api/write-realizations';
