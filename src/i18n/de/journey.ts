// Deutsche Wörter der Reise (Bildunterschriften mit ihren Einsteiger-Zwillingen, Hinweise, Karten,
// Vorhersagefragen, Dialoge). Die Schlüssel stehen in der Reihenfolge von ../en/journey.ts, wo auch
// erklärt ist, wozu sie dienen; der Typ verlangt jeden englischen Schlüssel und keinen anderen.
import type { enJourney } from '../en/journey';

export const deJourney = {
  'label.webmail': 'Aus dem Browser senden (HTTPS)',
  'label.sent': 'Eine Kopie in „Gesendet“',
  'protocol.HTTPS': 'HTTPS',
  'label.forward': 'Der Weiterleiter schickt sie weiter',
  'client.legend': 'Geschrieben in',
  'client.app': 'Einer Mail-App auf dem Laptop',
  'client.webmail': 'Webmail im Browser',
  'submission.legend': 'Die Mail-App sendet auf Port',
  'submission.587': '587 mit STARTTLS',
  'submission.465': '465, verschlüsselt ab dem ersten Byte',
  'keep.label': 'POP3: eine Kopie auf dem Server lassen',
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
  'label.store.of': 'In {name}s Postfach ablegen',
  'label.login.of': '{name}s App fragt das Postfach',
  'label.notice.of': 'Meldung „neue Mail“ an {name}',
  'label.fetch.of': '{name}s App fragt nach der Nachricht',
  'label.read.of': '{name} liest die E-Mail',
  'timeline.label': 'Zeitleiste der Reise',
  'timeline.heading': 'Zeitleiste',
  'timeline.hidden': 'Was passiert als Nächstes?',
  'timeline.step': 'Schritt {n}:',
  'narration.stepOf': 'Schritt {n} von {total}',
  'narration.port': 'Port {port}',
  'narration.clock': 'Internetuhr: {time} (dieser Schritt dauert im echten Internet etwa {took})',
  'narration.clockStart': 'Internetuhr: {time}',
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
  'notice.hint.motion': 'Nimm reduce oder auto.',
  'notice.hint.trace':
    'Nimm 1, um den Tracer zu öffnen, oder den Namen eines Beispiels: webmail, small-server, forwarded oder greylisted.',
  'notice.hint.checkpoints': 'Nimm 1 für Vorhersagefragen.',
  'notice.hint.depth': 'Nimm beginner oder expert.',
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
  'share.textLeftOut':
    'Der Nachrichtentext ist zu lang für einen Link, darum enthält der Link nur die Einstellungen und den Schritt.',
  'notice.hint.origin':
    'Nimm den Ursprung der Unterrichtsseite, etwa https://lessons.example.org. Bis dahin nimmt dieser Rahmen keine Befehle an und meldet keiner Seite, was geschieht.',
  'step.compose':
    '{sender} schreibt an {recipient} und drückt „Senden“. Die Mail-App baut die Nachricht: Kopfzeilen (From, To, Subject, Date), eine Leerzeile, dann den Text. Die Message-ID fügt erst der Einlieferungsserver hinzu.',
  'step.compose.attachment':
    '{sender} schreibt an {recipient}, hängt ein Video von {mb} MB an und drückt „Senden“. Die Mail-App baut die Nachricht: Kopfzeilen (From, To, Subject, Date), eine Leerzeile, dann der Text und das Video, als Text kodiert (Base64), wodurch es etwa ein Drittel größer wird.',
  'step.submit':
    '{sender}s App verbindet sich auf Port 587 mit {msa}, dem Einlieferungsserver des Anbieters. Sie schalten die Verschlüsselung ein (STARTTLS), {sender} meldet sich an (AUTH), und der Server nimmt die Nachricht mit 250 an: Ab jetzt ist er für sie verantwortlich.',
  'step.submit.refused':
    '{sender}s App verbindet sich auf Port 587 mit {msa}, schaltet die Verschlüsselung ein (STARTTLS) und will die Nachricht übergeben, doch der Server lehnt ab.',
  'step.submit.refused.password':
    '{sender}s App verbindet sich auf Port 587 mit {msa}, schaltet die Verschlüsselung ein (STARTTLS) und meldet sich an (AUTH), aber das Passwort ist falsch: Der Server lehnt die Anmeldung ab und nimmt die Nachricht gar nicht erst an.',
  'step.submit.refused.size':
    '{sender}s App verbindet sich auf Port 587 mit {msa}, schaltet die Verschlüsselung ein (STARTTLS) und meldet sich an. Bei MAIL FROM nennt sie die Größe der Nachricht (SIZE=): mehr, als der Server annimmt, also lehnt er ab, bevor ein Byte der Nachricht gesendet ist.',
  'step.refuse':
    '{msa} antwortet {reply}. {sender}s App zeigt den Fehler. Nichts wurde eingereiht, nichts verschickt: Bei der Einlieferung entsteht keine Unzustellbarkeitsnachricht.',
  'step.refuse.password':
    '{msa} antwortet {reply}: Die Anmeldung ist gescheitert. {sender}s App zeigt den Fehler und fragt erneut nach dem Passwort. Nichts wurde eingereiht, nichts verschickt: Bei der Einlieferung entsteht keine Unzustellbarkeitsnachricht.',
  'step.refuse.size':
    '{msa} antwortet {reply}: Die Nachricht ist größer, als er annimmt. {sender}s App zeigt den Fehler. Nichts wurde eingereiht, nichts verschickt: Bei der Einlieferung entsteht keine Unzustellbarkeitsnachricht.',
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
  // Issue 24: the MTA-STS policy looked up and fetched with the MX records.
  'step.dns-mx.found.mta-sts':
    '{mta} fragt das DNS nach den MX-Einträgen von {recipientDomain} ({mxList}) und nach dem TXT-Eintrag _mta-sts.{recipientDomain}, der nur sagt, dass es eine Richtlinie gibt (v=STSv1 und eine id). Die Richtlinie selbst kommt über HTTPS von mta-sts.{recipientDomain}, vertrauenswürdig dank des Zertifikats dieses Servers: Modus {mode} und die erlaubten MX-Hosts. Sie gilt für max_age ({days} Tage); spätere Zustellungen vergleichen nur die id.',
  'beginner.step.dns-mx.found.mta-sts':
    'Das Adressbuch (DNS) nennt die Mailserver und enthält eine Notiz: Es gibt eine Regel zur Verschlüsselung. Der Server lädt die Regel von einer sicheren Website.',
  'dns.q.mta-sts': 'MTA-STS von {domain}?',
  'dns.a.mta-sts': 'HTTPS: mode {mode}',
  'myth.13':
    '„MTA-STS ist ein DNS-Eintrag, der verschlüsselt“ stimmt nicht: Der TXT-Eintrag _mta-sts sagt nur, dass es eine Richtlinie gibt. Die Richtlinie kommt über HTTPS und gilt dank des Zertifikats des Webservers; verschlüsselt wird weiter mit STARTTLS, auf dem der Absender dank der Richtlinie besteht.',
  'beginner.myth.13':
    'Die Notiz im Adressbuch verschlüsselt nichts: Sie sagt nur, dass es eine Regel gibt. Die Regel kommt von einer sicheren Website und lässt Absender auf Verschlüsselung bestehen.',
  'step.dns-mx.servfail':
    '{mta} fragt das DNS nach den MX-Einträgen von {recipientDomain}. Die Antwort ist SERVFAIL: Der Resolver hat von den Nameservern von {recipientDomain} keine Antwort bekommen. Das heißt nicht „diese Domain gibt es nicht“, und ein DNS-Fehler schickt die Mail nicht sofort zurück: Er ist vorübergehend (4.4.3), also behält {mta} die Nachricht und fragt später erneut.',
  'step.queue.dns':
    'Die Nachricht bleibt in der Warteschlange von {mta}: Das DNS hat für {recipientDomain} nicht geantwortet, also ist noch kein Empfangsserver bekannt. Das Relay fragt zuerst nach etwa {minutes} Minuten erneut, dann seltener (bis zu etwa einer Stunde Abstand); erst wenn das DNS nach {days} Tagen immer noch ausfällt, gibt es auf und schickt die Nachricht zurück ({status}).',
  'step.dns-host':
    '{mta} fragt das DNS nach der Adresse von {mx}: {addresses}. Das ist die Adresse von {recipient}s Mailserver, nicht die von {recipient}s Computer.',
  'step.dns-host.implicit':
    '{mta} fragt das DNS nach der Adresse von {mx} selbst: {addresses}. Diese Adresse nimmt die Mail an.',
  'step.dns-host.none': '{mta} fragt das DNS nach der Adresse von {mx}, aber es gibt keine.',
  'step.relay.accepted':
    '{mta} verbindet sich auf Port 25 mit {mx} und schaltet die Verschlüsselung ein (STARTTLS), weil sie angeboten wird. Keine Anmeldung: Server reichen sich Mail ohne AUTH weiter. {mx} nimmt Mail für {to} an (250).',
  'step.relay.retry-accepted':
    '{mta} versucht es erneut bei {mx} auf Port 25 (Versuch {attempt}). Diesmal nimmt der Server Mail für {to} an (250).',
  'step.relay.accepted.some':
    '{mta} verbindet sich auf Port 25 mit {mx}. Jedes RCPT TO bekommt seine eigene Antwort: {mx} nimmt Mail für {to} an (250), lehnt aber {refused} ab: {reply}. Die Sitzung geht für die angenommenen Adressen weiter; für die abgelehnte gibt es einen Bounce.',
  'step.relay.rejected': '{mta} verbindet sich auf Port 25 mit {mx}. Bei RCPT TO lehnt der Server ab: {reply}.',
  'step.relay.rejected.full':
    '{mta} verbindet sich auf Port 25 mit {mx}. Die Adresse gibt es, aber ihr Postfach ist voll, und der Server behandelt das als endgültig: Bei RCPT TO lehnt er ab: {reply}.',
  'step.relay.rejected.relay':
    '{mta} verbindet sich auf Port 25 mit {mx}. Dieser Server nimmt keine Mail für {recipientDomain} an: Er ist weder das Ziel dieser Domain, noch darf er für sie weiterleiten, also lehnt er bei RCPT TO ab: {reply}.',
  'step.relay.rejected.loop':
    '{mta} verbindet sich auf Port 25 mit {mx}. Die Adresse leitet nur weiter, und die Weiterleitung führt zurück zu einer Adresse, die die Nachricht schon passiert hat: eine Schleife. Server beenden eine Schleife, statt die Nachricht endlos im Kreis zu schicken, also lehnt er bei RCPT TO ab: {reply}.',
  'step.relay.deferred':
    '{mta} verbindet sich auf Port 25 mit {mx}. Der Server antwortet {reply}: Ein 4xx-Code heißt „jetzt nicht, später nochmal“.',
  'step.relay.no-answer':
    '{mta} versucht, sich auf Port 25 mit {mx} zu verbinden, aber niemand antwortet. Nach etwa {seconds} Sekunden gibt er diesen Server auf.',
  'step.queue.retry':
    'Die Nachricht wartet in der Warteschlange von {mta}. Der erste neue Versuch kommt nach etwa {minutes} Minuten (die übliche erste Pause von Postfix, länger als die Greylisting-Sperre), und diesmal nimmt der Server sie an.',
  'step.queue.stuck':
    'Die Nachricht bleibt in der Warteschlange von {mta}. Das Relay versucht es zuerst nach etwa {minutes} Minuten, wartet dann jedes Mal länger (bis zu etwa einer Stunde zwischen zwei Versuchen) und gibt nach {days} Tagen auf und schickt sie zurück.',
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
    '{recipient}s Mail-App ist seit {since} per IMAP bei {access} angemeldet (Port 993, mit TLS verschlüsselt), schon bevor {sender} auf Senden drückte. Sie hat {recipient}s Posteingang geöffnet (SELECT) und wartet mit IDLE, damit der Server neue Mail melden kann.',
  'step.login.pop3':
    '{recipient} öffnet die Mail-App. Sie meldet sich per POP3 bei {access} an (Port 995, mit TLS verschlüsselt), und der POP3-Server öffnet {recipient}s Postfach im Speicher.',
  'step.read.imap':
    'Die App holt die Nachricht (IMAP FETCH), und {recipient} liest sie. Die Nachricht bleibt auf dem Server, also sehen {recipient}s andere Geräte sie auch.',
  'step.read.imap.junk': '{recipient}s App zeigt die Nachricht im Junk-Ordner (IMAP hält die Ordner auf dem Server).',
  'step.read.pop3': 'Die App lädt die Nachricht herunter (POP3 RETR), und {recipient} liest sie.',
  'step.read.pop3.junk': 'POP3 liest nur den Posteingang, also wartet die Nachricht ungesehen im Junk-Ordner.',
  'step.bounce':
    '{mta} kann die Nachricht nicht zustellen und schreibt deshalb eine Unzustellbarkeitsnachricht (eine Zustellstatusmeldung, Status {status}) vom leeren Absender <> und legt sie als neue Nachricht in {sender}s Postfach auf {senderStore} ab.',
  'summary.delivered': '{recipient} hat die Nachricht: {steps} Schritte, etwa {seconds} Sekunden echte Internetzeit.',
  'summary.delivered.minutes':
    '{recipient} hat die Nachricht: {steps} Schritte, etwa {minutes} Minuten echte Internetzeit.',
  'summary.bounced.list':
    'Die Kopie der Liste konnte nicht zugestellt werden. Die Unzustellbarkeitsnachricht ging an die Liste, also steht in {sender}s Posteingang nichts davon.',
  'summary.bounced':
    'Die Nachricht konnte nicht zugestellt werden. In {sender}s Posteingang liegt jetzt die Unzustellbarkeitsnachricht mit dem Grund.',
  'summary.rejected':
    'Der Einlieferungsserver hat die Nachricht abgelehnt. {sender}s App hat den Fehler gezeigt, und nichts wurde verschickt.',
  'summary.deferred':
    'Noch nicht zugestellt: Die Nachricht wartet in der Warteschlange des Relays und wird erneut versucht.',
  'summary.quarantined': 'Die Nachricht wurde zugestellt, aber in den Junk-Ordner von {recipient}.',
  'myth.heading': 'Ein häufiges Missverständnis',
  'myth.1':
    'Nicht „ein Ausgangs- und ein Eingangskasten“: Das sind Rollen. Der Einlieferungsserver verlangt von der App des Absenders eine Anmeldung (AUTH) auf Port 587 oder 465; reicht ein Server Mail auf Port 25 an einen anderen weiter, gibt es keine Anmeldung, und der Empfänger prüft den Absender stattdessen mit SPF, DKIM und DMARC.',
  'myth.2':
    'IMAP und POP3 geben der lesenden App Zugang zum Postfachspeicher: Die App holt dort Mail ab, und über IMAP kann sie auch ihre eigene Kopie dort ablegen (die Kopie in „Gesendet“). Keines der beiden Protokolle verschickt Mail an andere oder nimmt Mail von anderen Servern an: Das ist die Aufgabe von SMTP. Die Sicherheit kommt von TLS (Ports 993 und 995), nicht vom Protokoll selbst.',
  'myth.3':
    'Bei Webmail im Browser spricht der Browser kein SMTP: Er spricht HTTPS mit dem Anbieter, dessen Server die Nachricht an diesen Einlieferungsserver übergeben. Mail-Apps auf Laptop oder Handy nutzen SMTP-Einlieferung (Port 587 oder 465) wie hier.',
  'myth.4':
    'Lokale Mail wird nicht „direkt an den IMAP-Server geschickt“: Sie wird im Postfachspeicher abgelegt (hier per LMTP). IMAP- und POP3-Server bedienen den Speicher erst, wenn sich die App der lesenden Person verbindet.',
  'myth.5':
    'Das DNS liefert die Adresse des Mailservers des Empfängers, nicht die seines Computers. Das Relay fragt zuerst nach den MX-Einträgen der Domain hinter dem @, dann nach der Adresse dieses Servers.',
  'myth.6':
    'Die Nachricht läuft nicht über „jede Menge fremde Server“. Internet-Router transportieren ihre Pakete, lesen oder speichern aber nie Mail; nur die hier gezeigten Mailserver bearbeiten sie, und jeder fügt eine Received-Zeile hinzu.',
  'myth.7':
    'Der empfangende Server prüft den Umschlag-Empfänger (RCPT TO), nicht die To:-Zeile, und zuerst, ob er für diese Domain überhaupt Mail annimmt. Deshalb funktioniert Bcc.',
  'outcome.delivered': 'Zugestellt',
  'outcome.bounced': 'Zurückgeschickt',
  'outcome.rejected': 'Abgelehnt',
  'outcome.deferred': 'Aufgeschoben',
  'outcome.quarantined': 'Im Junk-Ordner zugestellt',
  'wait.timeout': 'keine Antwort: {seconds} s',
  'wait.retry': 'neuer Versuch in {minutes} Min.',
  'wait.give-up': 'gibt nach {days} Tagen auf',
  'dns.q.mx': 'MX von {domain}?',
  'dns.q.a': 'A von {host}?',
  'dns.a.list': '{list}',
  'dns.a.none': 'keine Adresse',
  'dns.a.nxdomain': 'NXDOMAIN',
  'dns.a.servfail': 'SERVFAIL',
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
    'Diese Prüfung kam zuerst, beim Verbindungsaufbau, noch vor der Begrüßung durch {mx}: Er fragte seinen DNS-Resolver nach dem Namen hinter der verbindenden Adresse ({ip}): {record}. Der Name kommt in seine Received-Zeile.',
  'step.check.ptr.fail':
    'Diese Prüfung kam zuerst, beim Verbindungsaufbau, noch vor der Begrüßung durch {mx}: Er fragte seinen DNS-Resolver nach dem Namen hinter {ip}. Es gibt keinen.',
  'step.check.spf.pass':
    'Bei MAIL FROM, noch während der Sitzung, holte {mx} den SPF-Eintrag von {senderDomain}: {record}. Die Adresse des Relays, {ip}, steht in der Liste, also besteht SPF.',
  'step.check.spf.fail':
    'Bei MAIL FROM, noch während der Sitzung, holte {mx} den SPF-Eintrag von {senderDomain}: Die Adresse des Relays, {ip}, darf nicht für {senderDomain} senden, also fällt SPF durch.',
  'step.check.dkim.pass':
    '{mx} holt den DKIM-Schlüssel von {senderDomain} (s2025._domainkey) und prüft die Signatur, die der Anbieter hinzugefügt hat: DKIM besteht.',
  'step.check.dkim.permerror':
    '{mx} sucht den DKIM-Schlüssel von {senderDomain} (s2025._domainkey), aber es ist keiner veröffentlicht; die Signatur lässt sich nicht verifizieren: DKIM ergibt permerror (kein Schlüssel).',
  'step.check.dmarc.pass':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. SPF oder DKIM hat für {senderDomain} bestanden, also besteht DMARC und der Server nimmt die Nachricht an (250).',
  'step.check.dmarc.absent':
    '{senderDomain} veröffentlicht keinen DMARC-Eintrag, also hat DMARC kein Ergebnis (none) und keine Richtlinie: Der Server nimmt die Nachricht an (250).',
  'step.check.dmarc.none':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. Weder SPF noch DKIM hat bestanden, aber p=none verlangt nur Berichte: Der Server nimmt die Nachricht an (250). Er folgt hier nur DMARC; viele Empfänger lehnen einen harten SPF-Fehlschlag (-all) von sich aus ab oder legen ihn in den Spam (550 5.7.23).',
  'step.check.dmarc.quarantine':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. Weder SPF noch DKIM hat bestanden, und p=quarantine heißt: annehmen, aber als Spam.',
  'step.check.dmarc.reject':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. Weder SPF noch DKIM hat bestanden, und p=reject heißt: ablehnen.',
  'step.filter.quarantine':
    '{mx} gibt die Nachricht an {filter} weiter. Weil die DMARC-Behandlung Quarantäne ist, landet sie im Spam-Ordner, nicht im Posteingang.',
  'step.login.imap.junk':
    '{recipient} öffnet den Spam-Ordner: Die App fragt {access} über IMAP (Port 993, mit TLS verschlüsselt), was darin liegt.',
  'step.notice':
    '{recipient}s App wartet mit IMAP IDLE. Sobald die Nachricht abgelegt ist, meldet {access} „neue Mail“ (EXISTS): eine kurze Meldung ohne die E-Mail selbst.',
  'step.fetch':
    'Erst jetzt fragt die App nach der Nachricht selbst (IMAP FETCH). Mail kommt nur dann in eine App, wenn die App danach fragt.',
  'step.bounce-fetch': '{sender}s App fragt {senderStore} über IMAP nach neuer Mail.',
  'step.bounce-read':
    '{sender}s App holt die Unzustellbarkeitsnachricht: eine neue Nachricht von MAILER-DAEMON, die erklärt, warum die Nachricht nicht zugestellt werden konnte (Status {status}).',
  'world.changes': 'Deine Änderungen',
  'world.none': 'Keine Änderungen: die Welt, wie sie sonst ist.',
  'world.undo': 'Rückgängig: {edit}',
  'world.reset': 'Welt zurücksetzen',
  'world.full': 'Höchstens {max} Änderungen passen in einen Link: Nimm eine zurück, um eine neue zu machen.',
  'world.pending': 'Deine Änderung gilt ab dem nächsten Senden.',
  'world.pendingJourney': 'Die Reise auf dem Bildschirm läuft weiter, wie sie gesendet wurde.',
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
  'card.servfail': 'Die Nameserver von {target} fallen aus: DNS antwortet SERVFAIL (ein vorübergehender Fehler)',
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
  'edit.servfail.true': 'Das DNS von {domain} antwortet SERVFAIL (ein vorübergehender Fehler)',
  'edit.servfail.false': 'Das DNS von {domain} antwortet normal',
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
  'graph.noAnswer': 'keine Antwort',
  'graph.refusedCode': 'abgelehnt mit {code}',
  'graph.deferredCode': 'später noch einmal: {code}',
  // The MX answer kept beside the resolver once the look-ups are over.
  'dns.record.mx': 'MX von {domain}: {list}',
  'dns.record.no-mx': 'kein MX für {domain}: die Domain selbst',
  'graph.folder.inbox': 'Posteingang',
  'graph.folder.junk': 'Spam',
  // On a check badge: it passed, but for a domain other than From:'s (SRS), so DMARC cannot use it.
  'graph.notAligned': 'nicht ausgerichtet',
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
  'card.about.sender-mta':
    '{host} hält die Nachricht in seiner Warteschlange und stellt sie zu: Er fragt das DNS nach dem MX und spricht dann SMTP auf Port 25. Antwortet der Empfänger mit 4xx oder gar nicht, behält er die Nachricht und versucht es erneut, zuerst nach etwa 5 Minuten, dann seltener (bis etwa eine Stunde Abstand), bis zu 5 Tage lang. Eine Ablehnung mit 5xx oder das Ende dieser Tage lässt ihn eine Unzustellbarkeitsnachricht an den Absender schreiben.',
  'card.about.recipient-imap':
    '{host} stellt {recipient}s Postfach über IMAP bereit (Port 993, mit TLS): Die Nachrichten bleiben auf dem Server, und jedes Gerät sieht dieselben Ordner und Lesemarkierungen.',
  'card.about.recipient-pop3':
    '{host} lässt {recipient}s App den Posteingang über POP3 herunterladen (Port 995, mit TLS). Lässt die App keine Kopie dort, werden die Nachrichten nach dem Herunterladen gelöscht (DELE, dann QUIT). POP3 sieht nur den Posteingang, nie den Junk-Ordner.',
  'card.about.recipient-client':
    '{recipient}s App wird nichts zugestellt: Sie meldet sich beim Leseserver an und holt ab, was im Postfach wartet.',
  'card.about.dns':
    'DNS-Einträge stehen in der Zone jeder Domain, auf den Nameservern dieser Domain: die MX-Einträge von {recipientDomain}, die SPF-, DKIM- und DMARC-Einträge von {senderDomain}. Diese Karte ändert diese Zonen. {host} ist der Resolver, den das Ausgangs-Relay nach dem MX fragt; der empfangende MX fragt für seine Prüfungen seinen eigenen Resolver.',
  'card.title.dns': 'Die DNS-Zonen von {recipientDomain} und {senderDomain}',
  'card.about.sender-msa':
    '{host} nimmt Mail nur von Nutzern an, die sich anmelden (AUTH auf Port 587 oder 465). Viele Anbieter prüfen hier außerdem, ob die Absenderadresse (MAIL FROM und From:) eine ist, die der angemeldete Nutzer verwenden darf, und lehnen andere ab oder schreiben sie um: eine Regel des Anbieters, keine Regel von SMTP.',
  'card.reader.later': 'Das ändert, wie die Reise endet: Wähle es, bevor du erneut sendest.',
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
  'summary.all.minutes':
    'Alle {total} Empfänger haben die Nachricht: {steps} Schritte, etwa {minutes} Minuten echte Internetzeit.',
  'summary.some':
    '{reached} von {total} Empfängern haben die Nachricht. Die anderen waren (noch) nicht erreichbar: Ein Bounce im Posteingang von {sender} nennt jeden, der endgültig scheiterte.',
  'notice.hint.client': 'Nutze app oder webmail.',
  'notice.hint.submission': 'Nutze 587 (STARTTLS) oder 465 (TLS vom ersten Byte an).',
  'notice.hint.keep': 'Nutze 1, damit eine Kopie auf dem POP3-Server bleibt.',
  'notice.hint.answers': 'Nutze bis zu 20 Antworten wie 5.1.1*9.0.0 (Schritt, Wahl, 1 richtig oder 0 falsch).',
  'step.spoof.compose':
    'Ein Server, der mit {senderDomain} nichts zu tun hat, {spoofer}, schreibt eine Nachricht mit gefälschtem Absender: From: {from}. Er kopiert sogar eine DKIM-Signature mit d={senderDomain}, kann aber nicht mit dem privaten Schlüssel von {senderDomain} signieren.',
  'step.spoof.relay':
    '{spoofer} sucht selbst den MX von {recipientDomain} und verbindet sich mit {mx} auf Port 25, mit MAIL FROM:<{from}>. Mit einem MX darf sich jeder verbinden: Bei RCPT TO nimmt er Mail für {to} an (250), hat aber noch nicht entschieden, ob er dem Absender glaubt.',
  'step.check.dkim.forged':
    '{mx} holt den DKIM-Schlüssel von {senderDomain} (s2025._domainkey) und prüft damit die Signatur: Sie stimmt nicht, also schlägt DKIM fehl.',
  'step.reply.spoof':
    '{mx} lehnt die Nachricht nach dem abschließenden Punkt ab: {reply}. Die Ablehnung geht an {spoofer} zurück, den Server, der sie geschickt hat; der MX selbst schreibt keinen Bounce. Ein echter Mailserver würde nach diesem 550 an MAIL FROM:<{from}> zurückmelden, und {sender} bekäme Backscatter für Mail, die sie nie geschickt hat; Spam-Software mit gefälschtem Absender verwirft die Ablehnung einfach, wie hier, also merkt {sender} nichts.',
  'summary.spoof-rejected':
    'Eine gefälschte Nachricht, angeblich von {sender}, wurde vom Mailserver von {recipient} abgelehnt: Weder SPF noch DKIM bestanden für die From:-Domain, und deren DMARC-Richtlinie sagt reject. {sender} hat nichts gesendet und bekommt keinen Bounce.',
  'edit.spoof.true': 'Ein Server außerhalb des SPF der Absenderdomain fälscht die Absenderadresse',
  'edit.spoof.false': 'Niemand fälscht die Absenderadresse',
  'step.compose.webmail':
    '{sender} schreibt im Browser an {recipient}, auf der Webmail-Seite von {senderDomain}, und drückt „Senden“. Die Webmail auf dem Server des Anbieters baut die Nachricht: Kopfzeilen (From, To, Subject, Date), eine Leerzeile, dann der Text.',
  'step.webmail':
    '{sender}s Browser schickt die Nachricht über HTTPS (Port 443) an das Web-Frontend des Anbieters, {webmail}. Aus dem Browser geht kein SMTP: Die Webmail fügt ihre eigene Received-Zeile hinzu („with HTTP“) und übergibt die Nachricht ihrem eigenen Einlieferungsserver.',
  'step.submit.webmail':
    '{webmail} übergibt die Nachricht an {msa}, den eigenen Einlieferungsserver des Anbieters, innerhalb des Anbieters: SMTP mit STARTTLS und einer Anmeldung im Namen von {sender}. Der Server nimmt sie mit 250 an.',
  'step.submit.465':
    '{sender}s App verbindet sich auf Port 465 mit {msa}: Die Verschlüsselung beginnt mit dem allerersten Byte (implizites TLS), also gibt es kein STARTTLS. {sender} meldet sich an (AUTH), und der Server nimmt die Nachricht mit 250 an: Ab jetzt ist er für sie verantwortlich.',
  'step.submit.refused.webmail':
    '{webmail} versucht, die Nachricht an {msa} zu übergeben, den Einlieferungsserver des Anbieters, aber der Server sagt nein.',
  'step.submit.refused.465':
    '{sender}s App verbindet sich auf Port 465 mit {msa} (verschlüsselt ab dem ersten Byte) und versucht, die Nachricht zu übergeben, aber der Server sagt nein.',
  'step.submit.refused.password.webmail':
    '{webmail} will die Nachricht an {msa} übergeben, den Einlieferungsserver des Anbieters, und meldet sich im Namen von {sender} an, aber die Anmeldung wird abgelehnt: Das Passwort ist falsch.',
  'step.submit.refused.password.465':
    '{sender}s App verbindet sich auf Port 465 mit {msa} (verschlüsselt ab dem ersten Byte) und meldet sich an (AUTH), aber das Passwort ist falsch: Der Server lehnt die Anmeldung ab und nimmt die Nachricht gar nicht erst an.',
  'step.submit.refused.size.webmail':
    '{webmail} will die Nachricht an {msa} übergeben, den Einlieferungsserver des Anbieters, aber sie ist größer, als der Server annimmt, also lehnt er ab.',
  'step.submit.refused.size.465':
    '{sender}s App verbindet sich auf Port 465 mit {msa} (verschlüsselt ab dem ersten Byte) und meldet sich an. Bei MAIL FROM nennt sie die Größe der Nachricht: mehr, als der Server annimmt, also lehnt er ab, bevor ein Byte der Nachricht gesendet ist.',
  'step.refuse.webmail':
    '{msa} antwortet {reply}. Die Webmail zeigt den Fehler in {sender}s Browser. Nichts wurde eingereiht und nichts ist unterwegs: Bei der Einlieferung wird kein Bounce geschrieben.',
  'step.refuse.password.webmail':
    '{msa} antwortet {reply}: Die Anmeldung ist gescheitert. Die Webmail zeigt den Fehler in {sender}s Browser. Nichts wurde eingereiht und nichts ist unterwegs: Bei der Einlieferung wird kein Bounce geschrieben.',
  'step.refuse.size.webmail':
    '{msa} antwortet {reply}: Die Nachricht ist größer, als er annimmt. Die Webmail zeigt den Fehler in {sender}s Browser. Nichts wurde eingereiht und nichts ist unterwegs: Bei der Einlieferung wird kein Bounce geschrieben.',
  'step.sent.imap':
    '{sender}s App legt ihre eigene Kopie im Ordner „Gesendet“ auf {senderStore} ab, mit IMAP APPEND (Port 993, TLS). Weil der Ordner auf dem Server liegt, zeigt auch {sender}s Handy die gesendete Nachricht. Manche Anbieter (etwa Gmail) legen die Kopie selbst ab; Apps, die dafür eingerichtet sind, dürfen dann kein zweites APPEND senden.',
  'step.sent.pop3':
    'POP3 hat keinen Ordner „Gesendet“ auf dem Server: {sender}s App behält ihre Kopie nur in einem Ordner auf diesem Laptop, also sieht {sender}s Handy sie nicht.',
  'step.sent.webmail':
    'Die Webmail legt die Kopie selbst im Ordner „Gesendet“ von {sender} auf {senderStore} ab, damit jedes Gerät sie sieht. Manche Anbieter tun das auch für Mail aus Apps; Apps, die dafür eingerichtet sind, dürfen dann keine zweite Kopie per APPEND ablegen.',
  'step.bounce.forwarded':
    '{mta}, der Weiterleiter, konnte seine Kopie nicht zustellen (Status {status}) und schreibt die Unzustellbarkeitsnachricht deshalb selbst, vom leeren Absender <>, an den Umschlag-Absender, den er bekommen hat: {srs}. Diese SRS-Adresse ist seine eigene; er entschlüsselt sie zu {from} und schickt die Nachricht dorthin, in {sender}s Postfach auf {senderStore}.',
  'step.bounce.list':
    '{mta} konnte die Kopie der Liste nicht zustellen (Status {status}). Die Unzustellbarkeitsnachricht geht an den Umschlag-Absender der Liste, {srs}, wo die Listensoftware sie zählt; {sender} erfährt nichts davon.',
  'step.forward':
    '{alias} leitet an {target} weiter, also schickt {forwarder} die Nachricht weiter: eine zweite SMTP-Zustellung, von seiner eigenen IP. Er schreibt den Umschlag-Absender mit SRS um ({srs}), damit SPF für seine eigene Domain geprüft wird und Bounces zu ihm zurückkommen; From: bleibt {from}. Außerdem versiegelt er, was er geprüft hat ({sealed}), in ARC-Kopfzeilen, Instanz i=1.',
  'step.forward.list':
    '{alias} ist eine Mailingliste: {forwarder} schickt eine Kopie an {target}, mit [{list}] vor dem Betreff und einer Fußzeile unter dem Text. Das ändert, was die DKIM-Signatur von {senderDomain} abdeckt, sie stimmt also nicht mehr, und von dieser IP kann SPF für {senderDomain} nicht bestehen: Unter From: {from} würde DMARC scheitern. Deshalb schreibt die Liste From: auf ihre eigene Adresse um („{sender} via the list“) und setzt {sender} in Reply-To:. Ihr Umschlag-Absender ist {srs}.',
  'step.check.spf.forwarded':
    '{mx} holt den SPF-Eintrag von {spfDomain}, der Domain des SRS-Umschlag-Absenders: Er nennt {ip}, also besteht SPF. Es besteht aber für {spfDomain}, und die From:-Domain ist {senderDomain}: Die beiden passen nicht zusammen, also zählt dieses Bestehen für DMARC nicht, und DKIM muss es tragen.',
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
  'graph.recipient.delivered': 'zugestellt',
  'graph.recipient.downloaded': 'heruntergeladen',
  'graph.recipient.bounced': 'zurück {code}',
  'graph.recipient.rejected': 'abgelehnt {code}',
  'graph.recipient.deferred': 'wartet {code}',
  'graph.recipient.quarantined': 'im Spam',
  'graph.recipient.says': '{address}: {result}.',
  // A result drawn at a door shared with others (a recipient refused at RCPT): whom it is about.
  'graph.recipient.who': '{who}: {result}',
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
  'checkpoint.no-mailbox.q':
    'Das Relay nennt jetzt die Adresse, für die die Nachricht ist (RCPT TO). Was macht der Empfangsserver von {domain} mit einer Adresse, die er nicht kennt?',
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
    'Die Zustellung zwischen Anbietern auf Port 25 braucht keine Anmeldung; der Empfänger prüft den Absender stattdessen im DNS',
  'checkpoint.no-login.3': 'Passwörter werden später mit der Nachricht geschickt',
  'checkpoint.no-login.why':
    'Auf Port 25 darf jeder Mail für die eigenen Nutzer anbieten. Statt einer Anmeldung fragt der Empfänger das DNS, ob dieser Server für die Domain senden darf (SPF, DKIM, DMARC).',
  'checkpoint.no-login.0.why':
    '{sender} hat sich beim Einlieferungsserver des eigenen Anbieters angemeldet. Diese Anmeldung gilt nur dort; der Server von {domain} weiß nichts davon.',
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
    'Die Zustellung von einem Anbieter zum anderen auf Port 25 kennt keine Anmeldung, also kann keine scheitern. Die Prüfungen nutzen stattdessen das DNS.',
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
    'Hier wurde kein Passwort geschickt: Die Zustellung zwischen Anbietern auf Port 25 kennt keine Anmeldung. Das 250 antwortet auf die Nachricht selbst.',
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
  'checkpoint.tag': 'Vorhersage:',
  'checkpoint.right': 'richtige Antwort',
  'checkpoint.notThis': 'deine Wahl',
  'checkpoint.correct': 'Gut vorhergesagt!',
  'checkpoint.incorrect': 'Nicht ganz.',
  'checkpoint.continue': 'Weiter',
  'checkpoint.skip': 'Frage überspringen',
  'checkpoint.next-server.q':
    '{recipient} ist bei einem anderen Anbieter. Welchen Server fragt der Anbieter von {sender} als Nächstes?',
  'checkpoint.next-server.0': '{recipient}s Computer',
  'checkpoint.next-server.1': 'Einen DNS-Resolver',
  'checkpoint.next-server.2': '{sender}s IMAP-Server',
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
  'checkpoint.same-domain.2': 'Er schickt die Nachricht an {recipient}s IMAP-Server',
  'checkpoint.same-domain.why':
    'Die Domain gehört dem Anbieter selbst, also gibt es keine DNS-Abfrage und keinen Weg durchs Internet: Die lokale Zustellung legt sie im Postfachspeicher ab. IMAP bedient den Speicher erst später.',
  'checkpoint.who-fetches.q': 'Die Nachricht wartet im Postfachspeicher. Wie kommt sie auf {recipient}s Bildschirm?',
  'checkpoint.who-fetches.0': '{recipient}s App meldet sich an (IMAP oder POP3) und holt sie',
  'checkpoint.who-fetches.1': 'Der Speicher schickt sie per SMTP an {recipient}s Computer',
  'checkpoint.who-fetches.2': 'Das DNS leitet sie an den Computer weiter',
  'checkpoint.who-fetches.why':
    'Die Zustellung endet im Speicher. Die App der lesenden Person verbindet sich, wann sie will, und liest per IMAP oder POP3 aus dem Speicher.',
  // Issue 24: die Missionen.
  'missions.heading': 'Missionen',
  'missions.intro':
    'Spiele erst den Angreifer, dann den Besitzer der Domain. Ändere die Welt über die Karten (klicke einen Server oder den DNS-Resolver an) und drücke dann Senden.',
  'missions.progress': '{done} von {total} Missionen geschafft',
  'missions.done': 'geschafft',
  'missions.todo': 'offen',
  'missions.back': 'Alle Missionen',
  'missions.close': 'Missionen schließen',
  'missions.goal': 'Ziel',
  'missions.attempts': 'Gesendet: {n}',
  'missions.hintsUsed': 'Tipps: {n} von {total}',
  'missions.hint': 'Einen Tipp zeigen',
  'missions.hintHeading': 'Tipps',
  'missions.notYet': 'Noch nicht. Ändere die Welt über die Karten und drücke noch einmal Senden.',
  'missions.answerFirst': 'Die Reise hat das Ziel erreicht. Beantworte jetzt die Frage.',
  'missions.success': 'Mission geschafft: {title}.',
  'missions.learned': 'Was das zeigt',
  'missions.question': 'Deine Antwort',
  'missions.wrong': 'Nicht ganz: Sieh dir die Prüfungen am Empfangsserver noch einmal an.',
  'missions.settings': 'Angebotene Missionen',
  'missions.none': 'In dieser Lektion wird keine Mission angeboten.',
  'notice.hint.mission':
    'Nutze den Namen einer Mission: forge, stop-the-spoof, lookalike, eavesdrop, stop-the-downgrade oder forwarding-breaks.',
  'notice.hint.missions': 'Nutze Namen von Missionen, durch Kommas getrennt, etwa forge,stop-the-spoof.',

  'mission.forge.title': 'Eine Nachricht fälschen',
  'mission.forge.goal':
    'Bring eine gefälschte Nachricht von alice@example.com in Bobs Posteingang. Du bist der Angreifer: Dein Server gehört nicht zu Alices Anbieter.',
  'mission.forge.hint.1': 'Drücke Senden und beobachte Bobs Empfangsserver: Welche Prüfung weist die Fälschung ab?',
  'mission.forge.hint.2':
    'SPF und DKIM bestehen nie für example.com, wenn du seine Adresse fälschst. Entscheidend ist die DMARC-Richtlinie von example.com: Öffne die Karte des Angreifers oder des DNS-Resolvers.',
  'mission.forge.hint.3':
    'Ohne DMARC-Eintrag oder mit p=none notiert der Empfangsserver das Scheitern nur und stellt zu.',
  'mission.forge.done':
    'SPF und DKIM sind gescheitert, und trotzdem wurde die Fälschung zugestellt: Keine DMARC-Richtlinie hat Bobs Server gesagt, bei dieser Nachricht darauf zu reagieren (keine veröffentlicht, p=none, oder pct= hat sie ausgenommen). SPF allein schützt die From:-Adresse nicht: Es prüft den Umschlag-Absender.',
  'beginner.mission.forge.done':
    'Die Prüfungen sind gescheitert, aber die Regel von example.com hat Bobs Server nicht gesagt, diese Mail abzulehnen oder beiseitezulegen. So kam die Fälschung bei Bob an. Prüfungen allein schützen die Absenderadresse nicht.',

  'mission.stop-the-spoof.title': 'Jetzt stoppe sie',
  'mission.stop-the-spoof.goal':
    'Die Fälschung kommt bei Bob an. Sorge als Besitzer von example.com dafür, dass sein Server sie ablehnt, ohne den Server des Angreifers anzufassen.',
  'mission.stop-the-spoof.hint.1': 'Der Empfangsserver prüft DMARC: Sieh nach, was example.com veröffentlicht.',
  'mission.stop-the-spoof.hint.2':
    'Ändere die DMARC-Richtlinie von example.com auf der Karte des DNS-Resolvers (oder des Angreifers). p=quarantine legt sie nur in den Spam-Ordner.',
  'mission.stop-the-spoof.hint.3':
    'Mit p=reject lehnt der Empfangsserver nach dem abschließenden Punkt (Ende von DATA) mit 550 5.7.1 ab. Bitte um Sammelberichte (rua), um es mitzuerleben.',
  'mission.stop-the-spoof.done':
    'Mit p=reject hat Bobs Server die Fälschung mit 550 5.7.1 abgelehnt, und Alice erfährt nichts: Sie hat nichts gesendet. Mit rua schickt jeder Empfänger example.com täglich einen Sammelbericht, wer in ihrem Namen gesendet hat und was damit geschah.',
  'beginner.mission.stop-the-spoof.done':
    'Jetzt verlangt example.com, Mail abzulehnen, die ihre Prüfungen nicht besteht. Also hat Bobs Server die Fälschung abgewiesen. Alice hat nichts gesendet und erfährt nichts.',

  'mission.lookalike.title': 'Eine Doppelgänger-Domain kommt durch',
  'mission.lookalike.goal':
    'Eine Nachricht von einer Domain, die wie example.com aussieht, erreicht Bob, obwohl example.com p=reject sagt. Sende sie, beobachte die Prüfungen und sag, warum.',
  'mission.lookalike.hint.1': 'Lies die Absenderadresse genau, Buchstabe für Buchstabe.',
  'mission.lookalike.hint.2': 'Für welche Domain hat der Empfangsserver SPF, DKIM und DMARC geprüft? Nicht für Alices.',
  'mission.lookalike.hint.3':
    'Die Richtlinie von example.com spricht nur für example.com. Die andere Domain hat eigene Einträge.',
  'mission.lookalike.question': 'Alle Prüfungen wurden bestanden. Warum?',
  'mission.lookalike.choice.1':
    'Sie galten der eigenen Domain des Angreifers: Die Prüfungen zeigen, welche Domain gesendet hat, nicht, dass es die ist, die Bob meint.',
  'mission.lookalike.choice.2': 'Die DMARC-Richtlinie von example.com ist zu schwach: p=reject würde sie stoppen.',
  'mission.lookalike.choice.3': 'SPF prüft die From:-Adresse, und der Angreifer durfte sie benutzen.',
  'mission.lookalike.done':
    'DMARC stoppt keine Doppelgänger-Domains: examp1e.com oder ein Homograph wie exаmple.com mit kyrillischem а (in Punycode xn--…) besteht seine eigenen Prüfungen. Was hilft, ist eine App, die Bob die echte Adresse zeigt, und seine Aufmerksamkeit.',
  'beginner.mission.lookalike.done':
    'Die Fälschung kam von einer anderen Domain, die nur so aussieht wie Alices, und bestand deren eigene Prüfungen. Was hilft: Bob sieht die echte Adresse.',

  'mission.eavesdrop.title': 'Bobs Mail auf der Leitung lesen',
  'mission.eavesdrop.goal':
    'Sei der Mann in der Mitte zwischen Alices Relay und Bobs Server, und bring Alices Nachricht lesbar über das Internet.',
  'mission.eavesdrop.hint.1': 'Öffne die Karte von Bobs Empfangsserver: Jemand sitzt in der Leitung.',
  'mission.eavesdrop.hint.2': 'Verschlüsselung zwischen Servern beginnt nur, wenn der Empfänger STARTTLS anbietet.',
  'mission.eavesdrop.hint.3':
    'Schalte den Mann in der Mitte ein: Er löscht STARTTLS aus der Antwort, und das Relay sendet im Klartext.',
  'mission.eavesdrop.done':
    'STARTTLS zwischen Servern ist opportunistisch: Ein Mann in der Mitte, der es aus der EHLO-Antwort löscht, bringt den Sender dazu, im Klartext zu senden, und liest eine Kopie mit. STARTTLS verschlüsselt nicht immer.',
  'beginner.mission.eavesdrop.done':
    'Der Angreifer hat das Angebot zu verschlüsseln versteckt. Also sprachen die Server im Klartext, und er las mit. Verschlüsselung zwischen Servern ist nicht garantiert.',

  'mission.stop-the-downgrade.title': 'Den Downgrade stoppen',
  'mission.stop-the-downgrade.goal':
    'Der Mann in der Mitte entfernt STARTTLS. Sorge als Besitzer von example.org dafür, dass Alices Nachricht nie im Klartext übertragen wird, während er noch da ist.',
  'mission.stop-the-downgrade.hint.1': 'Öffne die Karte von Bobs Empfangsserver: Was kann example.org veröffentlichen?',
  'mission.stop-the-downgrade.hint.2':
    'MTA-STS im Modus testing meldet nur. Enforce verbietet Sendern, ohne TLS zuzustellen.',
  'mission.stop-the-downgrade.hint.3': 'DANE geht auch, aber nur in einer mit DNSSEC signierten Zone.',
  'mission.stop-the-downgrade.done':
    'Mit MTA-STS enforce (oder DANE mit DNSSEC) weigert sich der Sender, ohne TLS zuzustellen: Die Nachricht wartet in der Warteschlange, und nichts geht lesbar über die Leitung. Die erste Zustellung, bevor ein Sender die MTA-STS-Richtlinie kennt, ist nicht geschützt; DANE hat diese Lücke nicht.',
  'beginner.mission.stop-the-downgrade.done':
    'Jetzt verlangt example.org, nur verschlüsselt zuzustellen. Also wartete Alices Server, statt im Klartext zu senden.',

  'mission.forwarding-breaks.title': 'Die eigene Mail kaputt machen',
  'mission.forwarding-breaks.goal':
    'example.com sagt p=reject, signiert aber nichts, und Bobs alte Adresse leitet an bob@example.org weiter. Alices eigene Nachricht wird abgelehnt. Repariere das und behalte p=reject.',
  'mission.forwarding-breaks.hint.1': 'Drücke Senden: Bei example.org besteht SPF, aber für wessen Domain?',
  'mission.forwarding-breaks.hint.2':
    'Der Weiterleiter sendet von seiner eigenen Adresse (SRS), also spricht SPF nicht mehr für example.com. Nur eine Signatur übersteht die Weiterleitung.',
  'mission.forwarding-breaks.hint.3':
    'Lass den Anbieter von example.com mit DKIM signieren (der Schlüssel steht im DNS): auf der Karte des DNS-Resolvers.',
  'mission.forwarding-breaks.done':
    'Ein Weiterleiter bricht SPF für die ursprüngliche Domain, aber eine DKIM-Signatur reist mit der Nachricht, also besteht DMARC über DKIM. Oder Bobs MX vertraut dem ARC-Siegel des Weiterleiters: DMARC scheitert weiterhin, aber die versiegelten Ergebnisse lassen seine lokale Richtlinie die Nachricht zustellen.',
  'beginner.mission.forwarding-breaks.done':
    'Der Weiterleiter sendet von seinem eigenen Server, also passt die Liste der erlaubten Computer nicht mehr. Eine Signatur reist mit der Nachricht; oder Bobs Server glaubt dem versiegelten Wort des Weiterleiters, dass er die Mail geprüft hat.',

  'shortcuts.title': 'Tastenkürzel',
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
  'embed.title': 'Diese Reise in eine Unterrichtsseite einbauen',
  'embed.intro':
    'Beide Schnipsel enthalten die Nachricht und die Einstellungen, die du jetzt siehst. Nichts wird irgendwohin geschickt: Die Seite funktioniert offline.',
  'embed.tag': 'Als Element (das Skript einmal pro Seite laden)',
  'embed.iframe': 'Als iframe (geht auf jeder Website, die iframes erlaubt)',
  'embed.copy': 'Kopieren',
  'embed.copied': 'Kopiert.',
  'embed.copyFailed': 'Kopieren wurde verweigert; markiere den Text und kopiere ihn von Hand.',
  'embed.close': 'Schließen',
  'beginner.step.compose':
    '{sender} schreibt an {recipient} und drückt auf Senden. Die Mail-App packt den Text in eine Nachricht mit einem Etikett: Absender, Empfänger, Betreff.',
  'beginner.step.compose.attachment':
    '{sender} schreibt an {recipient}, hängt ein Urlaubsvideo von {mb} MB an und drückt auf Senden. Die App packt beides in eine Nachricht mit Etikett.',
  'beginner.step.submit':
    '{sender}s App meldet sich beim Sendeserver des Anbieters an, der die Nachricht übernimmt. Viele solche Server prüfen auch, ob sie von {sender}s eigener Adresse kommt.',
  'beginner.step.submit.refused':
    '{sender}s App will die Nachricht dem Sendeserver des Anbieters übergeben, aber der Server lehnt ab.',
  'beginner.step.submit.refused.password':
    '{sender}s App will sich beim Sendeserver des Anbieters anmelden, aber das Passwort ist falsch. Der Server nimmt die Nachricht nicht an.',
  'beginner.step.submit.refused.size':
    '{sender}s App sagt dem Sendeserver des Anbieters, wie groß die Nachricht ist. Mit dem Video ist sie dem Server zu groß, und er lehnt ab.',
  'beginner.step.refuse':
    '{sender}s App zeigt die Fehlermeldung des Servers. Nichts wurde verschickt, also sieht niemand sonst die Nachricht, und es entsteht keine Rückmeldung.',
  'beginner.step.refuse.password':
    '{sender}s App meldet: Das Passwort war falsch. Nichts wurde verschickt, also sieht niemand sonst die Nachricht, und es entsteht keine Rückmeldung.',
  'beginner.step.refuse.size':
    '{sender}s App meldet: Die Nachricht ist zu groß zum Senden. Nichts wurde verschickt, also sieht sie niemand sonst, und es entsteht keine Rückmeldung.',
  'beginner.step.handoff':
    '{recipient} ist bei einem anderen Anbieter. Der Sendeserver gibt die Nachricht deshalb an den Ausgangsserver des Anbieters, der Mail zu anderen Anbietern bringt.',
  'beginner.step.dns-mx.found':
    'Der Ausgangsserver fragt das Adressbuch des Internets (DNS): Welche Server nehmen Mail für {recipient}s Anbieter an? Die Antwort nennt sie, den besten zuerst.',
  'beginner.step.dns-mx.empty':
    'Das Adressbuch des Internets (DNS) kennt {recipient}s Domain, nennt aber keinen Mailserver. Also nimmt der Rechner der Domain selbst die Mail an.',
  'beginner.step.dns-mx.null':
    'Das Adressbuch des Internets (DNS) sagt: Diese Domain nimmt gar keine E-Mail an. Die Nachricht kann nirgendwohin.',
  'beginner.step.dns-mx.nxdomain':
    'Das Adressbuch des Internets (DNS) sagt: Diese Domain gibt es nicht. Niemand kann die Nachricht annehmen.',
  'beginner.step.dns-mx.servfail':
    'Das Adressbuch (DNS) kann gerade nicht sagen, wohin {recipient}s Mail geht. Das gilt nur für jetzt, also geht die Mail nicht zurück.',
  'beginner.step.queue.dns':
    'Die Nachricht wartet in der Warteschlange des Ausgangsservers. Der Server fragt das Adressbuch später erneut, bis zu {days} Tage lang, bevor er {sender} Bescheid gibt.',
  'beginner.step.dns-host':
    'Nächste Frage an das Adressbuch: Wie lautet die Netzwerkadresse dieses Mailservers? Das ist die Adresse des Servers, nicht die von {recipient}s Computer.',
  'beginner.step.dns-host.implicit':
    'Der Ausgangsserver fragt das Adressbuch nach der Netzwerkadresse von {recipient}s Domain selbst. Dieser Rechner bekommt die Mail.',
  'beginner.step.dns-host.none':
    'Der Ausgangsserver fragt das Adressbuch nach der Netzwerkadresse des Mailservers, aber es gibt keine.',
  'beginner.step.dns-aaaa':
    'Eine zweite Frage: nach der neueren, längeren Art von Netzwerkadresse. Jede Frage an das Adressbuch fragt nach genau einer Art von Antwort.',
  'beginner.step.dns-aaaa.none':
    'Eine zweite Frage: nach der neueren, längeren Art von Netzwerkadresse. Die gibt es nicht, also reicht die ältere Art.',
  'beginner.step.dns-aaaa.nothing':
    'Der Ausgangsserver fragt auch nach der neueren Art von Adresse: Auch die gibt es nicht. Ohne jede Adresse ist der Server nicht erreichbar.',
  'beginner.step.relay.accepted':
    'Der Ausgangsserver verbindet sich mit dem Empfangsserver von {recipient}s Anbieter. Für diese Übergabe braucht es kein Passwort. Der Empfänger sagt: Ja, {recipient} kenne ich.',
  'beginner.step.relay.retry-accepted':
    'Der Ausgangsserver versucht es noch einmal beim Empfangsserver (Versuch {attempt}). Diesmal sagt er Ja und nimmt Mail für {recipient} an.',
  'beginner.step.relay.accepted.some':
    'Der Empfangsserver antwortet für jede Adresse einzeln: Ja für {recipient}, aber Nein für „{refusedName}“: Für diese Adresse nimmt er keine Mail an.',
  'beginner.step.relay.rejected':
    'Der Ausgangsserver verbindet sich mit {recipient}s Empfangsserver. Der lehnt endgültig ab: Unter dieser Adresse gibt es niemanden.',
  'beginner.step.relay.rejected.full':
    'Der Ausgangsserver verbindet sich mit {recipient}s Empfangsserver. Die Adresse gibt es, aber ihr Postfach ist voll, also lehnt der Server endgültig ab.',
  'beginner.step.relay.rejected.relay':
    'Der Ausgangsserver verbindet sich mit dem Server aus dem Adressbuch, aber dieser Server nimmt keine Mail für {recipient}s Domain an, also lehnt er ab.',
  'beginner.step.relay.rejected.loop':
    'Der Ausgangsserver verbindet sich mit {recipient}s Empfangsserver. Die Adresse leitet im Kreis zu sich selbst zurück, also beendet der Server die Schleife und lehnt ab.',
  'beginner.step.relay.deferred':
    'Der Ausgangsserver verbindet sich mit dem Empfangsserver. Der antwortet: Jetzt nicht, versuch es später. Das ist ein vorläufiges Nein.',
  'beginner.step.relay.no-answer':
    'Der Ausgangsserver versucht, den Empfangsserver zu erreichen, aber niemand antwortet. Nach {seconds} Sekunden gibt er diesen Server auf.',
  'beginner.step.relay.refused-connection':
    'Der Ausgangsserver versucht, den Empfangsserver zu erreichen, aber der Rechner weist ihn sofort ab: Dort läuft kein Mailserver.',
  'beginner.step.relay.rejected-mail':
    'Der Ausgangsserver sagt dem Empfangsserver, wie groß die Nachricht ist. Der Empfänger lehnt ab: Sie ist ihm zu groß.',
  'beginner.step.reply.rejected':
    'Die Ablehnung geht zurück an den Ausgangsserver. Er hat die Nachricht noch und muss jetzt {sender} Bescheid geben.',
  'beginner.step.reply.deferred':
    'Die Antwort „später noch einmal“ geht zurück an den Ausgangsserver. Er behält die Nachricht in seiner Warteschlange.',
  'beginner.step.reply.rejected-data':
    'Der Empfangsserver lehnt die ganze Nachricht ab: Die Prüfungen sagen, dass sie vielleicht gar nicht von {sender}s Anbieter kommt. Die Ablehnung geht zurück.',
  'beginner.step.check.ptr.pass':
    'Der Empfangsserver schlägt den Namen des Rechners nach, der sich verbunden hat, und schreibt ihn in das Reiseprotokoll der Nachricht.',
  'beginner.step.check.ptr.fail':
    'Der Empfangsserver schlägt den Namen des Rechners nach, der sich verbunden hat, aber dieser Rechner hat keinen Namen.',
  'beginner.step.check.spf.pass':
    'Absenderprüfung 1: {sender}s Anbieter veröffentlicht eine Liste seiner Senderechner. Der Rechner, der sich verbunden hat, steht darauf: bestanden.',
  'beginner.step.check.spf.fail':
    'Absenderprüfung 1: {sender}s Anbieter veröffentlicht eine Liste erlaubter Senderechner. Der Rechner, der sich verbunden hat, steht nicht darauf: nicht bestanden.',
  'beginner.step.check.dkim.pass':
    'Absenderprüfung 2: Die Nachricht trägt eine digitale Unterschrift von {sender}s Anbieter. Der Empfänger prüft sie mit dem veröffentlichten Schlüssel: bestanden.',
  'beginner.step.check.dkim.permerror':
    'Absenderprüfung 2: Der Empfänger sucht den veröffentlichten Schlüssel des Anbieters, um die Unterschrift zu prüfen, findet aber keinen: Sie lässt sich gar nicht prüfen.',
  'beginner.step.check.dmarc.pass':
    'Absenderprüfung 3: Mindestens eine der beiden ersten Prüfungen hat für {sender}s Anbieter bestanden, also nimmt der Empfangsserver die Nachricht an.',
  'beginner.step.check.dmarc.absent':
    '{sender}s Anbieter veröffentlicht keine Regel für gescheiterte Prüfungen, also wird nichts weiter gefragt. Der Empfangsserver nimmt die Nachricht an.',
  'beginner.step.check.dmarc.none':
    'Absenderprüfung 3: Beide Prüfungen sind gescheitert, aber die Regel von {sender}s Anbieter sagt: nur melden. Der Empfangsserver nimmt die Nachricht an.',
  'beginner.step.check.dmarc.quarantine':
    'Absenderprüfung 3: Beide Prüfungen sind gescheitert, und die Regel von {sender}s Anbieter sagt: annehmen, aber als Spam behandeln.',
  'beginner.step.check.dmarc.reject':
    'Absenderprüfung 3: Beide Prüfungen sind gescheitert, und die Regel von {sender}s Anbieter sagt: ablehnen. Die Nachricht könnte gefälscht sein.',
  'beginner.step.filter':
    'Der Empfangsserver gibt die Nachricht an einen Filter, der sie auf Spam und Viren prüft. Sie sieht in Ordnung aus.',
  'beginner.step.filter.spam':
    'Der Filter prüft die Nachricht und hält sie für Spam. Sie kommt in den Spam-Ordner, nicht in den Posteingang.',
  'beginner.step.filter.quarantine':
    'Die Absenderprüfungen sind gescheitert, und die Regel der Absenderdomain sagt für diese Nachricht Spam: Der Filter schickt sie in den Spam-Ordner.',
  'beginner.step.store':
    'Die Nachricht wird in {recipient}s Postfach beim Anbieter gespeichert. Dort wartet sie: Noch wird nichts an {recipient}s Handy geschickt.',
  'beginner.step.store.junk': 'Die Nachricht wird im Spam-Ordner von {recipient}s Postfach beim Anbieter gespeichert.',
  'beginner.step.store.local':
    '{recipient} hat denselben Anbieter wie {sender}, also gibt es keinen Weg durchs Internet: Der Server legt die Nachricht direkt ins Postfach.',
  'beginner.step.login.imap':
    'Schon bevor {sender} auf Senden drückte, war {recipient}s Mail-App mit dem Leseserver des Anbieters verbunden. Sie wartet dort darauf, dass neue Mail gemeldet wird.',
  'beginner.step.login.pop3':
    '{recipient} öffnet die Mail-App. Sie meldet sich beim Leseserver des Anbieters an, und der öffnet {recipient}s Postfach zum Herunterladen.',
  'beginner.step.login.imap.junk':
    '{recipient} öffnet den Spam-Ordner. Die App fragt den Leseserver des Anbieters, was darin liegt.',
  'beginner.step.notice':
    'Der Leseserver meldet {recipient}s App: Neue Mail ist da. Diese kurze Meldung enthält die Nachricht selbst noch nicht.',
  'beginner.step.fetch':
    'Erst jetzt fragt die App nach der Nachricht selbst. Mail kommt nur dann in eine App, wenn die App danach fragt.',
  'beginner.step.read.imap':
    'Die App zeigt die Nachricht, und {recipient} liest sie. Sie bleibt auf dem Server, also sehen {recipient}s andere Geräte sie auch.',
  'beginner.step.read.imap.junk':
    '{recipient}s App zeigt die Nachricht im Spam-Ordner. Die Ordner liegen auf dem Server.',
  'beginner.step.read.pop3': 'Die App lädt die Nachricht auf dieses Gerät herunter, und {recipient} liest sie.',
  'beginner.step.read.pop3.junk':
    'Diese Art von App lädt nur den Posteingang herunter, also wartet die Nachricht ungesehen im Spam-Ordner.',
  'beginner.step.queue.retry':
    'Die Nachricht wartet in der Warteschlange des Ausgangsservers. Nach etwa {minutes} Minuten versucht er es noch einmal.',
  'beginner.step.queue.stuck':
    'Die Nachricht bleibt in der Warteschlange. Der Server versucht es bis zu {days} Tage lang, dann gibt er auf und sagt {sender} Bescheid.',
  'beginner.step.bounce':
    'Der Ausgangsserver kann die Nachricht nicht zustellen. Er schreibt eine neue, eine Rückmeldung mit dem Grund, und legt sie in {sender}s Postfach.',
  'beginner.step.bounce-fetch': '{sender}s App fragt {sender}s eigenes Postfach nach neuer Mail.',
  'beginner.step.bounce-read':
    '{sender} liest die Rückmeldung: eine automatische Nachricht des Mailsystems, die erklärt, warum die Nachricht nicht zugestellt werden konnte.',
  'beginner.summary.delivered': '{recipient} hat die Nachricht, {steps} Schritte später.',
  'beginner.summary.delivered.minutes': '{recipient} hat die Nachricht, {steps} Schritte später.',
  'beginner.summary.bounced.list':
    'Die Liste konnte die Nachricht nicht weitergeben. Die Rückmeldung ging an die Liste selbst, also erfährt {sender} nichts.',
  'beginner.summary.bounced':
    'Die Nachricht konnte nicht zugestellt werden. In {sender}s Posteingang liegt jetzt eine Rückmeldung, die den Grund nennt.',
  'beginner.summary.rejected':
    'Der Sendeserver hat die Nachricht abgelehnt, also wurde nichts verschickt. {sender}s App hat den Grund gezeigt.',
  'beginner.summary.deferred':
    'Noch nicht zugestellt: Die Nachricht wartet beim Ausgangsserver, der es später noch einmal versucht.',
  'beginner.summary.quarantined': 'Die Nachricht wurde zugestellt, aber in {recipient}s Junk-Ordner.',
  'beginner.summary.all': 'Alle {total} Empfänger haben die Nachricht, {steps} Schritte später.',
  'beginner.summary.all.minutes': 'Alle {total} Empfänger haben die Nachricht, {steps} Schritte später.',
  'beginner.summary.some':
    '{reached} von {total} Empfängern haben die Nachricht. Eine Rückmeldung in {sender}s Posteingang nennt jeden, der endgültig scheiterte.',
  'beginner.summary.spoof-rejected':
    'Eine gefälschte Nachricht, angeblich von {sender}, wurde von {recipient}s Empfangsserver abgelehnt. {sender} hat nichts gesendet und erfährt nichts.',
  'beginner.label.compose': 'Schreiben und senden',
  'beginner.label.submit': 'An den Anbieter übergeben',
  'beginner.label.refuse': 'Fehler angezeigt',
  'beginner.label.handoff': 'An den Ausgangsserver',
  'beginner.label.dns-mx': 'Mailserver nachschlagen',
  'beginner.label.dns-host': 'Adresse nachschlagen',
  'beginner.label.dns-a': 'Adresse nachschlagen',
  'beginner.label.dns-aaaa': 'Neuere Adresse nachschlagen',
  'beginner.label.relay': 'Zustellung an den Empfangsserver',
  'beginner.label.check-ptr': 'Wer ruft da an?',
  'beginner.label.check-spf': 'Absenderprüfung 1',
  'beginner.label.check-dkim': 'Absenderprüfung 2',
  'beginner.label.check-dmarc': 'Absenderprüfung 3',
  'beginner.label.reply': 'Die Antwort geht zurück',
  'beginner.label.queue': 'Warten und neu versuchen',
  'beginner.label.filter': 'Spamprüfung',
  'beginner.label.store': 'Im Postfach speichern',
  'beginner.label.login': 'Mail-App öffnen',
  'beginner.label.notice': 'Meldung: neue Mail',
  'beginner.label.fetch': 'Nach der Nachricht fragen',
  'beginner.label.read': 'Die E-Mail lesen',
  'beginner.label.bounce': 'Rückmeldung schreiben',
  'beginner.label.bounce-fetch': 'Der Absender sieht nach',
  'beginner.label.store.of': 'In {name}s Postfach speichern',
  'beginner.label.login.of': '{name}s Mail-App',
  'beginner.label.notice.of': 'Neue-Mail-Meldung an {name}',
  'beginner.label.fetch.of': '{name}s App fragt nach der Nachricht',
  'beginner.label.read.of': '{name} liest die E-Mail',
  'beginner.label.bounce-read': 'Rückmeldung lesen',
  'beginner.myth.1':
    'Das sind Rollen, keine Kästen: Der Sendeserver will das Passwort des Absenders; reicht der Server eines Anbieters Mail an den eines anderen weiter, gibt es kein Passwort, der Empfänger prüft stattdessen den Absender.',
  'beginner.myth.2':
    'Der Leseserver lässt die App nur in ihr Postfach: zum Abholen von Mail oder zum Ablegen ihrer Kopie in „Gesendet“. Er verschickt nie Mail und nimmt keine von anderen Servern an.',
  'beginner.myth.3':
    'Bei Webmail im Browser spricht der Browser mit der Website des Anbieters; erst die Server des Anbieters verschicken die Mail.',
  'beginner.myth.4':
    'Auch Mail an jemanden beim selben Anbieter kommt zuerst ins Postfach. Der Leseserver gibt sie erst heraus, wenn die App fragt.',
  'beginner.myth.5': 'Das Adressbuch nennt die Adresse des Mailservers des Empfängers, nicht die seines Computers.',
  'beginner.myth.6':
    'Router im Internet tragen die Teile der Nachricht, lesen oder speichern aber nie Mail. Nur die Mailserver im Bild bearbeiten sie.',
  'beginner.myth.7':
    'Der Empfangsserver prüft die Adresse auf dem Umschlag, nicht die An-Zeile, die du siehst. Deshalb funktionieren versteckte Kopien.',
  'beginner.label.sent': 'Kopie in „Gesendet“',
  'beginner.label.forward': 'An einen anderen Anbieter weitergegeben',
  'beginner.step.compose.webmail':
    '{sender} schreibt {recipient} auf der Webseite des Anbieters und drückt „Senden“. Die Webseite baut die Nachricht, mit einem Etikett oben drauf.',
  'beginner.step.webmail':
    '{sender}s Browser schickt die Nachricht über eine verschlüsselte Webverbindung an die Webseite des Anbieters. Der Browser selbst spricht nie mit Mailservern.',
  'beginner.step.submit.webmail':
    'Die Webseite des Anbieters gibt die Nachricht an den eigenen Sendeserver weiter, innerhalb des Anbieters. Der Server antwortet: Angenommen, ab jetzt meine Aufgabe.',
  'beginner.step.submit.465':
    '{sender}s App verbindet sich mit dem Sendeserver des Anbieters, verschlüsselt vom ersten Byte an, meldet sich an und übergibt die Nachricht.',
  'beginner.step.submit.refused.webmail':
    'Die Webseite des Anbieters will die Nachricht an den Sendeserver übergeben, aber der Server lehnt ab.',
  'beginner.step.submit.refused.465':
    '{sender}s App verbindet sich verschlüsselt vom ersten Byte an mit dem Sendeserver und will die Nachricht übergeben, aber der Server lehnt ab.',
  'beginner.step.submit.refused.password.webmail':
    'Die Webseite des Anbieters will die Nachricht für {sender} übergeben, aber die Anmeldung ist falsch, also lehnt der Sendeserver ab.',
  'beginner.step.submit.refused.password.465':
    '{sender}s App verbindet sich verschlüsselt vom ersten Byte an mit dem Sendeserver, meldet sich aber mit einem falschen Passwort an. Der Server lehnt ab.',
  'beginner.step.submit.refused.size.webmail':
    'Die Webseite des Anbieters will die Nachricht übergeben, aber sie ist dem Sendeserver des Anbieters zu groß, und er lehnt ab.',
  'beginner.step.submit.refused.size.465':
    '{sender}s App verbindet sich verschlüsselt vom ersten Byte an mit dem Sendeserver und nennt die Größe der Nachricht: zu groß, also lehnt der Server ab.',
  'beginner.step.refuse.webmail':
    'Die Webseite zeigt {sender} den Fehler des Servers. Nichts wurde verschickt, also sieht niemand sonst die Nachricht, und es gibt keine Rückmeldung.',
  'beginner.step.refuse.password.webmail':
    'Die Webseite meldet {sender}: Die Anmeldung war falsch. Nichts wurde verschickt, also sieht niemand sonst die Nachricht, und es gibt keine Rückmeldung.',
  'beginner.step.refuse.size.webmail':
    'Die Webseite meldet {sender}: Die Nachricht ist zu groß zum Senden. Nichts wurde verschickt, also sieht sie niemand sonst, und es gibt keine Rückmeldung.',
  'beginner.step.sent.imap':
    '{sender}s App legt eine Kopie im Ordner „Gesendet“ auf dem Server des Anbieters ab. So zeigt auch {sender}s Handy die Nachricht.',
  'beginner.step.sent.pop3':
    'Diese App behält ihre Kopie nur auf dem Laptop: Bei dieser Art, Mail zu lesen, hat der Server keinen Ordner „Gesendet“. Das Handy sieht sie nie.',
  'beginner.step.sent.webmail':
    'Der Anbieter legt selbst eine Kopie im Ordner „Gesendet“ von {sender} auf seinem Server ab. So zeigt jedes Gerät von {sender} die Nachricht.',
  'beginner.step.spoof.compose':
    'Ein fremder Server, der mit dem Anbieter von {sender} nichts zu tun hat, schreibt eine Nachricht, die vorgibt, von {sender} zu kommen. Signieren kann er sie nicht.',
  'beginner.step.spoof.relay':
    'Der fremde Server liefert die gefälschte Nachricht direkt beim Empfangsserver von {recipient} ein. Verbinden darf sich jeder; ob er dem Absender glaubt, entscheidet der Server später.',
  'beginner.step.check.dkim.forged':
    'Der Empfangsserver prüft die Unterschrift der Nachricht mit dem Schlüssel, den der Anbieter von {sender} veröffentlicht. Sie passt nicht: Jemand anderes hat das geschrieben.',
  'beginner.step.reply.spoof':
    'Der Empfangsserver lehnt die gefälschte Nachricht ab und sagt es dem fremden Server. {sender} erfährt nichts davon: Sie hat ja nichts geschickt.',
  'beginner.step.bounce.forwarded':
    'Der weiterleitende Server konnte die Nachricht nicht weitergeben. Er schreibt die Unzustellbarkeitsnachricht selbst und schickt sie zurück in {sender}s Postfach.',
  'beginner.step.bounce.list':
    'Der Server der Liste konnte die Nachricht nicht weitergeben. Die Unzustellbarkeitsnachricht geht an die Liste zurück; {sender} erfährt nichts.',
  'beginner.step.forward':
    'Die alte Adresse von {recipient} leitet seine Mail weiter: Der Server dort schickt die Nachricht an seinen jetzigen Anbieter und vermerkt, dass er den Absender geprüft hat.',
  'beginner.step.forward.list':
    'Die Adresse ist eine Mailingliste: Ihr Server schickt jedem Mitglied eine Kopie, setzt eine Markierung in den Betreff, hängt eine Fußzeile an und schickt als Liste selbst.',
  'beginner.step.check.spf.forwarded':
    'Der Empfangsserver prüft, wer für die eigene Domain des Weiterleiters senden darf: Der weiterleitende Server darf es, also besteht die Prüfung. Es ist aber nicht {sender}s Domain.',
  'beginner.step.check.spf.list':
    'Der Empfangsserver prüft, wer für die Domain der Liste senden darf: Der Listenserver darf es, und die Liste schreibt jetzt als sie selbst.',
  'beginner.step.check.dkim.list':
    'Der Empfangsserver prüft die Unterschrift: Die Liste hat den Betreff geändert und eine Fußzeile angehängt, also passt die Unterschrift nicht mehr.',
  'label.starttls': 'Ein Angreifer dazwischen entfernt STARTTLS',
  'label.report-dmarc': 'Ein DMARC-Bericht an den Domaininhaber',
  'label.report-tls': 'Ein TLS-Bericht an die Empfängerdomain',
  'step.spoof.compose.display-name':
    '{spoofer} schreibt eine Nachricht mit From: "{display}" <{forgedFrom}>. Der Name sieht nach {sender} von {senderDomain} aus, aber die Adresse gehört zur eigenen Domain des Fälschers, für die er signiert und die er in sein eigenes SPF einträgt.',
  'step.spoof.compose.lookalike':
    '{spoofer} schreibt eine Nachricht mit From: {forgedFrom}: eine ähnlich aussehende Domain, die Ziffer 1 statt des Buchstabens l. Die Domain gehört dem Fälscher, also veröffentlicht er für sie SPF, einen DKIM-Schlüssel und DMARC.',
  'step.spoof.compose.homograph':
    '{spoofer} schreibt eine Nachricht mit From: {forgedFrom}. Ein Programm, das Unicode anzeigt, zeigt sie als {unicode}, mit kyrillischem а; der wahre Name ist der Punycode {forgedFrom}, eine Domain, die dem Fälscher gehört und für die er signiert.',
  'step.check.spf.softfail':
    '{mx} hat bei MAIL FROM den SPF-Eintrag von {senderDomain} geholt: {record}. {ip} steht nicht darin, und der Eintrag endet auf ~all, also ergibt SPF softfail: verdächtig, doch Empfänger nehmen meist an und markieren.',
  'step.check.spf.neutral':
    '{mx} hat bei MAIL FROM den SPF-Eintrag von {senderDomain} geholt: {record}. {ip} steht nicht darin, und der Eintrag endet auf ?all, also sagt SPF neutral: Die Domain äußert sich nicht.',
  'step.check.spf.none':
    '{mx} fragt nach einem SPF-Eintrag von {senderDomain} (der Domain des Umschlag-Absenders): Es gibt keinen, also hat SPF kein Ergebnis (none). Nichts sagt, welche Server für sie senden dürfen.',
  'step.check.spf.permerror':
    '{mx} hat den SPF-Eintrag von {senderDomain} geholt, aber ihm zu folgen bräuchte mehr als 10 DNS-Abfragen (include, a, mx …), die Grenze von RFC 7208: SPF ergibt permerror, einen Fehler im Eintrag selbst.',
  'step.check.spf.forger':
    'SPF prüft die Domain des Umschlag-Absenders, {spfDomain}, nicht das From:, das Lesende sehen. {ip} steht in ihrem SPF-Eintrag ({record}), also besteht SPF: SPF beweist nur, dass dieser Server für {spfDomain} senden darf.',
  'step.check.dkim.none':
    'Die Nachricht trägt keine DKIM-Signature: Der Anbieter von {senderDomain} hat sie nicht signiert. DKIM hat kein Ergebnis (none), also kann jetzt nur ein ausgerichtetes SPF-Bestehen DMARC genügen.',
  'step.check.dkim.broken':
    '{mx} holt den DKIM-Schlüssel von {senderDomain} und prüft die Signatur, aber ein Server unterwegs hat den signierten Text oder Kopf geändert (eine Fußzeile, ein neuer Betreff): Die Prüfsummen weichen ab, DKIM schlägt fehl.',
  'step.check.dkim.forger':
    'Der Fälscher hat mit d={dkimDomain} signiert, einer Domain, die ihm gehört, und veröffentlicht den Schlüssel: {mx} prüft ihn, DKIM besteht. Eine Signatur beweist, wer signiert hat, nicht dass es der ist, für den die Lesenden ihn halten.',
  'step.check.dmarc.forger':
    '{mx} liest den DMARC-Eintrag von {senderDomain}: {record}. SPF und DKIM bestehen für {senderDomain} selbst und passen zu From:, also besteht DMARC. Die Richtlinie der echten Domain wird nie gefragt: Für DMARC ist hier nichts gefälscht.',
  'step.check.dmarc.pct':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. Weder SPF noch DKIM bestehen ausgerichtet, aber pct={pct} wendet die Richtlinie nur auf diesen Anteil fehlschlagender Mails an. Diese Simulation wählt per Prüfsumme der Message-ID (diese: {bucket} von 100, nicht unter {pct}), also gilt die nächstmildere Behandlung: {disposition}.',
  'step.starttls.stripped':
    '{mx} bietet in seiner EHLO-Antwort STARTTLS an, aber {mitm}, ein Angreifer auf dem Weg, löscht die Zeile 250-STARTTLS. {mta} sieht kein Angebot und macht, wie opportunistisches TLS es erlaubt, unverschlüsselt weiter.',
  'step.starttls.stripped.testing':
    '{mitm} löscht 250-STARTTLS aus der EHLO-Antwort von {mx}. Die MTA-STS-Richtlinie von {recipientDomain} steht nur auf testing: {mta} notiert den Fehler für einen Bericht, liefert aber trotzdem im Klartext.',
  'step.starttls.stripped.mta-sts':
    '{mitm} löscht 250-STARTTLS aus der EHLO-Antwort von {mx}. Aber {mta} hat die MTA-STS-Richtlinie von {recipientDomain} gespeichert, Modus enforce: Ohne TLS darf er nicht liefern. Er sagt QUIT und behält die Nachricht in der Warteschlange.',
  'step.starttls.stripped.dane':
    '{mitm} löscht 250-STARTTLS aus der EHLO-Antwort von {mx}. Aber {recipientDomain} veröffentlicht TLSA-Einträge für {mx} in einer mit DNSSEC signierten Zone (DANE): {mta} verlangt TLS, sagt QUIT und behält die Nachricht in der Warteschlange.',
  'step.relay.plain':
    '{mta} schickt MAIL FROM, RCPT TO und die ganze Nachricht unverschlüsselt an {mx}. Jede Zeile geht lesbar durchs Netz, und {mitm} behält eine Kopie. {mx} nimmt an (250): Keinem der beiden Server fällt etwas auf.',
  'step.queue.tls':
    'Die Nachricht wartet in der Warteschlange von {mta}: Im Klartext geht sie nicht an {mx}. Jeder neue Versuch trifft denselben Angreifer; nach {days} Tagen gibt er auf und schickt einen Unzustellbarkeitsbericht ({status}). Nichts ging lesbar durchs Netz.',
  'step.report.dmarc':
    'Die Server von {recipientDomain} schicken ihren täglichen DMARC-Sammelbericht an {rua}, wie es der Eintrag von {senderDomain} verlangt (rua=): eine XML-Übersicht, welche IP-Adressen als {senderDomain} gesendet haben, ihre SPF- und DKIM-Ergebnisse und was geschah ({disposition}).',
  'step.report.tls':
    '{mta} zählt die gescheiterte TLS-Sitzung in seinem täglichen TLS-Bericht an {recipientDomain} unter {rua}, wie es ihr TLS-RPT-Eintrag verlangt: eine JSON-Übersicht mit dem Ergebnis starttls-not-supported, per HTTPS gesendet, das der Angreifer nicht entfernen kann.',
  'step.report.tls.testing':
    '{mta} zählt den Fehler in seinem täglichen TLS-Bericht an {rua}, wie es der TLS-RPT-Eintrag von {recipientDomain} verlangt: Im Modus testing meldet MTA-STS Fehler nur. Der Domaininhaber erfährt vom Angriff, doch die Nachricht ging schon im Klartext.',
  'myth.8':
    '„STARTTLS verschlüsselt immer“ stimmt nicht: Auf Port 25 wird es nur angeboten, und wer auf dem Weg sitzt, kann das Angebot löschen. Erst MTA-STS im Modus enforce oder DANE lassen den Absender auf TLS bestehen.',
  'myth.9':
    '„SPF schützt die From:-Adresse“ stimmt nicht: SPF prüft den Umschlag-Absender (MAIL FROM) und die sendende IP. Erst DMARC verbindet ein bestandenes SPF oder DKIM mit der From:-Domain, die die Lesenden sehen.',
  'myth.10':
    '„DMARC stoppt ähnlich aussehende Domains“ stimmt nicht: DMARC schützt eine Domain und ihre Subdomains, nicht Namen, die ihr nur ähnlich sehen. examp1e.com oder ein Homograph ist eine andere Domain mit eigenen Einträgen; da helfen nur Aufmerksamkeit und Filter.',
  'card.spoof': 'Ein Fälscher sendet stattdessen (Spoofer)',
  'card.forgery': 'Was der Fälscher in From: schreibt',
  'card.forgery.exact': 'Genau die Adresse der Absenderin',
  'card.forgery.display-name': 'Ihr Name, seine Adresse (Anzeigename)',
  'card.forgery.lookalike': 'Eine ähnliche Domain (examp1e.com)',
  'card.forgery.homograph': 'Ein Homograph (kyrillisches а, Punycode)',
  'card.spf.softfail': 'Server des Anbieters, dann ~all (softfail)',
  'card.spf.neutral': 'Server des Anbieters, dann ?all (neutral)',
  'card.spf.permerror': 'Zu viele Abfragen (permerror)',
  'card.dkim-signing': 'DKIM-Signatur durch den Anbieter von {target}',
  'card.dkim-signing.signed': 'Signiert jede Nachricht',
  'card.dkim-signing.unsigned': 'Signiert nicht',
  'card.dkim-signing.broken': 'Signiert, aber unterwegs bricht die Signatur',
  'card.dmarc-pct': 'DMARC pct= von {target}',
  'card.dmarc-pct.value': 'pct={pct}',
  'card.dmarc-align': 'DMARC-Ausrichtung von {target}',
  'card.dmarc-align.relaxed': 'Locker (dieselbe Organisation)',
  'card.dmarc-align.strict': 'Streng (genau die Domain, adkim=s aspf=s)',
  'card.dmarc-rua': 'DMARC-Berichte an dmarc-reports@{target} (rua)',
  'card.mta-sts': 'MTA-STS-Richtlinie von {target}',
  'card.mta-sts.none': 'Keine',
  'card.mta-sts.testing': 'testing (nur melden)',
  'card.mta-sts.enforce': 'enforce (TLS, sonst in der Warteschlange warten)',
  'card.dane': 'DANE-TLSA-Einträge von {target}',
  'card.dane.none': 'Keine',
  'card.dane.dnssec': 'Veröffentlicht, Zone mit DNSSEC signiert',
  'card.dane.no-dnssec': 'Veröffentlicht, Zone nicht signiert',
  'card.tls-rpt': 'TLS-Berichte für {target} (TLS-RPT)',
  'card.mitm': 'Ein Angreifer dazwischen entfernt STARTTLS',
  'edit.spf.softfail': 'Der SPF-Eintrag von {domain} endet auf ~all (softfail)',
  'edit.spf.neutral': 'Der SPF-Eintrag von {domain} endet auf ?all (neutral)',
  'edit.spf.permerror': 'Der SPF-Eintrag von {domain} braucht zu viele Abfragen (permerror)',
  'edit.dkim-signing.signed': 'Der Anbieter von {domain} signiert mit DKIM',
  'edit.dkim-signing.unsigned': 'Der Anbieter von {domain} signiert nicht mit DKIM',
  'edit.dkim-signing.broken': 'Ein Server unterwegs bricht die DKIM-Signatur von {domain}',
  'edit.dmarc-pct': 'Die DMARC-Richtlinie von {domain} gilt für {pct} % der fehlschlagenden Mails (pct={pct})',
  'edit.dmarc-align.relaxed': 'Die DMARC-Ausrichtung von {domain} ist locker',
  'edit.dmarc-align.strict': 'Die DMARC-Ausrichtung von {domain} ist streng',
  'edit.dmarc-rua.true': '{domain} verlangt DMARC-Sammelberichte',
  'edit.dmarc-rua.false': '{domain} verlangt keine DMARC-Berichte',
  'edit.mta-sts.none': '{domain} veröffentlicht keine MTA-STS-Richtlinie',
  'edit.mta-sts.testing': 'Die MTA-STS-Richtlinie von {domain} steht auf testing',
  'edit.mta-sts.enforce': 'Die MTA-STS-Richtlinie von {domain} wird durchgesetzt (enforce)',
  'edit.dane.none': '{domain} veröffentlicht keine TLSA-Einträge',
  'edit.dane.dnssec': '{domain} veröffentlicht TLSA-Einträge in einer mit DNSSEC signierten Zone (DANE)',
  'edit.dane.no-dnssec': '{domain} veröffentlicht TLSA-Einträge, aber ihre Zone ist nicht signiert',
  'edit.tls-rpt.true': '{domain} verlangt TLS-Berichte',
  'edit.tls-rpt.false': '{domain} verlangt keine TLS-Berichte',
  'edit.mitm.true': 'Ein Angreifer zwischen den Relays entfernt STARTTLS',
  'edit.mitm.false': 'Niemand greift in die Verbindung zwischen den Relays ein',
  'edit.forgery.exact': 'Der Fälscher schreibt genau die Adresse der Absenderin',
  'edit.forgery.display-name': 'Der Fälscher schreibt ihren Namen mit seiner eigenen Adresse',
  'edit.forgery.lookalike': 'Der Fälscher schreibt eine ähnlich aussehende Domain',
  'edit.forgery.homograph': 'Der Fälscher schreibt eine Homograph-Domain',
  // Das offene Relay und das Vertrauen in ARC (email-facts.md §8, §9): Karten, Änderungen, Bild, Texte, Irrtümer.
  'card.forgery.open-relay': 'Genau die Adresse der Absenderin, über ein offenes Relay',
  'edit.forgery.open-relay': 'Der Fälscher sendet genau die Adresse der Absenderin über ein offenes Relay',
  'card.arc-trust': 'Dem ARC-Siegel des Weiterleiters {target} vertrauen',
  'edit.arc-trust.true': 'Der empfangende MX vertraut dem ARC-Siegel von {domain}',
  'edit.arc-trust.false': 'Der empfangende MX vertraut dem ARC-Siegel von {domain} nicht',
  'node.spoofer.open-relay': 'Ein Fälscher hinter einem offenen Relay',
  'step.spoof.compose.open-relay':
    'Ein Server, der mit {senderDomain} nichts zu tun hat, {spoofer}, schreibt eine Nachricht mit gefälschtem Absender: From: {from}, mit einer kopierten DKIM-Signature, die er nicht gültig machen kann. Er sendet sie nicht selbst: Er übergibt sie {relay}, einem offenen Relay.',
  'step.spoof.relay.open-relay':
    '{spoofer} übergibt die Nachricht an {relay}, einen falsch eingerichteten Server, der für jeden weiterleitet (ein offenes Relay). {relay} verbindet sich von seiner eigenen Adresse {ip} mit {mx}, mit MAIL FROM:<{from}>, und {mx} nimmt das RCPT an (250). Die Adresse des Fälschers ist verborgen, aber auch {ip} steht nicht im SPF von {senderDomain}.',
  'step.reply.spoof.open-relay':
    '{mx} lehnt die Nachricht nach dem abschließenden Punkt ab: {reply}. Die Ablehnung geht an {relay} zurück, das offene Relay, das die Verbindung aufgebaut hat, nicht an {spoofer}; der MX selbst schreibt keinen Bounce. Aber {relay} hatte die Nachricht angenommen (250), also muss es als echter Mailserver den Fehlschlag jetzt an MAIL FROM:<{from}> melden: {sender} bekommt Backscatter, einen Bounce für Mail, die sie nie geschickt hat.',
  'summary.spoof-rejected.open-relay':
    'Eine gefälschte Nachricht, angeblich von {sender}, wurde vom Mailserver von {recipient} abgelehnt: Weder SPF noch DKIM bestanden für die From:-Domain, und deren DMARC-Richtlinie sagt reject. {sender} hat nichts gesendet, doch das offene Relay, das die Nachricht weitergereicht hat, schickt ihr die Ablehnung als Bounce: Backscatter.',
  'step.check.dmarc.arc':
    '{mx} liest die DMARC-Richtlinie von {senderDomain}: {record}. Weder SPF noch DKIM hat passend bestanden, also scheitert DMARC. Aber die Kopie trägt eine ARC-Kette, versiegelt von {sealer}, dem {mx} vertraut: Sie ist gültig (arc=pass) und sagt, dass DMARC beim Weiterleiter bestanden hat. Als lokale Ausnahme von der Richtlinie nimmt {mx} sie an (250) und vermerkt dmarc=fail (p=reject dis=none).',
  'myth.11':
    '„Ein offenes Relay lässt eine Fälschung durchkommen“ stimmt nicht: Es verbirgt nur die Adresse des Fälschers. Der MX prüft die Adresse des Relays, die ebenso wenig im SPF der Domain steht, und niemand kann für die Domain signieren. Offene Relays landen außerdem auf Sperrlisten.',
  'myth.12':
    '„ARC lässt DMARC bestehen“ stimmt nicht: DMARC scheitert hier weiterhin. ARC ist ein versiegelter Nachweis dessen, was ein Weiterleiter gesehen hat; ein Empfänger kann ihm vertrauen und dann von seiner Richtlinie abweichen.',
  'beginner.step.spoof.compose.open-relay':
    'Der Server eines Fremden schreibt eine Nachricht, die angeblich von {sender} kommt. Um seine Herkunft zu verbergen, schickt er sie über den schlecht betreuten Server eines anderen.',
  'beginner.step.spoof.relay.open-relay':
    'Ein schlecht betreuter Server reicht Mail für jeden weiter. Der Empfangsserver sieht diesen Server, nicht den Fremden. Aber auch er darf nicht für {sender} senden.',
  'beginner.step.reply.spoof.open-relay':
    'Der Empfangsserver lehnt die Fälschung ab. Der schlecht betreute Server schickt {sender} dann eine Fehlermeldung zu einer Nachricht, die sie nie geschrieben hat.',
  'beginner.summary.spoof-rejected.open-relay':
    'Eine gefälschte Nachricht, angeblich von {sender}, wurde von {recipient}s Empfangsserver abgelehnt. Der schlecht betreute Server, der sie weitergereicht hat, schickt {sender} trotzdem eine Fehlermeldung.',
  'beginner.step.check.dmarc.arc':
    'Absenderprüfung 3 scheitert. Aber der Weiterleiter hat im Kopf versiegelt, dass die Nachricht seine Prüfungen bestanden hat. Dieser Server vertraut ihm und nimmt sie an.',
  'beginner.myth.11':
    'Der Umweg über einen fremden Server verbirgt den Fälscher, aber auch dieser Server darf nicht für die Domain senden. Die Prüfungen scheitern trotzdem.',
  'beginner.myth.12':
    'Das Siegel des Weiterleiters lässt die Absenderprüfung nicht bestehen. Es ist ein Versprechen des Weiterleiters, dem der Empfangsserver glauben darf, aber nicht muss.',
  'graph.copy': 'Kopie',
  'graph.plain': 'lesbar',
  'graph.says.copy': '{node} behält eine lesbare Kopie der Nachricht.',
  'graph.says.plain': '{from} an {to}: unverschlüsselt gesendet.',
  'graph.says.notAligned': '{check} besteht, aber nicht passend zu From:',
  'graph.says.result': '{check}: {result}',
  'graph.ownResolver.title': 'DNS-Resolver',
  'graph.ownResolver': 'Resolver von {domain}, {host}',
  'graph.says.ownResolver':
    '{node} fragt den eigenen Resolver von {domain}, {host}, nach den Einträgen, die er prüft; jede Antwort kommt aus der Zone, die den Namen enthält.',
  'beginner.label.starttls': 'Jemand entfernt das Verschlüsselungsangebot',
  'beginner.label.report-dmarc': 'Ein Bericht für den Domaininhaber',
  'beginner.label.report-tls': 'Ein Bericht über die gescheiterte Verschlüsselung',
  'beginner.step.spoof.compose.display-name':
    'Ein Fremder schreibt eine Nachricht mit dem Namen {sender}, aber von seiner eigenen Adresse. Den Namen kann jeder einfach hinschreiben.',
  'beginner.step.spoof.compose.lookalike':
    'Ein Fremder schreibt von einer Domain, die wie {sender}s aussieht, mit der Ziffer 1 statt des Buchstabens l. Es ist eine andere Domain, und sie gehört ihm.',
  'beginner.step.spoof.compose.homograph':
    'Ein Fremder schreibt von einer Domain, die genau wie {sender}s aussieht, mit einem fremden Buchstaben. Sorgfältige Programme zeigen ihren wahren, seltsamen Namen.',
  'beginner.step.check.spf.softfail':
    'Absenderprüfung 1: Der sendende Rechner steht nicht auf der Liste, aber die Liste sagt nur „eher nicht“. Die meisten Server nehmen an und markieren.',
  'beginner.step.check.spf.neutral':
    'Absenderprüfung 1: Der sendende Rechner steht nicht auf der Liste, und die Liste sagt weder ja noch nein. Kein Urteil.',
  'beginner.step.check.spf.none':
    'Absenderprüfung 1: Diese Domain veröffentlicht keine Liste erlaubter sendender Rechner, also gibt es nichts zu prüfen.',
  'beginner.step.check.spf.permerror':
    'Absenderprüfung 1: Die Liste der sendenden Rechner ist zu lang zum Verfolgen, ein Fehler im Eintrag selbst. Die Prüfung kann nicht antworten.',
  'beginner.step.check.spf.forger':
    'Absenderprüfung 1: Der Rechner des Fremden steht auf der Liste seiner eigenen Domain. Bestanden, aber das prüft nur den versteckten Umschlag-Absender.',
  'beginner.step.check.dkim.none':
    'Absenderprüfung 2: Die Nachricht hat gar keine digitale Unterschrift. Nichts zu prüfen, also kein Bestehen.',
  'beginner.step.check.dkim.broken':
    'Absenderprüfung 2: Ein Server unterwegs hat die Nachricht verändert, also passt die Unterschrift nicht mehr: nicht bestanden.',
  'beginner.step.check.dkim.forger':
    'Absenderprüfung 2: Der Fremde hat mit dem Schlüssel seiner eigenen Domain unterschrieben, und der passt: bestanden. Das beweist nur, wer unterschrieben hat.',
  'beginner.step.check.dmarc.forger':
    'Absenderprüfung 3: Beide Prüfungen bestehen für die eigene Domain des Fremden, also wird die Nachricht angenommen. {sender}s echte Domain wird nie gefragt.',
  'beginner.step.check.dmarc.pct':
    'Absenderprüfung 3: Beide Prüfungen schlagen fehl, aber die Regel gilt nur für einen Teil solcher Mails, und diese fällt heraus: eine mildere Behandlung.',
  'beginner.step.starttls.stripped':
    'Ein Angreifer unterwegs löscht das Angebot des Empfangsservers, zu verschlüsseln. Der sendende Server macht unverschlüsselt weiter.',
  'beginner.step.starttls.stripped.testing':
    'Ein Angreifer löscht das Verschlüsselungsangebot. Die Empfängerdomain will nur Bescheid bekommen, also sendet der Absender unverschlüsselt und meldet es.',
  'beginner.step.starttls.stripped.mta-sts':
    'Ein Angreifer löscht das Verschlüsselungsangebot. Aber die Empfängerdomain hat eine Regel: verschlüsselt oder gar nicht. Der Absender hält an und wartet.',
  'beginner.step.starttls.stripped.dane':
    'Ein Angreifer löscht das Verschlüsselungsangebot. Aber signierte DNS-Einträge sagen, dass dieser Server verschlüsseln muss. Der Absender hält an und wartet.',
  'beginner.step.relay.plain':
    'Die Nachricht reist unverschlüsselt zum Empfangsserver. Der Angreifer unterwegs liest sie und behält eine Kopie.',
  'beginner.step.queue.tls':
    'Die Nachricht wartet lieber in der Warteschlange, als unverschlüsselt zu reisen. Jeder neue Versuch trifft denselben Angreifer, also wartet sie weiter.',
  'beginner.step.report.dmarc':
    'Später schickt der empfangende Anbieter {sender}s Anbieter einen Bericht: welche Server in seinem Namen gesendet haben und was damit geschah.',
  'beginner.step.report.tls':
    'In seinem täglichen Bericht meldet der sendende Server der Empfängerdomain, dass die Verschlüsselung scheiterte; so erfährt ihr Inhaber vom Angriff.',
  'beginner.step.report.tls.testing':
    'Der sendende Server meldet die gescheiterte Verschlüsselung. Der Domaininhaber erfährt vom Angriff, aber diese Nachricht war schon lesbar.',
  'beginner.myth.8':
    'Verschlüsselung zwischen Mailservern wird nur angeboten, nicht versprochen: Ein Angreifer kann das Angebot löschen, wenn die Domain nicht darauf besteht.',
  'beginner.myth.9':
    'Die erste Prüfung schaut nicht auf die From:-Zeile, die du siehst. Sie prüft den versteckten Umschlag-Absender und den sendenden Rechner.',
  'beginner.myth.10':
    'Die Regel der Domain schützt die Domain und ihre Subdomains, nicht Namen, die ihr nur ähnlich sehen. Ein ähnlich aussehender Name ist eine andere Domain, und ihre Prüfungen können alle bestehen.',
} satisfies Record<keyof typeof enJourney, string>;
