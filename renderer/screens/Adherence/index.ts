/** What the family reported on the returned calendar pages: the entry screen and what others show of it. */
export { CourseReturnScreen } from './CourseReturnScreen';
export { EnterCalendarDialog } from './EnterCalendarDialog';
export { courseShortText, courseStatusText } from './status-text';
export { itemName, percentText, type SheetItem } from './figures';
