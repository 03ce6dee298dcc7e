// Registers the English words of the parts loaded after the first screen (the journey's and the
// Expert detail's); imported by those parts (details, checkpoint card, recap, dialogs), so the words
// are in as soon as the part that shows them is.
import { addStrings } from './index';
import { enDetail } from './en/detail';
import { enJourney } from './en/journey';

addStrings('en', { ...enJourney, ...enDetail });
