// What other features may use of the evaluation cycle: a region's open findings.
export { RegionEvaluationPanel } from './components/region-evaluation-panel';
export { RegionEvaluationPicker } from './components/region-evaluation-picker';
