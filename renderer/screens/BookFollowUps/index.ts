/**
 * Book follow-ups (`#/children/:id/book`) and the two pieces for the child screen:
 * `<BookFollowUpsButton childId />` and `<ChildVisits childId />`.
 */
export { BookFollowUpsScreen } from './BookFollowUpsScreen';
export { BookFollowUpsButton } from './BookFollowUpsButton';
export { ChildVisits } from './ChildVisits';
export { CardActions } from './CardActions';
