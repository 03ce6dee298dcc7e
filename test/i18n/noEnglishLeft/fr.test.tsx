// No English sentence left on screen in French (the sweep: sweep.tsx).
import { noEnglishLeftIn } from './sweep';

noEnglishLeftIn('fr');
