// What other features may use of the regions feature.
export { getRegion, useRegion } from './api/get-region';
export { getRegions, type Region, REGION_LEVELS, type RegionLevel, useRegions } from './api/get-regions';
