// Expert detail, fetched on demand (the first time the Expert panel shows): the panel with its
// styles and words, and the detail planner (every protocol line, header field and mailbox state).
export { Details } from '../view/details/Details';
export { planWithDetail } from '../model/detail';
