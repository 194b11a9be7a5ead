// What other features may use of the programme and indicator catalogue.
export { useIndicators } from './api/get-indicators';
export { usePrograms } from './api/get-programs';
export type { Indicator, Program } from './api/types';
