export { DataSourceSection } from './DataSourceSection';
export { FirstRunChoice } from './FirstRunChoice';
export { ServerSignInNotice } from './ServerSignInNotice';
