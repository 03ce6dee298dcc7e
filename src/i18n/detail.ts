// Registers the later parts' English strings; imported by those parts, so it loads with them.
import { addStrings } from './index';
import { enCheckpoints } from './en-checkpoints';
import { enDetail } from './en-detail';

addStrings('en', { ...enDetail, ...enCheckpoints });
