// The example lesson page's own words in each language it is written in. The English text is the
// page itself (lesson.html, readable before any script runs); another language replaces each element
// marked `data-words="key"` with its entry here. `**bold**` and `` `code` `` are the only markup, built
// as elements (never parsed as HTML).

export const LESSON_LANGUAGES = ['en', 'de'] as const;
export type LessonLanguage = (typeof LESSON_LANGUAGES)[number];

/** The reaction lines under each picture (the page listening to the journey's events). */
export interface ReactionWords {
  notSent: string;
  onItsWay: string;
  step: (n: number, where: string, protocol: string | null) => string;
  /** The outcome (the contract's word: delivered, bounced, …) and the number of steps. */
  finished: (outcome: string, steps: number) => string;
  compared: string;
}

const EN_REACTIONS: ReactionWords = {
  notSent: 'Not sent yet.',
  onItsWay: 'On its way…',
  step: (n, where, protocol) => `Step ${n}: now at ${where}${protocol ? ` (${protocol})` : ''}.`,
  finished: (outcome, steps) => `Finished: ${outcome} after ${steps} steps.`,
  compared: 'You ran both. The same-domain message never needed DNS, the outgoing relay or the Internet hop.',
};

const DE_OUTCOMES: Readonly<Record<string, string>> = {
  delivered: 'zugestellt',
  bounced: 'zurückgeschickt',
  rejected: 'abgelehnt',
  deferred: 'aufgeschoben',
  quarantined: 'im Junk-Ordner zugestellt',
};

const DE_REACTIONS: ReactionWords = {
  notSent: 'Noch nicht gesendet.',
  onItsWay: 'Unterwegs …',
  step: (n, where, protocol) => `Schritt ${n}: jetzt bei ${where}${protocol ? ` (${protocol})` : ''}.`,
  finished: (outcome, steps) => `Fertig: ${DE_OUTCOMES[outcome] ?? outcome} nach ${steps} Schritten.`,
  compared:
    'Du hast beide laufen lassen. Die Nachricht innerhalb derselben Domain brauchte weder DNS noch das Ausgangs-Relay noch den Weg über das Internet.',
};

export const REACTIONS: Record<LessonLanguage, ReactionWords> = { en: EN_REACTIONS, de: DE_REACTIONS };

/** German for every `data-words` element of lesson.html (English is the page itself). */
export const DE_PAGE: Readonly<Record<string, string>> = {
  title: 'Unterrichtsstunde: Wie reist eine E-Mail?',
  kicker: 'Informatik · Netzwerke · etwa 20 Minuten',
  h1: 'Wie reist eine E-Mail?',
  intro:
    'Wenn du auf **Senden** drückst, fliegt deine Nachricht nicht direkt auf den Computer deiner Freundin. Sie wird von einem Mailserver zum nächsten weitergegeben, und jeder übernimmt die Verantwortung für sie, bevor er sie weiterreicht. In dieser Stunde verfolgst du eine E-Mail Schritt für Schritt und findest heraus, wer was tut.',
  'cross.h2': '1. Quer durchs Internet',
  'cross.p':
    'Alice (`alice@example.com`) schreibt an Bob (`bob@example.org`). Sie haben verschiedene Anbieter, also muss die Nachricht den Weg zu Bobs Anbieter finden. Achte auf den Moment, in dem Alices Anbieter das **DNS** fragt, wohin Bobs Mail gehen soll.',
  'cross.caption': 'Andere Domain: Alice → Bob.',
  'same.caption': 'Dieselbe Domain: Alice → Carol, die denselben Anbieter hat.',
  'compare.h3': 'Vergleiche',
  'compare.p':
    'Lass beide laufen. Welche Server besucht die Nachricht innerhalb derselben Domain nie? Warum braucht sie kein DNS?',
  'bounce.h2': '2. Wenn etwas schiefgeht',
  'bounce.p':
    'Alice vertippt sich bei Bobs Adresse: `bbob@example.org`. Bobs Anbieter gibt es, aber dieses Postfach nicht. Wer sagt es Alice, und wie?',
  'bounce.caption': 'Eine Unzustellbarkeitsnachricht: Das Postfach gibt es nicht.',
  'think.h3': 'Denk darüber nach',
  'think.p':
    'Die Unzustellbarkeitsnachricht schreibt Alices eigener Anbieter, nicht Bobs. Sieh dir das Gespräch auf Port 25 an: Welcher Antwortcode ließ Alices Anbieter aufgeben, und warum hat er es nicht später noch einmal versucht?',
  'worksheet.h2': '3. Arbeitsblatt: fünf wichtige Schritte',
  'worksheet.screen':
    'Drucke diese Seite für deine Klasse aus (der Ausdruck behält die Bilder und lässt Platz zum Schreiben). Name: ____________________',
  'worksheet.print': 'Name: ______________________________ Datum: ______________',
  'q1.caption': 'Schritt 2: Alices App gibt die Nachricht ihrem Anbieter.',
  'q1.question': 'Wer prüft hier Alices Passwort, und warum fragt dieser Server danach?',
  'q2.caption': 'Schritt 5: eine Frage an das Adressbuch des Internets.',
  'q2.question': 'Was muss Alices Anbieter herausfinden, und warum kann er nicht an Bobs Computer senden?',
  'q3.caption': 'Schritt 8: von Alices Anbieter zu Bobs.',
  'q3.question':
    'Der Ausgangsserver meldet sich bei Bobs Anbieter nicht an. Wie entscheidet Bobs Anbieter, ob er ihm vertraut?',
  'q4.caption': 'Schritt 14: Die Nachricht wird gespeichert.',
  'q4.question': 'Wo wartet die Nachricht jetzt? Ist sie schon auf Bobs Handy?',
  'q5.caption': 'Der letzte Schritt: Bob liest die E-Mail.',
  'q5.question': 'Wer holt die Nachricht ab, und wann passiert das?',
  'wrong.h3': 'Wenn etwas schiefgeht',
  'wrong.question':
    'In Abschnitt 2 gibt es das Postfach nicht. Wer schreibt die Unzustellbarkeitsnachricht an Alice, und warum gerade dieser Server?',
  'demo.lead': 'Für Entwickler:',
  'demo.link': 'dasselbe Werkzeug in einem iframe, von der Seite gesteuert',
  'remember.h2': 'Was du dir merken solltest',
  'remember.1':
    'Deine App gibt die Nachricht dem **Einlieferungsserver** deines Anbieters (Port 587, nach der Anmeldung).',
  'remember.2':
    'Dein Anbieter fragt das **DNS** nach den **MX**-Einträgen der Empfängerdomain und gibt die Nachricht dann auf Port 25 an diesen Server.',
  'remember.3': 'Der Anbieter des Empfängers legt sie in einem **Postfachspeicher** ab; dort wartet sie.',
  'remember.4':
    'Die App des Empfängers holt sie mit **IMAP** (sie bleibt auf dem Server) oder mit **POP3** (sie wird heruntergeladen).',
  'remember.5':
    'Kann sie nicht zugestellt werden, schickt der Server, der sie gerade hat, eine **Unzustellbarkeitsnachricht** an den Absender zurück.',
};

/** The text's pieces: plain text, **bold** and `code`, in order. */
export function pieces(text: string): { kind: 'text' | 'strong' | 'code'; text: string }[] {
  return text
    .split(/(\*\*[^*]+\*\*|`[^`]+`)/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece.startsWith('**')
        ? { kind: 'strong', text: piece.slice(2, -2) }
        : piece.startsWith('`')
          ? { kind: 'code', text: piece.slice(1, -1) }
          : { kind: 'text', text: piece },
    );
}

/** The lesson's language: `?lang=` when the page is written in it, else the page's own (`<html lang>`). */
export function lessonLanguage(query: string, pageLang: string): LessonLanguage {
  const wanted = new URLSearchParams(query).get('lang')?.toLowerCase().split('-')[0];
  const page = pageLang.toLowerCase().split('-')[0];
  const known = (lang: string | undefined): lang is LessonLanguage => LESSON_LANGUAGES.includes(lang as LessonLanguage);
  return known(wanted) ? wanted : known(page) ? page : 'en';
}
