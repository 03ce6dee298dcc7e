// The SCORM package's page script: plays the lesson and, when the LMS's API is found, reports to it.
// Without an LMS the lesson simply plays, as the app always does.
import { playLesson } from './lesson';
import { findScorm12Api, startScorm12 } from './scorm12';
import { readLessonSettings } from './settings';

const container = document.getElementById('lesson');
if (container) {
  const settings = readLessonSettings(container.getAttribute('data-lesson') ?? '');
  const api = findScorm12Api();
  let session: ReturnType<typeof startScorm12> | null = null;
  try {
    session = api ? startScorm12(api) : null;
  } catch (error) {
    // An LMS whose API fails must not cost the learner the lesson: it plays, unreported.
    console.warn('Email Journey: the learning platform did not answer; this lesson is not being recorded.', error);
  }
  playLesson(container, settings, session?.resumed ?? null, session?.report ?? {});
  if (session) {
    // pagehide also fires when the LMS removes the frame; the session ends once either way.
    window.addEventListener('pagehide', session.leave);
    window.addEventListener('beforeunload', session.leave);
  }
}
