/** Prepare booklet (`#/children/:id/booklet`) and the two pieces the child screen shows. */
export { BookletScreen } from './BookletScreen';
export { BookletHistory } from './BookletHistory';
export { PrepareBookletButton } from './PrepareBookletButton';
