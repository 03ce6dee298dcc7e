// Der deutsche Meldungskatalog: jede Zeichenkette, die die App zeigt. Platzhalter stehen in {name}.
import { deLesson } from './de-lesson';
import type { MessageKey } from './en';

export const de = {
  'app.title': 'Email Journey',
  'app.tagline': 'Drücke „Senden“ und verfolge eine E-Mail vom Absender bis zum Lesen.',
  'tool.label': 'Was gezeigt wird',
  'tool.journey': 'E-Mail senden',
  'tool.trace': 'Echte E-Mail verfolgen',
  'tool.loading': 'Der Tracer wird geladen …',
  'tool.loadFailed': 'Der Tracer konnte nicht geladen werden. Lade die Seite neu, um es noch einmal zu versuchen.',
  'later.loading': 'Wird geladen …',
  'later.failed':
    'Ein Teil der Seite konnte nicht geladen werden. Prüfe die Verbindung: Beim nächsten Gebrauch wird es noch einmal versucht.',
  'later.close': 'Schließen',

  'compose.heading': 'E-Mail schreiben',
  'compose.from': 'Von',
  'compose.to': 'An',
  'compose.subject': 'Betreff',
  'compose.body': 'Nachricht',
  'compose.locked': 'Die E-Mail ist unterwegs. Mit „Zurücksetzen“ kannst du sie wieder ändern.',
  'compose.send': 'Senden',
  'compose.reset': 'Zurücksetzen',
  // Issue 15: mehrere Empfänger, Webmail, der Ordner „Gesendet“ (Block des Modell-Helfers).
  'compose.cc': 'Cc',
  'compose.bcc': 'Bcc',
  'node.spoofer': 'Ein Server, der den Absender fälscht (Spoofer)',
  'node.sender-webmail': 'Webmail des Anbieters von {sender}',
  'node.forwarder-1': 'Weiterleitender Server (andere Organisation)',
  // Issue 15 (Modell-Helfer): mehrere Empfänger.
  'error.recipient.empty': 'Zwischen zwei Kommas steht nichts.',
  'error.recipients.separator':
    '„{typed}“ sieht nach {count} Adressen aus, zwischen denen nur Leerzeichen stehen. Trenne sie mit Kommas: {fixed}',
  'error.recipient.spaces': '„{address}“ enthält ein Leerzeichen: Trenne Adressen mit Kommas.',
  'error.recipient.no-at': '„{address}“ braucht ein @ zwischen Name und Domain, etwa bob@example.org.',
  'error.recipient.many-at': '„{address}“ hat mehr als ein @.',
  'error.recipient.bad-local':
    'In „{address}“ darf der Teil vor dem @ Buchstaben, Ziffern und . _ + - enthalten (kein Punkt am Anfang oder Ende, keine zwei Punkte hintereinander).',
  'error.recipient.bad-domain': 'In „{address}“ muss nach dem @ eine Domain stehen, etwa example.org.',
  'error.recipient.too-long': '„{address}“ ist zu lang: höchstens 64 Zeichen vor dem @ und 253 danach.',
  'error.recipient.twice': '{address} ist schon Empfänger dieser Nachricht.',
  'error.recipients.many': 'Höchstens {max} Empfänger insgesamt (An, Cc und Bcc zusammen) in dieser Simulation.',
  'summary.all':
    'Alle {total} Empfänger haben die Nachricht: {steps} Schritte, etwa {seconds} Sekunden echte Internetzeit.',
  'summary.some':
    '{reached} von {total} Empfängern haben die Nachricht. Die anderen waren (noch) nicht erreichbar: Ein Bounce im Posteingang von {sender} nennt jeden, der endgültig scheiterte.',
  'notice.hint.client': 'Nutze app oder webmail.',
  'notice.hint.submission': 'Nutze 587 (STARTTLS) oder 465 (TLS vom ersten Byte an).',
  'notice.hint.keep': 'Nutze 1, damit eine Kopie auf dem POP3-Server bleibt.',
  // Issue 15 (Modell-Helfer): die Fälschung, Webmail, der Ordner „Gesendet“, Weiterleitung.
  'step.spoof.compose':
    'Ein Server, der mit {senderDomain} nichts zu tun hat, {spoofer}, schreibt eine Nachricht mit gefälschtem Absender: From: {from}. Er kopiert sogar eine DKIM-Signature mit d={senderDomain}, kann aber nicht mit dem privaten Schlüssel von {senderDomain} signieren.',
  'step.spoof.relay':
    '{spoofer} sucht selbst den MX von {recipientDomain} und verbindet sich mit {mx} auf Port 25, mit MAIL FROM:<{from}>. Mit einem MX darf sich jeder verbinden: Bei RCPT TO nimmt er Mail für {to} an (250), hat aber noch nicht entschieden, ob er dem Absender glaubt.',
  'step.check.dkim.forged':
    '{mx} holt den DKIM-Schlüssel von {senderDomain} (s2025._domainkey) und prüft damit die Signatur: Sie stimmt nicht, also schlägt DKIM fehl.',
  'step.reply.spoof':
    '{mx} lehnt die Nachricht nach dem abschließenden Punkt ab: {reply}. Die Ablehnung geht an {spoofer} zurück, den Server, der sie geschickt hat. {sender} merkt nichts: Der MX schreibt keinen Bounce, und der gefälschte Umschlag-Absender erfährt nichts.',
  'summary.spoof-rejected':
    'Eine gefälschte Nachricht, angeblich von {sender}, wurde vom Mailserver von {recipient} abgelehnt (Status {status}): Weder SPF noch DKIM bestanden für die From:-Domain, und deren DMARC-Richtlinie sagt reject. {sender} hat nichts gesendet und bekommt keinen Bounce.',
  'edit.spoof.true': 'Ein Server außerhalb des SPF der Absenderdomain fälscht die Absenderadresse',
  'edit.spoof.false': 'Niemand fälscht die Absenderadresse',
  'label.webmail': 'Aus dem Browser senden (HTTPS)',
  'label.sent': 'Eine Kopie in „Gesendet“',
  'protocol.HTTPS': 'HTTPS',
  'step.compose.webmail':
    '{sender} schreibt im Browser an {recipient}, auf der Webmail-Seite von {senderDomain}, und drückt „Senden“. Die Webmail auf dem Server des Anbieters baut die Nachricht: Kopfzeilen (From, To, Subject, Date), eine Leerzeile, dann der Text.',
  'step.webmail':
    'Der Browser von {sender} schickt die Nachricht über HTTPS (Port 443) an das Web-Frontend des Anbieters, {webmail}. Aus dem Browser geht kein SMTP: Die Webmail fügt ihre eigene Received-Zeile hinzu („with HTTP“) und übergibt die Nachricht ihrem eigenen Einlieferungsserver.',
  'step.submit.webmail':
    '{webmail} übergibt die Nachricht an {msa}, den eigenen Einlieferungsserver des Anbieters, innerhalb des Anbieters: SMTP mit STARTTLS und einer Anmeldung im Namen von {sender}. Der Server nimmt sie mit 250 an.',
  'step.submit.465':
    'Die App von {sender} verbindet sich auf Port 465 mit {msa}: Die Verschlüsselung beginnt mit dem allerersten Byte (implizites TLS), also gibt es kein STARTTLS. {sender} meldet sich an (AUTH), und der Server nimmt die Nachricht mit 250 an: Ab jetzt ist er für sie verantwortlich.',
  'step.submit.refused.webmail':
    '{webmail} versucht, die Nachricht an {msa} zu übergeben, den Einlieferungsserver des Anbieters, aber der Server sagt nein.',
  'step.submit.refused.465':
    'Die App von {sender} verbindet sich auf Port 465 mit {msa} (verschlüsselt ab dem ersten Byte) und versucht, die Nachricht zu übergeben, aber der Server sagt nein.',
  'step.refuse.webmail':
    '{msa} antwortet {reply}. Die Webmail zeigt den Fehler im Browser von {sender}. Nichts wurde eingereiht und nichts ist unterwegs: Bei der Einlieferung wird kein Bounce geschrieben.',
  'step.sent.imap':
    'Die App von {sender} legt ihre eigene Kopie im Ordner „Gesendet“ auf {senderStore} ab, mit IMAP APPEND (Port 993, TLS). Weil der Ordner auf dem Server liegt, zeigt auch das Handy von {sender} die gesendete Nachricht. Manche Anbieter (etwa Gmail) legen die Kopie selbst ab; Apps, die dafür eingerichtet sind, dürfen dann kein zweites APPEND senden.',
  'step.sent.pop3':
    'POP3 hat keinen Ordner „Gesendet“ auf dem Server: Die App von {sender} behält ihre Kopie nur in einem Ordner auf diesem Laptop, also sieht das Handy von {sender} sie nicht.',
  'step.sent.webmail':
    'Die Webmail legt die Kopie selbst im Ordner „Gesendet“ von {sender} auf {senderStore} ab, damit jedes Gerät sie sieht. Manche Anbieter tun das auch für Mail aus Apps; Apps, die dafür eingerichtet sind, dürfen dann keine zweite Kopie per APPEND ablegen.',
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
  'label.forward': 'Der Weiterleiter schickt sie weiter',
  'preset.forwarded': 'Die Adresse leitet zu einem anderen Anbieter weiter (SRS, ARC)',
  'preset.mailing-list': 'Über eine Mailingliste verschickt (From: umgeschrieben)',

  // --- Issue 15, Bild und Formular (Schlüssel der Ansicht, Helfer für Bild und Formular) ---
  'compose.more': 'Cc, Bcc und Optionen',
  'compose.more.title': 'Weitere Empfänger und Optionen',
  'compose.recipientsHint': 'Mehrere Adressen: mit Kommas trennen.',
  'compose.bccHint': 'Bcc-Empfänger bekommen die Nachricht, aber ihre Adresse steht nicht darin.',
  'client.legend': 'Geschrieben in',
  'client.app': 'Einer Mail-App auf dem Laptop',
  'client.webmail': 'Webmail im Browser',
  'submission.legend': 'Die Mail-App sendet auf Port',
  'submission.587': '587 mit STARTTLS',
  'submission.465': '465, verschlüsselt ab dem ersten Byte',
  'keep.label': 'POP3: eine Kopie auf dem Server lassen',
  'zone.forwarder': '{domain}: eine andere Organisation',
  'zone.spoofer': '{domain}: ein fremder Server',
  'graph.recipient.delivered': 'zugestellt',
  'graph.recipient.bounced': 'zurück {code}',
  'graph.recipient.rejected': 'abgelehnt {code}',
  'graph.recipient.deferred': 'wartet {code}',
  'graph.recipient.quarantined': 'im Spam',
  'graph.recipient.says': '{address}: {result}.',

  'step.bounce.forwarded':
    '{mta}, der Weiterleiter, konnte seine Kopie nicht zustellen (Status {status}) und schreibt die Unzustellbarkeitsnachricht deshalb selbst, vom leeren Absender <>, an den Umschlag-Absender, den er bekommen hat: {srs}. Diese SRS-Adresse ist seine eigene; er entschlüsselt sie zu {from} und schickt die Nachricht dorthin, in {sender}s Postfach auf {senderStore}.',
  'step.bounce.list':
    '{mta} konnte die Kopie der Liste nicht zustellen (Status {status}). Die Unzustellbarkeitsnachricht geht an den Umschlag-Absender der Liste, {srs}, wo die Listensoftware sie zählt; {sender} erfährt nichts davon.',
  'step.forward':
    '{alias} leitet an {target} weiter, also schickt {forwarder} die Nachricht weiter: eine zweite SMTP-Zustellung, von seiner eigenen IP. Er schreibt den Umschlag-Absender mit SRS um ({srs}), damit SPF für seine eigene Domain geprüft wird und Bounces zu ihm zurückkommen; From: bleibt {from}. Außerdem versiegelt er, was er geprüft hat (SPF, DKIM, DMARC bestanden), in ARC-Kopfzeilen, Instanz i=1.',
  'step.forward.list':
    '{alias} ist eine Mailingliste: {forwarder} schickt eine Kopie an {target}, mit [{list}] vor dem Betreff und einer Fußzeile unter dem Text. Das ändert, was die DKIM-Signatur von {senderDomain} abdeckt, sie stimmt also nicht mehr, und von dieser IP kann SPF für {senderDomain} nicht bestehen: Unter From: {from} würde DMARC scheitern. Deshalb schreibt die Liste From: auf ihre eigene Adresse um („{sender} via the list“) und setzt {sender} in Reply-To:. Ihr Umschlag-Absender ist {srs}.',
  'step.check.spf.forwarded':
    '{mx} holt den SPF-Eintrag von {spfDomain}, der Domain des SRS-Umschlag-Absenders: Er nennt {ip}, also besteht SPF, aber für {spfDomain}, nicht für {senderDomain}. Für {senderDomain} selbst scheitert SPF von dieser IP, also liefert SPF für DMARC nichts Passendes.',
  'step.check.spf.list':
    '{mx} holt den SPF-Eintrag von {spfDomain}, der Umschlag-Domain der Liste: Er nennt {ip}, also besteht SPF, und er passt zur umgeschriebenen From:-Domain.',
  'step.check.dkim.list':
    '{mx} holt den DKIM-Schlüssel von {dkimDomain} (s2025._domainkey) und prüft die Signatur: Die Liste hat den Betreff geändert und eine Fußzeile angehängt, also stimmt die Signatur nicht mehr. DKIM scheitert.',
  'card.forwards-to': 'Diese Adresse leitet weiter an',
  'card.forwards-to.address': '{address}',
  'card.forwards-to.none': 'Niemanden (keine Weiterleitung)',
  'card.list': 'Sie ist eine Mailingliste (markiert den Betreff, hängt eine Fußzeile an)',
  'edit.list.true': '{address} ist eine Mailingliste',
  'edit.list.false': '{address} ist keine Mailingliste',
  'note.forward.srs':
    'SRS: Aus dem Umschlag-Absender {from} wird {srs}; From: im Kopf bleibt gleich. Der Weiterleiter fügt hinzu:',
  'note.forward.list': 'Die Liste sendet mit ihrem eigenen Umschlag-Absender {srs} und ändert den Kopf:',
  'controls.pause': 'Pause',
  'compose.sendAgain': 'Erneut senden',
  'compose.sendBlocked': 'Senden ist aus, bis die Nachricht stimmt: {reason}',
  'mode.legend': 'Wohin geht die E-Mail?',
  'mode.cross-domain': 'Andere Domain',
  'mode.same-domain': 'Gleiche Domain',
  'mode.cross-domain.hint': 'Zu einem anderen Anbieter: quer durchs Internet.',
  'mode.same-domain.hint': 'Zu jemandem beim selben Anbieter: Sie verlässt ihn nie.',

  'error.address.empty': 'Bitte gib eine E-Mail-Adresse ein.',
  'error.address.spaces': 'Eine E-Mail-Adresse enthält keine Leerzeichen.',
  'error.address.no-at': 'Eine E-Mail-Adresse braucht ein @ zwischen Name und Domain, etwa bob@example.org.',
  'error.address.many-at': 'Eine E-Mail-Adresse hat genau ein @.',
  'error.address.bad-local':
    'Vor dem @ sind Buchstaben, Ziffern und . _ + - erlaubt (kein Punkt am Anfang oder Ende, keine zwei Punkte hintereinander).',
  'error.address.bad-domain': 'Nach dem @ muss eine Domain stehen, etwa example.org.',
  'error.address.too-long': 'Die Adresse ist zu lang: höchstens 64 Zeichen vor dem @ und 253 danach.',
  'error.from.provider':
    'Der Absender braucht ein Konto bei einem Anbieter dieser Simulation: Nimm eine Adresse bei {domains}.',
  'error.to.outside':
    'Diese Simulation kennt nur die Beispiel-Domains (example.com, example.org, example.net) und kann nichts über {domain} sagen. Versuch bob@example.org.',
  'error.subject.long': 'Der Betreff ist zu lang (höchstens {max} Zeichen).',
  'error.body.long': 'Die Nachricht ist für diese Simulation zu lang (höchstens {max} Zeichen).',

  'node.sender-client': '{sender}s Mail-App',
  'node.sender-msa': 'Einlieferungsserver (MSA)',
  'node.sender-mta': 'Ausgangs-Relay (MTA)',
  'node.dns': 'DNS-Resolver',
  'node.recipient-mx': 'Eingangs-Mailserver (MX)',
  'node.relay': 'Spam- und Virenfilter',
  'node.recipient-store': 'Postfachspeicher',
  'node.recipient-imap': 'IMAP-Server',
  'node.recipient-pop3': 'POP3-Server',
  'node.recipient-client': '{recipient}s Mail-App',

  'zone.provider': '{domain} — {name}s Anbieter',
  'zone.shared-provider': '{domain} — Anbieter von {sender} und {recipient}',
  'zone.recipientProvider': '{domain} — Anbieter des Empfängers',
  'zone.internet': 'Das Internet',
  'zone.device': '{name}s Gerät',

  'step.compose':
    '{sender} schreibt an {recipient} und drückt „Senden“. Die Mail-App baut die Nachricht: Kopfzeilen (From, To, Subject, Date, Message-ID), eine Leerzeile, dann den Text.',
  'step.submit':
    '{sender}s App verbindet sich auf Port 587 mit {msa}, dem Einlieferungsserver des Anbieters. Sie schalten die Verschlüsselung ein (STARTTLS), {sender} meldet sich an (AUTH), und der Server nimmt die Nachricht mit 250 an: Ab jetzt ist er für sie verantwortlich.',
  'step.submit.refused':
    '{sender}s App verbindet sich auf Port 587 mit {msa}, schaltet die Verschlüsselung ein (STARTTLS) und will die Nachricht übergeben, doch der Server lehnt ab.',
  'step.refuse':
    '{msa} antwortet {reply}. {sender}s App zeigt den Fehler. Nichts wurde eingereiht, nichts verschickt: Bei der Einlieferung entsteht keine Unzustellbarkeitsnachricht.',
  'step.handoff':
    '{recipientDomain} gehört nicht zu den eigenen Domains von {senderDomain}, also gibt der Einlieferungsserver die Nachricht an das Ausgangs-Relay des Anbieters weiter, {mta}.',
  'step.dns-mx.found':
    '{mta} fragt das DNS, welche Server Mail für {recipientDomain} annehmen (die MX-Einträge). Antwort: {mxList}. Die kleinste Zahl wird zuerst versucht.',
  'step.dns-mx.empty':
    '{mta} fragt das DNS nach den MX-Einträgen von {recipientDomain}. Der Name existiert, hat aber keinen MX-Eintrag, also dient die Domain selbst als Mailserver (Priorität 0).',
  'step.dns-mx.null':
    '{mta} fragt das DNS nach den MX-Einträgen von {recipientDomain}. Die Antwort ist ein „Null-MX“ (MX 0 .): Diese Domain nimmt überhaupt keine E-Mail an.',
  'step.dns-mx.nxdomain':
    '{mta} fragt das DNS nach den MX-Einträgen von {recipientDomain}. Die Antwort ist NXDOMAIN: Diese Domain gibt es nicht, es gibt also niemanden, dem man die Nachricht übergeben könnte.',
  'step.dns-host':
    '{mta} fragt das DNS nach der Adresse von {mx}: {addresses}. Das ist die Adresse des Mailservers von {recipient}, nicht die des Computers von {recipient}.',
  'step.dns-host.implicit':
    '{mta} fragt das DNS nach der Adresse von {mx} selbst: {addresses}. Diese Adresse nimmt die Mail an.',
  'step.dns-host.none': '{mta} fragt das DNS nach der Adresse von {mx}, aber es gibt keine.',
  'step.relay.accepted':
    '{mta} verbindet sich auf Port 25 mit {mx} und schaltet die Verschlüsselung ein (STARTTLS), weil sie angeboten wird. Keine Anmeldung: Server reichen sich Mail ohne AUTH weiter. {mx} nimmt Mail für {to} an (250).',
  'step.relay.retry-accepted':
    '{mta} versucht es erneut bei {mx} auf Port 25 (Versuch {attempt}). Diesmal nimmt der Server Mail für {to} an (250).',
  'step.relay.rejected': '{mta} verbindet sich auf Port 25 mit {mx}. Bei RCPT TO lehnt der Server ab: {reply}.',
  'step.relay.deferred':
    '{mta} verbindet sich auf Port 25 mit {mx}. Der Server antwortet {reply}: Ein 4xx-Code heißt „jetzt nicht, später nochmal“.',
  'step.relay.no-answer':
    '{mta} versucht, sich auf Port 25 mit {mx} zu verbinden, aber niemand antwortet. Nach etwa {seconds} Sekunden gibt er diesen Server auf.',
  'step.queue.retry':
    'Die Nachricht wartet in der Warteschlange von {mta}. Nach {minutes} Minuten (hier verkürzt) versucht es das Relay erneut.',
  'step.queue.stuck':
    'Die Nachricht bleibt in der Warteschlange von {mta}. Das Relay versucht es weiter, mindestens 30 Minuten auseinander, bis zu 5 Tage lang, bevor es aufgibt und sie zurückschickt.',
  'step.filter':
    '{mx} hat geprüft, wer die Nachricht wirklich geschickt hat (SPF, DKIM und DMARC), und gibt sie an {filter} weiter, der sie auf Spam und Viren untersucht.',
  'step.filter.spam':
    '{filter} untersucht die Nachricht und hält sie für Spam. Sie landet im Junk-Ordner, nicht im Posteingang.',
  'step.store':
    'Die Nachricht wird in {recipient}s Postfach auf {store} eingeliefert (per LMTP). Dort wartet sie: Noch wird nichts an das Gerät von {recipient} geschickt.',
  'step.store.junk': 'Die Nachricht wird im Junk-Ordner von {recipient}s Postfach auf {store} abgelegt (per LMTP).',
  'step.store.local':
    '{recipientDomain} ist der eigene Anbieter von {sender}, also gibt es keine DNS-Abfrage und keinen Weg durchs Internet: Der Server legt die Nachricht direkt in {recipient}s Postfach auf {store} (per LMTP). Spamfilter und Regeln laufen trotzdem.',
  'step.login.imap':
    '{recipient} öffnet die Mail-App. Sie meldet sich per IMAP bei {access} an (Port 993, mit TLS verschlüsselt), und der IMAP-Server öffnet {recipient}s Postfach im Speicher.',
  'step.login.pop3':
    '{recipient} öffnet die Mail-App. Sie meldet sich per POP3 bei {access} an (Port 995, mit TLS verschlüsselt), und der POP3-Server öffnet {recipient}s Postfach im Speicher.',
  'step.read.imap':
    'Die App holt die Nachricht (IMAP FETCH), und {recipient} liest sie. Die Nachricht bleibt auf dem Server, also sehen die anderen Geräte von {recipient} sie auch.',
  'step.read.imap.junk': '{recipient}s App zeigt die Nachricht im Junk-Ordner (IMAP hält die Ordner auf dem Server).',
  'step.read.pop3': 'Die App lädt die Nachricht herunter (POP3 RETR), und {recipient} liest sie.',
  'step.read.pop3.junk': 'POP3 liest nur den Posteingang, also wartet die Nachricht ungesehen im Junk-Ordner.',
  'step.bounce':
    '{mta} kann die Nachricht nicht zustellen und schreibt deshalb eine Unzustellbarkeitsnachricht (eine Zustellstatusmeldung, Status {status}) vom leeren Absender <> und legt sie als neue Nachricht in {sender}s Postfach auf {senderStore} ab.',

  'summary.delivered': '{recipient} hat die Nachricht: {steps} Schritte, etwa {seconds} Sekunden echte Internetzeit.',
  'summary.bounced.list':
    'Die Kopie der Liste konnte nicht zugestellt werden (Status {status}). Die Unzustellbarkeitsnachricht ging an die Liste, also steht in {sender}s Posteingang nichts davon.',
  'summary.bounced':
    'Die Nachricht konnte nicht zugestellt werden (Status {status}). In {sender}s Posteingang liegt jetzt die Unzustellbarkeitsnachricht mit dem Grund.',
  'summary.rejected':
    'Der Einlieferungsserver hat die Nachricht abgelehnt (Status {status}). {sender}s App hat den Fehler gezeigt, und nichts wurde verschickt.',
  'summary.deferred':
    'Noch nicht zugestellt (Status {status}): Die Nachricht wartet in der Warteschlange des Relays und wird erneut versucht.',
  'summary.quarantined': 'Die Nachricht wurde zugestellt, aber in den Junk-Ordner von {recipient}.',

  'label.compose': 'Schreiben und senden',
  'label.submit': 'An den MSA übergeben',
  'label.refuse': 'Fehler angezeigt',
  'label.handoff': 'An das Ausgangs-Relay',
  'label.dns-mx': 'DNS nach MX fragen',
  'label.dns-a': 'DNS nach der Adresse fragen (A)',
  'label.dns-aaaa': 'DNS nach der IPv6-Adresse fragen (AAAA)',
  'label.check-ptr': 'Der MX fragt, wer sich verbunden hat (PTR)',
  'label.check-spf': 'Der MX prüft SPF',
  'label.check-dkim': 'Der MX prüft DKIM',
  'label.check-dmarc': 'Der MX prüft DMARC',
  'label.reply': 'Die Antwort geht zurück',
  'label.notice': 'Meldung „neue Mail“',
  'label.fetch': 'Nach der Nachricht fragen',
  'label.bounce-fetch': 'Der Absender fragt nach neuer Mail',
  'label.bounce-read': 'Der Absender liest die Unzustellbarkeitsnachricht',
  'label.relay': 'Zustellung an den MX',
  'label.queue': 'In der Warteschlange warten',
  'label.filter': 'Spam- und Virenprüfung',
  'label.store': 'Im Postfach ablegen',
  'label.login': 'Beim Postfach nachfragen',
  'label.read': 'Die E-Mail lesen',
  'label.bounce': 'Unzustellbarkeitsnachricht ins Postfach des Absenders',

  'note.tls':
    'Hier beginnt die Verschlüsselung (TLS-Handshake; der Client prüft das Zertifikat von {server}). Danach muss der Client erneut EHLO sagen: Was er vorher erfahren hat, gilt nicht mehr.',
  'note.imap.seen':
    'Ein Abruf ohne PEEK setzt auf dem Server die Markierung \\Seen, also sehen alle Geräte die Nachricht als gelesen.',
  'note.imap.idle':
    'Die App wartet jetzt mit IDLE; der Server meldet neue Mail (zum Beispiel „* 5 EXISTS“) in dem Moment, in dem sie ankommt.',
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
  'note.muaError': 'Die App zeigt: „Deine Nachricht konnte nicht gesendet werden. Der Server sagte: {reply}“',

  'myth.heading': 'Ein häufiges Missverständnis',
  'myth.1':
    'Nicht „ein Ausgangs- und ein Eingangskasten“: Das sind Rollen. Der Einlieferungsserver verlangt auf Port 587 eine Anmeldung (AUTH); Server, die sich Mail auf Port 25 weiterreichen, melden sich nie an und werden stattdessen mit SPF, DKIM und DMARC geprüft.',
  'myth.2':
    'IMAP und POP3 lesen Mail nur aus dem Postfachspeicher; sie senden und empfangen nie. Die Sicherheit kommt von TLS (Ports 993 und 995), nicht vom Protokoll selbst.',
  'myth.3':
    'Bei Webmail im Browser spricht der Browser kein SMTP: Er spricht HTTPS mit dem Anbieter, dessen Server die Nachricht an diesen Einlieferungsserver übergeben. Mail-Apps auf Laptop oder Handy nutzen SMTP auf Port 587 wie hier.',
  'myth.4':
    'Lokale Mail wird nicht „direkt an den IMAP-Server geschickt“: Sie wird im Postfachspeicher abgelegt (hier per LMTP). IMAP- und POP3-Server bedienen den Speicher erst, wenn sich die App des Lesers verbindet.',
  'myth.5':
    'Das DNS liefert die Adresse des Mailservers des Empfängers, nicht die seines Computers. Das Relay fragt zuerst nach den MX-Einträgen der Domain hinter dem @, dann nach der Adresse dieses Servers.',
  'myth.6':
    'Die Nachricht läuft nicht über „jede Menge fremde Server“. Internet-Router transportieren ihre Pakete, lesen oder speichern aber nie Mail; nur die Mailserver der beiden Anbieter bearbeiten sie, und jeder fügt eine Received-Zeile hinzu.',
  'myth.7':
    'Der empfangende Server prüft den Umschlag-Empfänger (RCPT TO), nicht die To:-Zeile, und zuerst, ob er für diese Domain überhaupt Mail annimmt. Deshalb funktioniert Bcc.',

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
  'cmd.LOGIN': 'LOGIN: Die App des Lesers meldet sich beim IMAP-Server an.',
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
  'details.original': 'Die Originalnachricht, wie die App des Lesers sie zeigt',
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
  'mailbox.laptop': 'Laptop von {name}',
  'mailbox.laptop.none': 'Noch nichts',
  'mailbox.laptop.shown': 'Zeigt die Nachricht, gelesen vom Server',
  'mailbox.laptop.downloaded': 'Hat die einzige Kopie (heruntergeladen)',
  'mailbox.phone': 'Handy von {name}',
  'mailbox.phone.none': 'Sieht sie nie: Die Nachricht hat den Server verlassen',
  'mailbox.phone.unread': 'Würde sie als ungelesen zeigen',
  'mailbox.phone.read': 'Zeigt sie auch als gelesen (IMAP hält Markierungen auf dem Server)',
  'mailbox.intro.imap':
    'Bei IMAP bleibt die Nachricht auf dem Server, und jedes Gerät sieht dieselben Ordner und Lesemarkierungen.',
  'mailbox.intro.pop3':
    'Bei POP3 lädt die App den Posteingang herunter; nach DELE und QUIT ist die Nachricht vom Server verschwunden.',

  'depth.legend': 'Detailgrad',
  'depth.beginner': 'Einsteiger',
  'depth.expert': 'Profi',
  'retrieval.legend': 'Wie holt der Leser seine Mail ab?',
  'retrieval.imap': 'IMAP (bleibt auf dem Server)',
  'retrieval.pop3': 'POP3 (lädt sie herunter)',
  'preset.label': 'Was unterwegs passiert',
  'preset.none': 'Alles funktioniert',
  'preset.unknown-user': 'Das Postfach gibt es nicht',
  'preset.no-such-domain': 'Die Domain gibt es nicht',
  'preset.null-mx': 'Die Domain nimmt keine Mail an (Null-MX)',
  'preset.no-mx': 'Die Domain hat keinen MX-Eintrag',
  'preset.primary-mx-down': 'Der erste Mailserver ist ausgefallen',
  'preset.all-mx-down': 'Alle Mailserver sind ausgefallen',
  'preset.greylisted': 'Greylisting: „später nochmal“',
  'preset.auth-failed': 'Falsches Passwort',
  'preset.dmarc-reject': 'Ein gefälschter Absender wird abgelehnt (Spoof, DMARC reject)',
  'preset.spam': 'Sieht nach Spam aus',
  'preset.mailbox-full': 'Das Postfach ist voll',
  'preset.too-large': 'Der Anhang ist zu groß',
  'preset.relay-denied': 'Der MX nimmt für die Domain keine Mail an (Relay verweigert)',

  'playback.label': 'Wiedergabe',
  'playback.play': 'Abspielen',
  'playback.restart': 'Vom ersten Schritt neu starten',
  'playback.back': 'Schritt zurück',
  'playback.forward': 'Schritt vor',
  'playback.speed': 'Tempo',
  'playback.speed.slow': 'Langsam (0,5×)',
  'playback.speed.normal': 'Normal (1×)',
  'playback.speed.fast': 'Schnell (3×)',
  'playback.lessonClock': 'Unterrichtszeit {elapsed} von {total}',
  'playback.copyLink': 'Link zu diesem Schritt kopieren',
  'playback.copied': 'Link kopiert.',
  'playback.linkField': 'Link zu diesem Schritt (von Hand kopieren)',
  'timeline.label': 'Zeitleiste der Reise',
  'timeline.heading': 'Zeitleiste',
  'timeline.hidden': 'Was passiert als Nächstes?',
  'timeline.step': 'Schritt {n}:',

  'checkpoint.tag': 'Vorhersage:',
  'checkpoint.right': 'richtige Antwort',
  'checkpoint.notThis': 'deine Wahl',
  'checkpoint.correct': 'Gut vorhergesagt!',
  'checkpoint.incorrect': 'Nicht ganz.',
  'checkpoint.continue': 'Weiter',
  'checkpoint.skip': 'Frage überspringen',
  'checkpoint.next-server.q':
    '{recipient} ist bei einem anderen Anbieter. Welchen Server fragt der Anbieter von {sender} als Nächstes?',
  'checkpoint.next-server.0': 'Den Computer von {recipient}',
  'checkpoint.next-server.1': 'Einen DNS-Resolver',
  'checkpoint.next-server.2': 'Den IMAP-Server von {sender}',
  'checkpoint.next-server.3': 'Den nächsten Internet-Router',
  'checkpoint.next-server.why':
    'Das Relay muss erst erfahren, welche Server Mail für {domain} annehmen, also fragt es das DNS nach den MX-Einträgen dieser Domain.',
  'checkpoint.after-mx.q':
    'Das DNS hat zwei Mailserver genannt, mit Priorität 10 und 20. Wonach fragt das Relay als Nächstes?',
  'checkpoint.after-mx.0': 'Nach nichts: Es schickt die Nachricht an beide',
  'checkpoint.after-mx.1': 'Nach der Adresse des Servers mit Priorität 20',
  'checkpoint.after-mx.2': 'Nach der Adresse des Servers mit Priorität 10',
  'checkpoint.after-mx.why':
    'Die kleinste Prioritätszahl wird zuerst versucht. Ein MX-Eintrag nennt einen Hostnamen, also braucht das Relay noch dessen Adresse (A/AAAA).',
  'checkpoint.same-domain.q':
    '{recipient} hat denselben Anbieter wie {sender}. Was passiert, nachdem der Einlieferungsserver die Nachricht angenommen hat?',
  'checkpoint.same-domain.0': 'Er fragt das DNS nach dem MX von {domain}',
  'checkpoint.same-domain.1': 'Er legt die Nachricht sofort in {recipient}s Postfach',
  'checkpoint.same-domain.2': 'Er schickt die Nachricht an den IMAP-Server von {recipient}',
  'checkpoint.same-domain.why':
    'Die Domain gehört dem Anbieter selbst, also gibt es keine DNS-Abfrage und keinen Weg durchs Internet: Die lokale Zustellung legt sie im Postfachspeicher ab. IMAP bedient den Speicher erst später.',
  'checkpoint.who-fetches.q':
    'Die Nachricht wartet im Postfachspeicher. Wie kommt sie auf den Bildschirm von {recipient}?',
  'checkpoint.who-fetches.0': '{recipient}s App meldet sich an (IMAP oder POP3) und holt sie',
  'checkpoint.who-fetches.1': 'Der Speicher schickt sie per SMTP an den Computer von {recipient}',
  'checkpoint.who-fetches.2': 'Das DNS leitet sie an den Computer weiter',
  'checkpoint.who-fetches.why':
    'Die Zustellung endet im Speicher. Die App des Lesers verbindet sich, wann sie will, und liest per IMAP oder POP3 aus dem Speicher.',

  'shortcuts.title': 'Tastenkürzel',
  'shortcuts.open': 'Tastenkürzel',
  'shortcuts.close': 'Schließen',
  'shortcuts.note': 'Während du in einem Feld tippst, tun die Kürzel nichts.',
  'shortcuts.key.space': 'Leertaste',
  'shortcuts.key.right': '→',
  'shortcuts.key.left': '←',
  'shortcuts.key.home': 'Pos1',
  'shortcuts.key.end': 'Ende',
  'shortcuts.key.help': '?',
  'shortcuts.playPause': 'Abspielen oder anhalten',
  'shortcuts.forward': 'Nächster Schritt',
  'shortcuts.back': 'Vorheriger Schritt',
  'shortcuts.first': 'Erster Schritt',
  'shortcuts.last': 'Letzter Schritt',
  'shortcuts.help': 'Diese Liste zeigen',
  'graph.routeHeading': 'Der Weg, Schritt für Schritt',
  'graph.current': '(jetzt hier)',
  'notice.hint.motion': 'Nimm reduce oder auto.',
  'notice.hint.trace':
    'Nimm 1, um den Tracer zu öffnen, oder den Namen eines Beispiels: webmail, small-server, forwarded oder greylisted.',
  'notice.hint.checkpoints': 'Nimm 1 für Vorhersagefragen.',

  'narration.heading': 'Was gerade passiert',
  'narration.idle': 'Drücke „Senden“, um die Reise zu starten.',
  'narration.stepOf': 'Schritt {n} von {total}',
  'narration.port': 'Port {port}',
  'narration.clock': 'Internetuhr: {time} (dieser Schritt dauert im echten Internet etwa {took})',
  'narration.clockStart': 'Internetuhr: {time}',
  'number.decimal': ',',
  'number.group': '.',
  'unit.millisecond': '{n} ms',
  'unit.second': '{n} Sek.',
  'unit.minute': '{n} Min.',
  'unit.hour': '{n} Std.',
  'unit.megabyte': '{n} MB',
  'notice.hint.depth': 'Nimm beginner oder expert.',
  'outcome.delivered': 'Zugestellt',
  'outcome.bounced': 'Zurückgeschickt',
  'outcome.rejected': 'Abgelehnt',
  'outcome.deferred': 'Aufgeschoben',
  'outcome.quarantined': 'Im Junk-Ordner zugestellt',

  'graph.label': 'Der Weg der E-Mail',
  'graph.now': 'Jetzt bei: {node}.',

  'notice.heading': 'Einige Einstellungen aus dem Link wurden nicht verwendet',
  'notice.badValue': '{key}={value} ist kein gültiger Wert, darum gilt der Standard ({fallback}). {hint}',
  'notice.dismiss': 'Ausblenden',
  'notice.hint.mode': 'Nimm cross-domain oder same-domain.',
  'notice.hint.speed': 'Nimm eine Zahl von 0.25 bis 20.',
  'notice.hint.retrieval': 'Nimm imap oder pop3.',
  'notice.hint.scenario': 'Die Liste der Szenarien steht in der README.',
  'notice.hint.autoplay': 'Nimm 1, um beim Laden zu senden.',
  'notice.hint.step': 'Nimm eine Schrittnummer ab 1.',
  'notice.hint.lang': 'Nimm ein Sprachkürzel wie en oder de.',
  'notice.hint.theme': 'Nimm light, dark oder contrast.',
  'notice.hint.controls': 'Nimm full, minimal oder none.',
  'notice.hint.address': 'Nimm eine Adresse wie bob@example.org.',
  'notice.hint.text': 'Er war zu lang.',
  'notice.hint.conflict': 'Die Empfängeradresse bestimmt den Modus.',
  'notice.emptyValue': '(leer)',

  'protocol.RFC 5322': 'RFC 5322',
  'protocol.SMTP submission': 'SMTP-Einlieferung',
  'protocol.SMTP': 'SMTP',
  'protocol.SMTP relay': 'SMTP-Relay',
  'protocol.DNS': 'DNS',
  'protocol.Queue': 'Warteschlange',
  'protocol.LMTP': 'LMTP',
  'protocol.IMAP': 'IMAP',
  'protocol.POP3': 'POP3',
  'protocol.DSN (bounce)': 'DSN (Unzustellbarkeit)',
  'default.subject': 'Mittagessen am Freitag?',
  'default.body': 'Hallo {recipient}, Mittagessen am Freitag?',

  'embed.open': 'Einbetten',
  'share.textLeftOut':
    'Der Nachrichtentext ist zu lang für einen Link, darum enthält der Link nur die Einstellungen und den Schritt.',
  'notice.hint.origin':
    'Nimm den Ursprung der Unterrichtsseite, etwa https://lessons.example.org. Bis dahin nimmt dieser Rahmen keine Befehle an und meldet keiner Seite, was geschieht.',
  'embed.title': 'Diese Reise in eine Unterrichtsseite einbauen',
  'embed.intro':
    'Beide Schnipsel enthalten die Nachricht und die Einstellungen, die du jetzt siehst. Nichts wird irgendwohin geschickt: Die Seite funktioniert offline.',
  'embed.tag': 'Als Element (das Skript einmal pro Seite laden)',
  'embed.iframe': 'Als iframe (geht auf jeder Website, die iframes erlaubt)',
  'embed.copy': 'Kopieren',
  'embed.copied': 'Kopiert.',
  'embed.copyFailed': 'Kopieren wurde verweigert; markiere den Text und kopiere ihn von Hand.',
  'embed.close': 'Schließen',
  'app.fullscreen': 'Vollbild',
  'app.exitFullscreen': 'Vollbild verlassen',
  'language.label': 'Sprache',

  'trace.heading': 'Echte E-Mail verfolgen',
  'trace.intro':
    'Füge den Header einer E-Mail ein, die du bekommen hast, oder zieh ihre .eml-Datei hierher, und sieh dir den Weg an, den sie wirklich genommen hat. Alles wird auf dieser Seite gelesen: Nichts, was du einfügst, verlässt deinen Browser.',
  'trace.input.label': 'Header der Nachricht (oder die ganze Nachricht)',
  'trace.input.placeholder': 'Received: from … by … with ESMTPS …; Tue, 14 Jan 2025 09:30:05 +0000',
  'trace.input.read': 'Diese E-Mail verfolgen',
  'trace.input.file': '.eml-Datei öffnen',
  'trace.input.clear': 'Leeren',
  'trace.input.drop': '.eml-Datei hier ablegen',
  'trace.input.reading': 'Wird gelesen …',
  'trace.input.source.file': 'Aus der Datei {name}',
  'trace.input.source.large': '{size} Text eingefügt: zu lang, um ihn hier zu zeigen, daher direkt gelesen.',
  'trace.input.source.sample': 'Beispiel: {name}',
  'trace.samples.label': 'Oder probiere ein Beispiel',
  'trace.samples.none': 'Beispiel wählen …',
  'trace.samples.webmail': 'Großer Webmail-Anbieter an gehostete Mail (viele interne Hops)',
  'trace.samples.small-server': 'Kleiner Postfix-Server mit Spamfilter (und einer vorgehenden Laptop-Uhr)',
  'trace.samples.forwarded': 'Weitergeleitet von einer Uni-Adresse an eine private',
  'trace.samples.greylisted': 'Greylisting: beim zweiten Versuch angenommen, sechs Minuten später',
  'trace.help.summary': 'Wo finde ich den Header?',
  'trace.help.gmail': 'Gmail im Web: Nachricht öffnen, ⋮ (Mehr) → Original anzeigen.',
  'trace.help.outlook':
    'Outlook im Web: ⋯ → Ansicht → Nachrichtenquelle anzeigen. Outlook für Windows: Datei → Eigenschaften → Internetkopfzeilen.',
  'trace.help.apple': 'Apple Mail: Darstellung → E-Mail → Rohquelle.',
  'trace.help.thunderbird': 'Thunderbird: Ansicht → Nachrichtenquelltext (Strg+U).',
  'trace.help.privacy':
    'Header enthalten Adressen und Servernamen. Diese Seite schickt sie nirgendwohin, aber überlege gut, bevor du einen Screenshot teilst.',

  'trace.problem.empty':
    'Noch gibt es nichts zu lesen. Füge einen Header ein, öffne eine .eml-Datei oder wähle ein Beispiel.',
  'trace.problem.binary':
    'Diese Datei ist keine E-Mail: Sie sieht aus wie ein Bild, ein PDF oder eine andere Binärdatei. Speichere die E-Mail als .eml (oder kopiere ihren Header) und versuche es noch einmal.',
  'trace.problem.json':
    'Das sieht nach JSON oder Programmdaten aus, nicht nach einem E-Mail-Header. Ein Header besteht aus Zeilen wie „Received: from … by …; Datum“.',
  'trace.problem.noHeader':
    'Es wurden keine Header-Felder gefunden. Ein Header besteht aus Zeilen der Form „Name: Wert“, etwa „Received: …“ und „Date: …“, vor der ersten leeren Zeile.',
  'trace.problem.noReceived':
    'Dieser Header hat keine Received-Zeilen, also gibt es keinen Weg zu verfolgen. Kopiere den vollständigen Header („Original anzeigen“) einer empfangenen Nachricht, nicht einer, die du gerade schreibst.',
  'trace.problem.unreadable':
    'Dieser Text ließ sich nicht als E-Mail-Header lesen. Prüfe, ob du den ganzen Header kopiert hast.',

  'trace.summary.heading': 'Was der Header sagt',
  'trace.summary.subject': 'Betreff',
  'trace.summary.from': 'Von',
  'trace.summary.to': 'An',
  'trace.summary.sent': 'Date:-Feld',
  'trace.summary.hops': 'Hops',
  'trace.summary.total': 'Zeit unterwegs',
  'trace.summary.receiver': 'Zugestellt bei',
  'trace.summary.unknown': 'nicht angegeben',
  'trace.summary.totalNote': 'vom Date:-Feld bis zur letzten Received-Zeile',
  'trace.summary.totalFromFirst': 'von der ersten bis zur letzten Received-Zeile',

  'trace.remark.noDate': 'Der Header hat kein lesbares Date:-Feld, daher hat der erste Hop keine Verzögerung.',
  'trace.remark.loop':
    'Diese Nachricht trägt {count} Received-Zeilen. Echte Mail hat eine Handvoll; Server werten 100 oder mehr als Mail-Schleife und brechen ab (RFC 5321 §6.3).',
  'trace.remark.authForeign':
    'Kein Authentication-Results-Feld nennt die empfangende Organisation; die Ergebnisse unten stammen also von einem Server, für den niemand bürgt.',
  'trace.remark.stray':
    '{count} Zeile(n) des Textes waren keine Header-Felder und wurden ausgelassen (unten aufgeführt).',
  'trace.remark.cut': 'Der Text ist sehr lang; nur die ersten 1,9 MB wurden gelesen.',
  'trace.remark.dateSkew':
    'Das Date:-Feld liegt nach der ersten Received-Zeile: Die Uhr des Absenders geht vor. Die Zeit unterwegs wird deshalb ab dem ersten Hop gezählt.',
  'trace.remark.controls':
    '{count} Received-Zeile(n) enthalten unsichtbare oder die Schreibrichtung steuernde Zeichen (etwa U+202E), hier als Codes wie <U+202E> gezeigt. Kein Mailserver schreibt so etwas: Jemand hat diese Zeilen gefälscht, damit sie sich anders lesen.',
  'trace.remark.greylist': 'Der empfangende Server hat notiert: X-Greylist: {text}',
  'trace.stray.heading': 'Ausgelassene Zeilen',
  'trace.stray.line': 'Zeile {number}',

  'trace.auth.heading': 'Absenderprüfungen (SPF, DKIM, DMARC)',
  'trace.auth.by': 'Geschrieben von {server}, das oberste Authentication-Results-Feld der empfangenden Organisation.',
  'trace.auth.byForeign': 'Geschrieben von {server}. Es nennt nicht die empfangende Organisation.',
  'trace.auth.noServer': 'einem unbenannten Server',
  'trace.auth.byUnnamed':
    'Geschrieben innerhalb von {org}, nachdem die Nachricht dort ankam: Das Feld nennt keinen Server (so schreibt es Microsoft 365), steht aber über der ersten Received-Zeile der Organisation, ist also das eigene Urteil des Empfängers.',
  'trace.auth.merged':
    'Dieser Server hat seine Ergebnisse auf {count} Authentication-Results-Felder verteilt; sie werden zusammen gelesen.',
  'trace.auth.others':
    '{count} weitere(s) Authentication-Results-Feld(er) stehen weiter unten im Header. Andere Server haben sie früher auf dem Weg geschrieben, und jeder davor hätte sie fälschen können.',
  'trace.auth.none':
    'Der Header hat kein Authentication-Results-Feld; er sagt also nicht, ob der Absender geprüft wurde.',
  'trace.auth.about': 'zu {about}',
  'trace.auth.spf': 'SPF: Durfte der sendende Server für die Domain des Umschlag-Absenders senden?',
  'trace.auth.dkim': 'DKIM: Deckt eine gültige Signatur der Domain die Nachricht ab?',
  'trace.auth.dmarc': 'DMARC: Passt eine bestandene SPF- oder DKIM-Domain zur From:-Adresse?',

  'trace.table.heading': 'Hops',
  'trace.table.caption': 'Alle Hops, der älteste zuerst. Wähle einen Hop, um ihn im Bild zu zeigen.',
  'trace.table.hop': 'Hop',
  'trace.table.from': 'Von',
  'trace.table.by': 'Durch',
  'trace.table.with': 'Mit',
  'trace.table.time': 'Zeit (UTC)',
  'trace.table.delay': 'Verzögerung',
  'trace.table.sort': 'Nach {column} sortieren',
  'trace.table.copy': 'Tabelle kopieren',
  'trace.table.copied': 'Als tabulatorgetrennter Text kopiert.',
  'trace.table.copyManual': 'Kopieren ist hier nicht erlaubt; markiere den Text unten und kopiere ihn.',
  'trace.table.copyField': 'Die Hop-Tabelle als Text',
  'trace.table.show': 'Hop {number} zeigen',
  'trace.table.noDate': 'kein Datum',
  'trace.table.skew': 'Uhr geht falsch',
  'trace.table.slightSkew': 'Uhren weichen leicht ab',
  'trace.table.dateSkew': 'Uhr des Absenders geht vor',
  'trace.table.forged': 'versteckte Zeichen: gefälscht?',
  'trace.table.pages': 'Seiten der Hop-Tabelle',
  'trace.table.previous': 'Vorige Hops',
  'trace.table.next': 'Nächste Hops',
  'trace.table.range': 'Hops {from}–{to} von {count}',
  'trace.table.tls.yes': 'verschlüsselt (TLS)',
  'trace.table.tls.no': 'kein TLS vermerkt',
  'trace.table.tls.unknown': 'Verschlüsselung nicht vermerkt',
  'trace.table.tls.local': 'innerhalb eines Rechners',

  'trace.graph.label': 'Der Weg der eingefügten E-Mail: {count} Hops, der älteste zuerst',
  'trace.graph.folded':
    'Lange Folgen von Hops innerhalb einer Organisation sind zu „…“-Kästen zusammengefaltet ({count} Hops); die Tabelle listet jeden Hop.',
  'trace.node.origin': 'die App des Absenders',
  'trace.node.unnamed': 'ein unbenannter Server',
  'trace.node.fold': '… {count} weitere Hops',
  'trace.zone.origin': 'Seite des Absenders',
  'trace.table.notRecorded': 'nicht vermerkt',
  'trace.zone.unknown': 'ohne Namen',
  'trace.roleShort.origin': 'Ausgangspunkt',
  'trace.roleShort.webmail': 'Webmail-Frontend',
  'trace.roleShort.submission': 'Einlieferung (Login)',
  'trace.roleShort.local': 'lokale Übergabe',
  'trace.roleShort.border': 'Eingangsserver (MX)',
  'trace.roleShort.internal': 'interner Relay',
  'trace.roleShort.filter': 'Filter auf demselben Host',
  'trace.roleShort.delivery': 'Zustellung ins Postfach',
  'trace.roleShort.fold': 'zusammengefaltet (siehe Tabelle)',

  'trace.playback.label': 'Den Weg abspielen',
  'trace.playback.replay': 'Abspielen',
  'trace.playback.position': 'Hop {hop} von {count}',
  'trace.playback.ready': '{count} Hops',
  'trace.timing.legend': 'Zeitmaß',
  'trace.timing.scale': 'Maßstabsgetreu',
  'trace.timing.equal': 'Gleiche Schritte',

  'trace.caption.heading': 'Hop {number} von {count}',
  'trace.caption.start':
    'Drücke „Abspielen“, um der Nachricht Hop für Hop zu folgen, oder wähle einen Hop in der Tabelle.',
  'trace.caption.delay': '{delay} nach dem vorigen Zeitpunkt.',
  'trace.caption.delayFirst': '{delay} nach dem Date:-Feld.',
  'trace.caption.noDelay': 'Für diesen Hop lässt sich keine Verzögerung berechnen.',
  'trace.caption.source': 'Aus Received-Zeile {line} von {count}, von oben gezählt (die neueste steht oben):',
  'trace.caption.fields': 'Was der Parser daraus gelesen hat',
  'trace.caption.forged':
    'Achtung: Diese Zeile enthält unsichtbare oder die Schreibrichtung steuernde Zeichen, gezeigt als Codes wie <U+202E>. Hostnamen können sie nicht enthalten (RFC 5321): Die Zeile wurde gefälscht, damit sie sich anders liest, als sie ist.',
  'trace.field.helo': 'Stellte sich vor als (EHLO)',
  'trace.field.rdns': 'Reverse-DNS-Name',
  'trace.field.ip': 'IP-Adresse',
  'trace.field.by': 'Empfangen durch',
  'trace.field.with': 'Mit',
  'trace.field.id': 'Queue-ID',
  'trace.field.for': 'Für',
  'trace.field.software': 'Mail-Software',
  'trace.field.date': 'Datum wie geschrieben',
  'trace.field.utc': 'In UTC',

  'trace.role.webmail':
    '{by} übernahm die Nachricht vom Webmail-Frontend des Anbieters. Der Browser sprach HTTPS mit dem Webserver; aus dem Browser wurde kein SMTP benutzt.',
  'trace.role.submission':
    '{by} nahm die Nachricht nach einer Anmeldung von der App des Absenders an ({with}): Das ist der Einlieferungsserver, der erste Mailserver auf dem Weg.',
  'trace.role.local':
    'Ein Programm auf {by} übergab die Nachricht an das Mailsystem (ohne Netzwerk-Hop), zum Beispiel das lokale Einlieferungsprogramm.',
  'trace.role.border':
    '{by} empfing die Nachricht über das Internet von {from}: Hier ging sie von {fromOrg} zu {byOrg} über. Das ist der Eingangsserver (MX) von {byOrg}.',
  'trace.role.internal':
    '{by} reichte die Nachricht innerhalb von {byOrg} weiter: ein Relay-, Filter- oder Hub-Server.',
  'trace.role.filter':
    '{from} übergab die Nachricht an {by} auf demselben Rechner. Mailserver schicken jede Nachricht so durch Filterprogramme (Spam, Viren), und jeder Durchgang fügt eine Received-Zeile hinzu.',
  'trace.role.delivery':
    '{by} legte die Nachricht im Postfachspeicher ab ({with}). Von hier liest die App des Empfängers sie über IMAP oder POP3.',

  'trace.note.tls.yes': 'Die Verbindung war verschlüsselt (TLS).',
  'trace.note.tls.no':
    'Für diesen Hop ist kein TLS vermerkt. Über das Internet hieße das: Jeder auf dem Weg könnte mitlesen; innerhalb einer Organisation oder eines Rechners ist es üblich.',
  'trace.note.tls.unknown': 'Die Zeile sagt nicht, ob diese Übergabe verschlüsselt war.',
  'trace.note.tls.local': 'Diese Übergabe blieb innerhalb eines Rechners.',
  'trace.note.auth': 'Der Absender hat sich angemeldet (das A in {with} oder ein Vermerk „Authenticated sender“).',
  'trace.note.helo': 'Er stellte sich als {helo} vor, aber der Reverse-DNS-Name seiner Adresse ist {rdns}.',
  'trace.note.skew':
    'Diese Zeit liegt mehr als ein paar Sekunden vor der des vorigen Hops, was nicht sein kann: Die Uhr eines der beiden Server geht falsch. Die Verzögerung wird als 0 gezeigt.',
  'trace.note.slightSkew':
    'Diese Zeit liegt ein paar Sekunden vor der des vorigen Hops: Die Uhren der beiden Server weichen leicht voneinander ab, das ist häufig und harmlos. Die Verzögerung wird als 0 gezeigt.',
  'trace.note.dateAhead':
    'Der Date:-Header ist später als diese erste Received-Zeit. Date: schreibt meist das Gerät des Absenders (die Mail-App), dessen Uhr oft etwas abweicht; den Zeiten der Server ist eher zu trauen.',
  'trace.note.controls':
    'Diese Zeile enthält unsichtbare oder die Schreibrichtung steuernde Zeichen: ein Zeichen für Fälschung (kein Mailserver schreibt sie).',
  'trace.note.implausible':
    'Mehr als eine Woche für einen Hop: Höchstwahrscheinlich geht die Uhr eines Servers falsch.',
  'trace.note.slow':
    'Eine lange Wartezeit für einen Hop. Typische Gründe: Greylisting (der Empfänger bat den Absender, es später noch einmal zu versuchen), ein neuer Versuch nach einem Fehler oder eine volle Warteschlange.',
  'trace.note.noDate': 'Diese Zeile trägt kein lesbares Datum, daher ist ihre Verzögerung unbekannt.',
  'trace.note.zone': 'Das Datum nennt keine Zeitzone, die der Parser kennt; UTC wurde angenommen.',
  'trace.note.inferredBy': 'Die Zeile nennt ihren Server nicht; {by} stammt aus der Zeile darüber.',
  'trace.note.upstream':
    'Geschrieben, bevor die Nachricht die empfangende Organisation erreichte: eine Angabe der sendenden Seite, die gefälscht sein könnte.',
  'trace.note.unparsed': 'Nicht verstanden und übersprungen: „{text}“.',
  'wait.timeout': 'keine Antwort: {seconds} s',
  'wait.retry': 'neuer Versuch in {minutes} Min.',
  'wait.give-up': 'gibt nach {days} Tagen auf',
  'dns.q.mx': 'MX von {domain}?',
  'dns.q.a': 'A von {host}?',
  'dns.a.list': '{list}',
  'dns.a.none': 'keine Adresse',
  'dns.a.nxdomain': 'NXDOMAIN',
  'dns.a.empty': 'kein MX',
  'dns.a.null-mx': '0 .',
  'verdict.nxdomain': 'Domain gibt es nicht',
  'verdict.null-mx': 'nimmt keine Mail an',
  'dns.q.aaaa': 'AAAA von {host}?',
  'dns.q.ptr': 'PTR von {name}?',
  'dns.q.txt': 'TXT von {name}?',
  'dns.a.no-record': 'kein Eintrag',
  'step.dns-aaaa':
    '{mta} stellt eine zweite Frage, nach der IPv6-Adresse (AAAA) von {mx}: {addresses}. Eine DNS-Frage fragt nach genau einer Art von Eintrag.',
  'step.dns-aaaa.none':
    '{mta} stellt eine zweite Frage, nach der IPv6-Adresse (AAAA) von {mx}: Es gibt keine, also verbindet er sich über IPv4.',
  'step.dns-aaaa.nothing':
    '{mta} fragt auch nach der IPv6-Adresse (AAAA) von {mx}: Auch die gibt es nicht. Ohne jede Adresse ist {mx} nicht erreichbar.',
  'step.relay.refused-connection':
    '{mta} versucht, sich auf Port 25 mit {mx} zu verbinden. Der Rechner antwortet sofort, dass dort niemand lauscht (Verbindung abgelehnt).',
  'step.relay.rejected-mail':
    '{mta} verbindet sich auf Port 25 mit {mx} und nennt die Größe der Nachricht. Bei MAIL FROM lehnt der Server ab: {reply}.',
  'step.reply.rejected':
    'Die Ablehnung von {mx}, {reply}, geht zurück an {mta}. Die Nachricht bleibt bei {mta}, der jetzt {sender} Bescheid geben muss.',
  'step.reply.deferred':
    'Die Antwort von {mx}, {reply}, geht zurück an {mta}: jetzt nicht, später noch einmal. Die Nachricht bleibt in der Warteschlange von {mta}.',
  'step.reply.rejected-data':
    '{mx} hat geprüft, wer die Nachricht wirklich geschickt hat, und lehnt sie nach dem abschließenden Punkt ab: {reply}. Die Ablehnung geht zurück an {mta}.',
  'step.check.ptr.pass':
    '{mx} fragt seinen DNS-Resolver nach dem Namen hinter der Adresse, die sich verbunden hat ({ip}): {record}. Der Name kommt in seine Received-Zeile.',
  'step.check.ptr.fail': '{mx} fragt seinen DNS-Resolver nach dem Namen hinter {ip}: Es gibt keinen.',
  'step.check.spf.pass':
    '{mx} holt den SPF-Eintrag von {senderDomain}: {record}. Die Adresse des Relays, {ip}, steht in der Liste, also besteht SPF.',
  'step.check.spf.fail':
    '{mx} holt den SPF-Eintrag von {senderDomain}: Die Adresse des Relays, {ip}, darf nicht für {senderDomain} senden, also fällt SPF durch.',
  'step.check.dkim.pass':
    '{mx} holt den DKIM-Schlüssel von {senderDomain} (s2025._domainkey) und prüft die Signatur, die der Anbieter hinzugefügt hat: DKIM besteht.',
  'step.check.dkim.fail':
    '{mx} sucht den DKIM-Schlüssel von {senderDomain} (s2025._domainkey), aber es ist keiner veröffentlicht; die Signatur lässt sich nicht prüfen: DKIM fällt durch.',
  'step.check.dmarc.pass':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. SPF oder DKIM hat für {senderDomain} bestanden, also besteht DMARC und der Server nimmt die Nachricht an (250).',
  'step.check.dmarc.absent':
    '{senderDomain} veröffentlicht keine DMARC-Richtlinie, also wird nichts weiter gefragt: Der Server nimmt die Nachricht an (250).',
  'step.check.dmarc.none':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. Weder SPF noch DKIM hat bestanden, aber p=none verlangt nur Berichte: Der Server nimmt die Nachricht an (250).',
  'step.check.dmarc.quarantine':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. Weder SPF noch DKIM hat bestanden, und p=quarantine heißt: annehmen, aber als Spam.',
  'step.check.dmarc.reject':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. Weder SPF noch DKIM hat bestanden, und p=reject heißt: ablehnen.',
  'step.filter.quarantine':
    '{mx} gibt die Nachricht an {filter} weiter. Weil DMARC Quarantäne verlangt, landet sie im Spam-Ordner, nicht im Posteingang.',
  'step.login.imap.junk':
    '{recipient} öffnet den Spam-Ordner: Die App fragt {access} über IMAP (Port 993, mit TLS verschlüsselt), was darin liegt.',
  'step.notice':
    '{recipient}s App wartet mit IMAP IDLE. {access} meldet ihr „neue Mail“ (EXISTS): eine kurze Nachricht ohne die E-Mail selbst.',
  'step.fetch':
    'Erst jetzt fragt die App nach der Nachricht selbst (IMAP FETCH). Mail kommt nur dann in eine App, wenn die App danach fragt.',
  'step.bounce-fetch': '{sender}s App fragt {senderStore} über IMAP nach neuer Mail.',
  'step.bounce-read':
    '{sender}s App holt die Unzustellbarkeitsnachricht: eine neue Nachricht von MAILER-DAEMON, die erklärt, warum die Nachricht nicht zugestellt werden konnte (Status {status}).',
  'node.recipient-mx2': 'Zweiter Eingangs-Mailserver (MX)',
  'node.sender-store': '{sender}s Postfachspeicher',
  'mailbox.server.none': 'Gibt es nicht: Für diese Adresse gibt es kein Postfach',
  'mailbox.phone.waiting': 'Noch nichts: Es ist noch nichts angekommen',
  'note.refused': 'connect to {host} port 25: Connection refused. Der Rechner lehnt die Verbindung sofort ab.',
  'world.changes': 'Deine Änderungen',
  'world.none': 'Keine Änderungen: die Welt, wie sie sonst ist.',
  'world.undo': 'Rückgängig: {edit}',
  'world.reset': 'Welt zurücksetzen',
  'world.pending': 'Deine Änderung gilt ab dem nächsten Senden.',
  'card.open': '{node} ändern',
  'card.close': 'Schließen',
  'card.reach': 'Läuft {target}?',
  'card.reach.up': 'Ja, er antwortet',
  'card.reach.timeout': 'Keine Antwort (Zeitüberschreitung)',
  'card.reach.refused': 'Verbindung abgelehnt',
  'card.greylisting': 'Greylisting: „später noch einmal“ beim ersten Versuch',
  'card.size-limit': 'Größte Nachricht, die er annimmt (MB)',
  'card.knows-user': 'Hat ein Postfach für {target} (aus: lehnt diesen Nutzer ab)',
  'card.spam': 'Markiert eingehende Mail als Spam',
  'card.mailbox': 'Postfach von {target}',
  'card.mailbox.ok': 'Hat Platz',
  'card.mailbox.temporary': 'Vorübergehend voll (452: später)',
  'card.mailbox.permanent': 'Voll (552: ablehnen)',
  'card.mailbox.absent': 'Gibt es nicht',
  'card.mx': 'MX-Einträge von {target}',
  'card.domain': 'Gibt es {target}?',
  'card.domain.exists': 'Ja',
  'card.domain.nxdomain': 'Nein (NXDOMAIN)',
  'card.domain.null-mx': 'Ja, aber sie nimmt keine Mail an (Null-MX)',
  'card.spf': 'SPF-Eintrag von {target}',
  'card.spf.provider': 'Nennt die eigenen Server des Anbieters',
  'card.spf.other': 'Nennt nur andere Server',
  'card.spf.none': 'Kein SPF-Eintrag',
  'card.dkim': 'DKIM-Schlüssel von {target} veröffentlicht',
  'card.dmarc': 'DMARC-Richtlinie von {target}',
  'card.dmarc.none': 'p=none (nur berichten)',
  'card.dmarc.quarantine': 'p=quarantine (in den Spam-Ordner)',
  'card.dmarc.reject': 'p=reject (ablehnen)',
  'card.dmarc.absent': 'Kein DMARC-Eintrag',
  'card.password': 'Die App sendet das richtige Passwort',
  'card.attachment': 'Anhang',
  'card.attachment.mb': '{mb} MB',
  'edit.reach.up': '{host} antwortet wieder',
  'edit.reach.timeout': '{host} antwortet nicht',
  'edit.reach.refused': '{host} lehnt Verbindungen ab',
  'edit.greylisting.true': '{host} setzt erste Versuche auf die Grauliste',
  'edit.greylisting.false': '{host} nutzt kein Greylisting',
  'edit.size-limit': '{host} nimmt Nachrichten bis {mb} MB an',
  'edit.spam.true': '{host} markiert eingehende Mail als Spam',
  'edit.spam.false': '{host} markiert keine Mail als Spam',
  'edit.mailbox.ok': 'Das Postfach von {address} hat Platz',
  'edit.mailbox.temporary': 'Das Postfach von {address} ist vorübergehend voll (452)',
  'edit.mailbox.permanent': 'Das Postfach von {address} ist voll (552)',
  'edit.mailbox.absent': '{address} gibt es nicht',
  'edit.alias': '{address} leitet weiter an {target}',
  'edit.alias.none': '{address} leitet nicht mehr weiter',
  'edit.mx': 'MX-Einträge von {domain}: {list}',
  'edit.mx.none': '{domain} hat keine MX-Einträge',
  'edit.domain.exists': '{domain} gibt es',
  'edit.domain.nxdomain': '{domain} gibt es nicht (NXDOMAIN)',
  'edit.domain.null-mx': '{domain} nimmt keine Mail an (Null-MX)',
  'edit.spf.provider': 'Der SPF-Eintrag von {domain} nennt die Server des Anbieters',
  'edit.spf.other': 'Der SPF-Eintrag von {domain} nennt nur andere Server',
  'edit.spf.none': '{domain} veröffentlicht keinen SPF-Eintrag',
  'edit.dkim.true': '{domain} veröffentlicht seinen DKIM-Schlüssel',
  'edit.dkim.false': '{domain} veröffentlicht keinen DKIM-Schlüssel',
  'edit.dmarc.none': 'Die DMARC-Richtlinie von {domain} ist p=none',
  'edit.dmarc.quarantine': 'Die DMARC-Richtlinie von {domain} ist p=quarantine',
  'edit.dmarc.reject': 'Die DMARC-Richtlinie von {domain} ist p=reject',
  'edit.dmarc.absent': '{domain} veröffentlicht keine DMARC-Richtlinie',
  'edit.password.true': 'Die App des Absenders sendet das richtige Passwort',
  'edit.password.false': 'Die App des Absenders sendet ein falsches Passwort',
  'edit.attachment': 'Der Absender hängt {mb} MB an',
  'edit.attachment.none': 'Der Absender hängt nichts an',
  'notice.hint.world': 'Nutze die kurze Form aus der README, etwa r_mx1.example.org_t.',

  // --- Bildsprache und Karten (Issue 14, Ansicht; die Schlüssel des Modells stehen anderswo) ---
  'graph.noAnswer': 'keine Antwort',
  'graph.refusedCode': 'abgelehnt mit {code}',
  'graph.deferredCode': 'später noch einmal: {code}',
  'graph.folder.inbox': 'Posteingang',
  'graph.folder.junk': 'Spam',
  'graph.folder.sent': 'Gesendet',
  'graph.historyHeading': 'Was unterwegs geschah',
  'graph.result.accepted': '{from} an {to}: angenommen.',
  'graph.result.refused': '{from} an {to}: abgelehnt mit {code}.',
  'graph.result.no-answer': '{from} an {to}: keine Antwort.',
  'graph.result.deferred': '{from} an {to}: „später noch einmal“, {code}.',
  'graph.result.request': '{from} fragt {to}.',
  'graph.result.response': '{from} antwortet {to}.',
  'graph.says.queue': 'Die Nachricht wartet in der Warteschlange von {node}: {wait}.',
  'graph.says.folder': 'Abgelegt im Ordner {folder}.',
  'graph.says.verdicts': '{node} prüft: {verdicts}.',
  'graph.says.verdict': 'DNS sagt über die Domain des Empfängers: {verdict}. Für sie werden keine Server gezeichnet.',
  'graph.says.pass': '{check} bestanden',
  'graph.says.fail': '{check} nicht bestanden',
  'card.undo': 'Rückgängig',
  'card.replanned': 'Die Reise ist mit deiner Änderung neu geplant. Drücke „Senden“, um sie anzusehen.',
  'card.nothing': 'Hier gibt es nichts zu ändern.',
  'card.on': 'An',
  'card.off': 'Aus',
  'card.changed': 'Von dir geändert',
  'cards.hint': 'Öffnet eine Karte, auf der du sein Verhalten ändern kannst.',
  'cards.mx.hint': 'Mailserver sind Namen in example.com, example.org oder example.net; auch einer, den es nicht gibt.',
  'cards.mx.preference': 'Priorität',
  'cards.mx.exchange': 'Mailserver',
  'cards.mx.remove': 'MX-Eintrag {exchange} entfernen',
  'cards.mx.removeShort': 'Entfernen',
  'cards.mx.add': 'MX-Eintrag hinzufügen',
  // Issue 16: Unterrichtswerkzeuge, neue Vorhersagefragen, Zusammenfassung.
  ...deLesson,
} satisfies Record<MessageKey, string>;
