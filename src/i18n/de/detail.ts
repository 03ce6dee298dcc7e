// Deutsche Wörter der Experten-Details. Die Schlüssel stehen in der Reihenfolge von
// ../en/detail.ts, wo auch erklärt ist, wozu sie dienen; der Typ verlangt jeden englischen
// Schlüssel und keinen anderen.
import type { enDetail } from '../en/detail';

export const deDetail = {
  'note.tls':
    'Hier beginnt die Verschlüsselung (TLS-Handshake; der Client prüft das Zertifikat von {server}). Danach muss der Client erneut EHLO sagen: Was er vorher erfahren hat, gilt nicht mehr.',
  'note.imap.seen':
    'Ein Abruf ohne PEEK setzt auf dem Server die Markierung \\Seen, also sehen alle Geräte die Nachricht als gelesen.',
  'note.imap.idle':
    'Seit {time} wartet die App mit IDLE. Wird eine Nachricht abgelegt, meldet der Server sie (zum Beispiel „* 4 EXISTS“), ohne ihren Inhalt.',
  'note.imap.earlier':
    '{time}, bevor {sender} auf Senden drückte: Die App hat sich verbunden, angemeldet und den Posteingang geöffnet. Unsere Nachricht war noch nicht da.',
  'note.imap.announce':
    '{time}: Die Nachricht wurde gerade abgelegt, und der Server meldet sie sofort der wartenden App.',
  'note.literal': '… {octets} Oktette der Nachricht …',
  'note.pop3.inboxOnly': 'POP3 sieht nur den Posteingang; die Nachricht im Junk-Ordner steht nicht in dieser Liste.',
  'note.pop3.dele': 'DELE markiert die Nachricht nur; noch wird nichts entfernt.',
  'note.pop3.update':
    'Nach QUIT entfernt der Server die markierte Nachricht. Wäre die Verbindung vor QUIT abgebrochen, wäre nichts gelöscht worden.',
  'note.dsn.nullSender':
    'Eine Unzustellbarkeitsnachricht kommt vom leeren Absender <>, damit nie eine solche Nachricht zurückgeschickt wird.',
  'note.dsn.srs':
    'Der Weiterleiter hat den SRS-Umschlag-Absender {srs} bekommen, eine Adresse seiner eigenen Domain: Er entschlüsselt sie zu {sender} und schickt die Unzustellbarkeitsnachricht dorthin.',
  'note.dsn.original': '… die Kopfzeilen der ursprünglichen Nachricht …',
  'note.noAnswer': 'Verbindung zu {host} Port 25: Zeitüberschreitung. Es kommt gar kein SMTP-Gespräch zustande.',
  'note.mailq': 'Die Warteschlange des Relays (so zeigt sie Postfix’ mailq):',
  'note.check.resolver':
    '{mx} fragt seinen eigenen Resolver (den des empfangenden Anbieters, nicht den des Absenders); die Antwort kommt von den Nameservern der Zone, in der {name} steht.',
  'note.msa.sender':
    'Angemeldet als {user}. Die Einlieferungsserver vieler Anbieter prüfen jetzt außerdem, ob MAIL FROM und From: Adressen sind, die {user} verwenden darf, und lehnen andere ab oder schreiben sie um (Regel des Anbieters).',
  'note.muaError': 'Die App zeigt: „Deine Nachricht konnte nicht gesendet werden. Der Server sagte: {reply}“',
  'code.class.2': 'Erfolg',
  'code.class.3': 'weiter',
  'code.class.4': 'vorübergehender Fehler',
  'code.class.5': 'dauerhafter Fehler',
  'code.220': '220: Der Server ist bereit (eine Begrüßung oder bereit für die Verschlüsselung).',
  'code.221': '221: Der Server beendet die Verbindung.',
  'code.235': '235: Anmeldung angenommen.',
  'code.250':
    '250: Erledigt; nach dem abschließenden Punkt heißt das: Der Server übernimmt jetzt die Verantwortung für die Nachricht.',
  'code.354': '354: Los, sende die Nachricht; beende sie mit einer Zeile, die nur einen Punkt enthält.',
  'code.451': '451: Vorübergehender Fehler; später erneut versuchen (die Nachricht bleibt in der Warteschlange).',
  'code.452': '452: Vorübergehender Fehler, hier ein volles Postfach; der Absender versucht es erneut.',
  'code.535': '535: Benutzername oder Passwort ist falsch.',
  'code.550': '550: Dauerhafte Ablehnung; der Absender darf es nicht erneut versuchen.',
  'code.552': '552: Dauerhafte Ablehnung wegen der Größe (Nachricht oder Postfach).',
  'code.556': '556: Die Domain nimmt keine Mail an (Null-MX).',
  'code.other': '{code}: eine SMTP-Antwort.',
  'cmd.EHLO': 'EHLO: Der Client grüßt und fragt, welche Erweiterungen der Server kann.',
  'cmd.LHLO': 'LHLO: Die LMTP-Fassung von EHLO, für die Zustellung in den Postfachspeicher.',
  'cmd.STARTTLS': 'STARTTLS: Diese Verbindung auf Verschlüsselung umschalten.',
  'cmd.AUTH':
    'AUTH PLAIN: Anmelden; der Text ist Benutzername und Passwort in Base64 (eine Kodierung, keine Verschlüsselung; TLS schützt ihn).',
  'cmd.MAIL': 'MAIL FROM: Der Umschlag-Absender, an den Fehlermeldungen gehen. Er kann von der From:-Zeile abweichen.',
  'cmd.RCPT': 'RCPT TO: Der Umschlag-Empfänger; er, nicht die To:-Zeile, entscheidet, wohin die Nachricht geht.',
  'cmd.DATA': 'DATA: Jetzt folgt die Nachricht selbst: Kopfzeilen, eine Leerzeile, der Text.',
  'cmd.QUIT': 'QUIT: Das Gespräch beenden.',
  'cmd.dot': 'Eine Zeile mit nur einem Punkt beendet die Nachricht.',
  'cmd.LOGIN': 'LOGIN: Die App der lesenden Person meldet sich beim IMAP-Server an.',
  'cmd.SELECT': 'SELECT: Einen Ordner auf dem Server öffnen.',
  'cmd.FETCH': 'FETCH: Teile einer Nachricht lesen; die Nachricht bleibt auf dem Server.',
  'cmd.IDLE': 'IDLE: Warten, bis der Server neue Mail meldet.',
  'cmd.DONE': 'DONE: Mit dem Warten aufhören.',
  'cmd.LOGOUT': 'LOGOUT: Die IMAP-Sitzung beenden.',
  'cmd.USER': 'USER: Der POP3-Benutzername.',
  'cmd.PASS': 'PASS: Das POP3-Passwort.',
  'cmd.STAT': 'STAT: Wie viele Nachrichten, und wie viele Oktette.',
  'cmd.RETR': 'RETR: Eine Nachricht herunterladen.',
  'cmd.DELE': 'DELE: Eine Nachricht zum Löschen markieren (gelöscht wird nach QUIT).',
  'details.heading': 'Unter der Haube: Schritt {n}, {label}',
  'details.preview': 'Unter der Haube (drücke „Senden“, um mitzulesen)',
  'details.tabs': 'Protokolldetails',
  'details.tab.transcript': 'Gespräch',
  'details.tab.headers': 'Kopfzeilen',
  'details.tab.envelope': 'Umschlag und Brief',
  'details.tab.mailbox': 'Postfach',
  'details.legend':
    'C: ist der Client, S: der Server. Zeige auf einen Befehl oder Antwortcode oder fokussiere ihn, um seine Bedeutung zu sehen.',
  'details.noTranscript': 'In diesem Schritt wird im Netz nichts gesagt.',
  'details.headersIntro':
    'Die Kopfzeilen nach diesem Schritt. Jeder Server, der die Nachricht annimmt, setzt oben eine Received-Zeile dazu; die älteste steht unten.',
  'details.showOriginal': 'Original anzeigen',
  'details.hideOriginal': 'Felder anzeigen',
  'details.original': 'Die Originalnachricht, wie die App der lesenden Person sie zeigt',
  'details.new': 'neu',
  'details.envelopeIntro': 'Server leiten nach dem Umschlag weiter, nicht nach dem Brief darin.',
  'details.envelope': 'Umschlag (SMTP)',
  'details.letter': 'Brief (Kopfzeilen)',
  'details.sender': 'Absender',
  'details.recipient': 'Empfänger',
  'details.bcc':
    'Die To:-Zeile ist nur Text für den Leser; RCPT TO entscheidet, wohin die Nachricht geht. Ein Bcc-Empfänger ist ein zusätzliches RCPT TO, das nie in den Kopfzeilen erscheint.',
  'details.envelopeBounce':
    'Eine Unzustellbarkeitsnachricht hat einen leeren Umschlag-Absender (MAIL FROM:<>), damit sie nie zurückkommt.',
  'mailbox.server': 'Postfach auf {store}',
  'mailbox.server.absent': 'Noch nicht da',
  'mailbox.server.unread': 'In {folder}, ungelesen',
  'mailbox.server.read': 'In {folder}, als \\Seen (gelesen) markiert',
  'mailbox.server.removed': 'Weg: heruntergeladen und nach QUIT gelöscht',
  'mailbox.laptop': '{name}s Laptop',
  'mailbox.laptop.none': 'Noch nichts',
  'mailbox.laptop.shown': 'Zeigt die Nachricht, gelesen vom Server',
  'mailbox.laptop.downloaded': 'Hat die einzige Kopie (heruntergeladen)',
  'mailbox.phone': '{name}s Handy',
  'mailbox.phone.none': 'Sieht sie nie: Die Nachricht hat den Server verlassen',
  'mailbox.phone.unread': 'Würde sie als ungelesen zeigen',
  'mailbox.phone.read': 'Zeigt sie auch als gelesen (IMAP hält Markierungen auf dem Server)',
  'mailbox.intro.imap':
    'Bei IMAP bleibt die Nachricht auf dem Server, und jedes Gerät sieht dieselben Ordner und Lesemarkierungen.',
  'mailbox.intro.pop3':
    'Bei POP3 lädt die App den Posteingang herunter; lässt sie keine Kopie dort, entfernen DELE und QUIT die Nachricht vom Server.',
  'mailbox.server.none': 'Gibt es nicht: Für diese Adresse gibt es kein Postfach',
  'mailbox.phone.waiting': 'Noch nichts: Es ist noch nichts angekommen',
  'mailbox.laptop.no-mailbox': 'Nichts: Ohne Postfach gibt es nichts zu lesen',
  'mailbox.phone.no-mailbox': 'Nichts: Ohne Postfach gibt es nichts zu lesen',
  'mailbox.laptop.copy': 'Hat eine heruntergeladene Kopie; der Server behält seine',
  'mailbox.laptop.not-inbox': 'Sieht sie nie: POP3 liest nur den Posteingang',
  'mailbox.phone.not-inbox': 'Sieht sie nie: POP3 liest nur den Posteingang',
  'mailbox.nowhere': '{name}s Postfach',
  'mailbox.intro.bounce':
    'Die Unzustellbarkeitsnachricht ist eine neue Nachricht des Mailsystems, abgelegt in {name}s eigenem Postfach: {name}s Geräte lesen sie wie jede andere Mail.',
  'note.refused': 'connect to {host} port 25: Connection refused. Der Rechner lehnt die Verbindung sofort ab.',
  'note.implicitTls':
    'Port 465: Der TLS-Handshake mit {server} kommt zuerst, vor jeder SMTP-Zeile (RFC 8314 §3.3). Es gibt kein STARTTLS.',
  'note.https':
    'HTTPS (TLS auf Port 443) zu {host}: Der Browser schickt das Formular ab; aus dem Browser geht kein SMTP.',
  'note.imap.appendSession': 'Die IMAP-Sitzung der App mit {host} ist schon offen (LOGIN über TLS auf Port 993).',
  'note.pop3.noSent':
    'POP3 hat keine Ordner auf dem Server, also auch keinen Ordner „Gesendet“ für eine Kopie: Die App behält sie lokal.',
  'note.pop3.uidl':
    'UIDL nennt die eindeutige Kennung jeder Nachricht: Die App merkt sich, welche sie schon heruntergeladen hat.',
  'note.pop3.keep': '„Kopie auf dem Server lassen“: kein DELE, also bleibt die Nachricht nach QUIT auf dem Server.',
  'note.filter.inside':
    '{host} läuft ganz auf einem Rechner: Die Spam- und Virenprüfung läuft in seinem eigenen Postfix (ein Milter), also öffnet er keine SMTP-Sitzung zu sich selbst und fügt keine Received-Zeile hinzu.',
  'note.forward.srs':
    'SRS: Aus dem Umschlag-Absender {from} wird {srs}; From: im Kopf bleibt gleich. Der Weiterleiter fügt hinzu:',
  'note.forward.list': 'Die Liste sendet mit ihrem eigenen Umschlag-Absender {srs} und ändert den Kopf:',
  // Das offene Relay und das Vertrauen in ARC.
  'note.open-relay':
    '{spoofer} hat die Nachricht dem offenen Relay {relay} übergeben, das Mail für jede Domain von jedem annimmt (ein korrekter Server antwortet 554 5.7.1 Relay access denied) und sie von {ip} aus weitersendet:',
  'note.arc.pass':
    'ARC (RFC 8617): Die Kette i=1, versiegelt von {sealer} (ARC-Seal cv=none, wie es das erste Siegel haben muss), ist gültig: arc=pass. {mx} vertraut diesem Siegler.',
  'note.arc.override':
    'ARC (RFC 8617 §7.2): Die Kette i=1, versiegelt von {sealer} (cv=none, das erste Siegel), ist gültig, und ihre ARC-Authentication-Results sagen, dass DMARC dort bestanden hat. {mx} vertraut diesem Siegler, also setzt seine lokale Richtlinie p=reject außer Kraft (RFC 7489 §6.7; im Bericht der Override-Grund trusted_forwarder, Anhang C).',
  'note.starttls.stripped':
    '(Ein Angreifer dazwischen hat hier die Zeile 250-STARTTLS gelöscht: Die Antwort, die der Absender sieht, bietet keine Verschlüsselung an.)',
  'note.starttls.plain':
    'Kein STARTTLS angeboten: Opportunistisches TLS (RFC 3207) macht im Klartext weiter. Alles ab hier ist auf der Leitung lesbar.',
  'note.starttls.mta-sts':
    'Die gespeicherte MTA-STS-Richtlinie (id={id}) sagt mode: enforce und mx: {mx}: Ohne TLS darf der Absender nicht liefern (RFC 8461 §5). Er stellt die Nachricht zurück.',
  'note.starttls.dane':
    'Es gibt mit DNSSEC geprüfte TLSA-Einträge für {mx} (DANE, RFC 7672): TLS mit passendem Zertifikat ist Pflicht. Der Absender stellt die Nachricht zurück.',
  'note.mta-sts.txt':
    'MTA-STS (RFC 8461): Veröffentlicht {domain} eine Richtlinie? Der TXT-Eintrag sagt nur das und nennt ihre id:',
  'note.mta-sts.fetch':
    'Die Richtlinie selbst, über HTTPS von {host} (vertrauenswürdig dank seines Zertifikats, nicht dank DNS):',
  'note.mta-sts.cached':
    'Der Absender behält diese Richtlinie für max_age ({days} Tage) und holt sie erst wieder, wenn sich die id im TXT-Eintrag ändert.',
  'note.report.dmarc': 'Der DMARC-Sammelbericht (RFC 7489 §7.2) an {to}, ein Datensatz seines XML:',
  'note.report.tls': 'Der TLS-Bericht (RFC 8460), gesendet an {to}:',
} satisfies Record<keyof typeof enDetail, string>;
