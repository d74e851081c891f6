/** The diary (`#/diary`): day and week views, booking, moving, marking and cancelling visits. */
export { DiaryScreen } from './DiaryScreen';
