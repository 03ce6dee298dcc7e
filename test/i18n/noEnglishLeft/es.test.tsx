// No English sentence left on screen in Spanish (the sweep: sweep.tsx).
import { noEnglishLeftIn } from './sweep';

noEnglishLeftIn('es');
