// Deutsche Wörter von Issue 16: Unterrichtseinstellungen, Präsentation, Lesetempo, die neuen
// Vorhersagefragen mit einer Rückmeldung für jede Wahl, und die Zusammenfassung am Ende.
export const deLesson = {
  'settings.open': 'Unterrichtseinstellungen',
  'settings.close': 'Unterrichtseinstellungen schließen',
  'settings.projector': 'Beamer-Design (hoher Kontrast)',
  'settings.checkpoints': 'Vorhersagefragen stellen',
  'settings.pace': 'Tempo',
  'settings.pace.step': 'Nach jedem Schritt anhalten',
  'settings.pace.auto': 'Weiterspielen, langsam genug zum Lesen',
  'settings.speed': 'Geschwindigkeit',
  'settings.depth': 'Detailtiefe',
  'settings.language': 'Sprache',
  'settings.layout': 'Präsentationsansicht',
  'settings.link': 'Link zu dieser Stunde',
  'settings.copy': 'Link kopieren',
  'settings.copied': 'Link kopiert.',
  'layout.present': 'Präsentieren',
  'layout.leave': 'Präsentation beenden',
  'pace.next': 'Weiter',
  'pace.waiting': 'Bereit? Drücke Weiter (Leertaste oder →) für den nächsten Schritt.',
  'notice.hint.pace': 'Nutze step oder auto.',
  'notice.hint.layout': 'Nutze full oder present.',
  'summary.heading': 'Die E-Mail',
  'summary.route': '{from} an {to}',
  'summary.subject': '„{subject}“',
  'summary.edit': 'E-Mail bearbeiten',
  'pace.end': 'Das war der letzte Schritt.',

  'checkpoint.next-server.0.why':
    'Das Relay weiß nicht, wo {recipient}s Computer ist, und Mail geht nie direkt dorthin, sondern zu den Mailservern des Anbieters.',
  'checkpoint.next-server.2.why':
    '{sender}s Leseserver bedient nur {sender}s eigenes Postfach. Beim Versand an {recipient} spielt er keine Rolle.',
  'checkpoint.next-server.3.why':
    'Router tragen die Datenpakete, lesen aber nie Mail. Das Relay muss erst herausfinden, mit welchem Mailserver es sprechen soll.',
  'checkpoint.after-mx.0.why':
    'Eine Nachricht wird einmal zugestellt. Das Relay versucht die Server nacheinander, die kleinste Zahl zuerst, und hört beim ersten auf, der annimmt.',
  'checkpoint.after-mx.1.why':
    'Die kleinste Zahl gewinnt: 10 kommt vor 20. Der Server mit 20 ist die Reserve und wird nur versucht, wenn der erste nicht erreichbar ist.',

  'checkpoint.no-mailbox.q': 'Für diese Adresse gibt es bei {domain} kein Postfach. Was macht der Empfangsserver?',
  'checkpoint.no-mailbox.0': 'Er behält die Nachricht, bis jemand das Postfach anlegt',
  'checkpoint.no-mailbox.1': 'Er lehnt sofort ab, solange das Relay noch verbunden ist',
  'checkpoint.no-mailbox.2': 'Er wirft sie weg, ohne jemandem Bescheid zu sagen',
  'checkpoint.no-mailbox.3': 'Er schickt sie stattdessen an {recipient}s Computer',
  'checkpoint.no-mailbox.why':
    'Er sagt sofort Nein (550 5.1.1 bei RCPT TO). Die Ablehnung ist endgültig, also muss das Relay, das die Nachricht hat, dem Absender Bescheid geben.',
  'checkpoint.no-mailbox.0.why':
    'Server heben keine Mail für Postfächer auf, die es nicht gibt. „Später noch einmal“ wäre vorläufig; diese Antwort ist endgültig.',
  'checkpoint.no-mailbox.2.why':
    'Mail verschwindet nicht still: Der Empfangsserver antwortet mit einer Ablehnung, damit der Absender es erfahren kann.',
  'checkpoint.no-mailbox.3.why':
    'Mail geht nie direkt auf den Computer eines Lesers; ohne Postfach gibt es bei {domain} keinen Ort für sie.',

  'checkpoint.no-login.q':
    'Das Relay übergibt die Nachricht gleich dem Empfangsserver von {domain}. Warum meldet es sich nicht mit einem Passwort an?',
  'checkpoint.no-login.0': 'Es hat sich schon vorher angemeldet, beim Einlieferungsserver',
  'checkpoint.no-login.1': 'Es kennt {recipient}s Passwort',
  'checkpoint.no-login.2':
    'Server, die Mail weiterreichen, melden sich nie an; der Empfänger prüft den Absender stattdessen im DNS',
  'checkpoint.no-login.3': 'Passwörter werden später mit der Nachricht geschickt',
  'checkpoint.no-login.why':
    'Auf Port 25 darf jeder Mail für die eigenen Nutzer anbieten. Statt einer Anmeldung fragt der Empfänger das DNS, ob dieser Server für die Domain senden darf (SPF, DKIM, DMARC).',
  'checkpoint.no-login.0.why':
    '{sender} hat sich beim Einlieferungsserver von {sender}s eigenem Anbieter angemeldet. Diese Anmeldung gilt nur dort; der Server von {domain} weiß nichts davon.',
  'checkpoint.no-login.1.why':
    'Nur {recipient} kennt {recipient}s Passwort, und es dient nur zum Lesen von Mail, nie zum Empfangen.',
  'checkpoint.no-login.3.why':
    'Eine Nachricht enthält kein Passwort. Der Empfänger entscheidet anhand von DNS-Einträgen, ob er dem sendenden Server traut.',

  'checkpoint.forged-sender.q':
    'Diese Nachricht gibt vor, von {sender}s Anbieter zu kommen, aber der sendende Server steht nicht auf der Liste dieses Anbieters. Welche Prüfung scheitert?',
  'checkpoint.forged-sender.0': 'Die Anmeldung (AUTH)',
  'checkpoint.forged-sender.1': 'SPF: die Liste der erlaubten Senderechner des Anbieters',
  'checkpoint.forged-sender.2': 'Der Spamfilter',
  'checkpoint.forged-sender.3': 'Die MX-Abfrage',
  'checkpoint.forged-sender.why':
    'SPF vergleicht die Adresse des verbindenden Servers mit der Liste, die die Domain des Absenders im DNS veröffentlicht. Nicht auf der Liste: SPF scheitert.',
  'checkpoint.forged-sender.0.why':
    'Server, die sich Mail weiterreichen, melden sich nie an, also kann keine Anmeldung scheitern. Die Prüfungen nutzen stattdessen das DNS.',
  'checkpoint.forged-sender.2.why':
    'Der Spamfilter kommt später und schaut auf den Inhalt. Wer für eine Domain senden darf, prüft SPF.',
  'checkpoint.forged-sender.3.why':
    'Die MX-Abfrage hat gefunden, wohin die Mail geht. Über den Absender sagt sie nichts.',

  'checkpoint.final-dot.q':
    'Nach der letzten Zeile der Nachricht (einer Zeile nur mit einem Punkt) antwortet der Empfangsserver von {domain} mit 250. Was bedeutet das?',
  'checkpoint.final-dot.0': '{recipient} hat die Nachricht gelesen',
  'checkpoint.final-dot.1': 'Der Server übernimmt die Verantwortung für die Zustellung',
  'checkpoint.final-dot.2': 'Die Nachricht ist schon in {recipient}s Posteingang auf dem Handy',
  'checkpoint.final-dot.3': '{sender}s Passwort war richtig',
  'checkpoint.final-dot.why':
    'Ab diesem 250 ist der Empfangsserver verantwortlich: Das Relay darf die Nachricht vergessen. Geht später etwas schief, muss der Empfänger es melden.',
  'checkpoint.final-dot.0.why':
    '{recipient} liest sie viel später, erst wenn die Mail-App im Speicher nachfragt. Das 250 ist ein Versprechen zwischen zwei Servern.',
  'checkpoint.final-dot.2.why':
    'Die Nachricht muss noch durch den Filter und in den Postfachspeicher, und auf ein Handy kommt nichts, bevor die App fragt.',
  'checkpoint.final-dot.3.why':
    'Hier wurde kein Passwort geschickt: Server, die Mail weiterreichen, melden sich nie an. Das 250 antwortet auf die Nachricht selbst.',

  'checkpoint.same-domain.0.why':
    'Das DNS hilft, einen anderen Anbieter zu finden. {domain} ist der Anbieter selbst, also gibt es nichts nachzuschlagen.',
  'checkpoint.same-domain.2.why':
    'Der IMAP-Server liest erst aus dem Postfachspeicher, wenn {recipient}s App fragt. Zugestellt wird in den Speicher.',
  'checkpoint.who-fetches.1.why':
    'SMTP schiebt Mail zwischen Servern, aber nie auf das Gerät eines Lesers. Der Speicher wartet, bis die App fragt.',
  'checkpoint.who-fetches.2.why': 'Das DNS beantwortet nur Fragen nach Namen und Adressen; es transportiert nie Mail.',

  'checkpoint.who-bounces.q':
    'Die Nachricht kann nicht zugestellt werden. Wer schreibt die Rückmeldung (Bounce), die {sender} Bescheid gibt?',
  'checkpoint.who-bounces.0': 'Der Empfangsserver von {recipient}s Anbieter',
  'checkpoint.who-bounces.1': 'Das Ausgangs-Relay von {sender}s Anbieter, das die Nachricht noch hat',
  'checkpoint.who-bounces.2': '{recipient}s Mail-App',
  'checkpoint.who-bounces.3': '{sender}s Mail-App',
  'checkpoint.who-bounces.why':
    'Das Relay, das die Nachricht hat und ein Nein bekam, schreibt eine neue Nachricht (die Rückmeldung) und legt sie in {sender}s eigenes Postfach.',
  'checkpoint.who-bounces.0.why':
    'Der Empfangsserver hat nur Nein gesagt, solange das Relay verbunden war. Die Rückmeldung schreibt, wer die Nachricht hat.',
  'checkpoint.who-bounces.2.why':
    '{recipient} hat die Nachricht nie bekommen, also weiß {recipient}s App nichts davon.',
  'checkpoint.who-bounces.3.why':
    '{sender}s App hat die Nachricht längst übergeben. Sie zeigt die Rückmeldung erst, wenn sie neue Mail abholt.',

  'recap.heading': 'Deine Vorhersagen',
  'recap.score': 'Du hast {right} von {total} richtig vorhergesagt.',
  'recap.right': 'Richtig',
  'recap.wrong': 'Nicht ganz',
  'recap.skipped': 'Übersprungen',
  'recap.yours': 'Deine Antwort: {choice}',
  'recap.answer': 'Antwort: {choice}',
} as const;
