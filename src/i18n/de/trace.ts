// Deutsche Wörter von „Echte E-Mail verfolgen“. Die Schlüssel stehen in der Reihenfolge von
// ../en/trace.ts, wo auch erklärt ist, wozu sie dienen; der Typ verlangt jeden englischen Schlüssel
// und keinen anderen.
import type { enTrace } from '../en/trace';

export const deTrace = {
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
} satisfies Record<keyof typeof enTrace, string>;
