// What other features may use of imports and exports: the CSV download button.
export { ExportButton } from './components/export-button';
export { saveFile } from './components/save-file';
