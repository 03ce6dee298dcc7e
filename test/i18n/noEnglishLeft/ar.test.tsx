// No English sentence left on screen in Arabic (the sweep: sweep.tsx).
import { noEnglishLeftIn } from './sweep';

noEnglishLeftIn('ar');
