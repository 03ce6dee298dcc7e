// English words of the lesson tools on the first screen (issue 16): lesson settings, the
// presentation layout and the reading pace.
export const enLesson = {
  'settings.open': 'Lesson settings',
  'settings.close': 'Close lesson settings',
  'settings.projector': 'Projector theme (high contrast)',
  'settings.checkpoints': 'Ask prediction questions',
  'settings.pace': 'Pace',
  'settings.pace.step': 'Pause after each step',
  'settings.pace.auto': 'Play on, slow enough to read',
  'settings.speed': 'Speed',
  'settings.depth': 'Detail',
  'settings.language': 'Language',
  'settings.layout': 'Presentation layout',
  'settings.link': 'Link to this lesson',
  'settings.copy': 'Copy link',
  'settings.copied': 'Link copied.',
  'layout.present': 'Present',
  'layout.leave': 'Leave presentation',
  'pace.next': 'Next',
  'pace.waiting': 'Ready? Press Next (Space or →) for the next step.',
  'pace.end': 'That was the last step.',
} as const;
