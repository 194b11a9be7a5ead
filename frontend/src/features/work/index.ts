// What the app shell may use of the work feature: the home page's list of work.
export { WorkList } from './components/work-list';
