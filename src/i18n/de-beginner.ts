// Die Einsteiger-Ebene auf Deutsch: Bildunterschrift, Zeitleisten-Name und Missverständnis jedes
// Schritts in einfachen Worten. Schlüssel: `beginner.` + der Experten-Schlüssel (atDepth in index.ts);
// Rollen statt Rechnernamen, keine Ports, Antwortcodes oder Abkürzungen ohne Erklärung.
export const deBeginner = {
  'beginner.step.compose':
    '{sender} schreibt an {recipient} und drückt auf Senden. Die Mail-App packt den Text in eine Nachricht mit einem Etikett: Absender, Empfänger, Betreff.',
  'beginner.step.submit':
    '{sender}s App meldet sich beim Sendeserver von {sender}s Anbieter an und übergibt die Nachricht. Der Server antwortet: Angekommen, ab jetzt kümmere ich mich.',
  'beginner.step.submit.refused':
    '{sender}s App will die Nachricht dem Sendeserver des Anbieters übergeben, aber der Server lehnt ab.',
  'beginner.step.refuse':
    '{sender}s App zeigt die Fehlermeldung des Servers. Nichts wurde verschickt, also sieht niemand sonst die Nachricht, und es entsteht keine Rückmeldung.',
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
    'Der Ausgangsserver verbindet sich mit dem Empfangsserver von {recipient}s Anbieter. Server melden sich nie beieinander an. Der Empfänger sagt: Ja, {recipient} kenne ich.',
  'beginner.step.relay.retry-accepted':
    'Der Ausgangsserver versucht es noch einmal beim Empfangsserver (Versuch {attempt}). Diesmal sagt er Ja und nimmt Mail für {recipient} an.',
  'beginner.step.relay.rejected':
    'Der Ausgangsserver verbindet sich mit {recipient}s Empfangsserver. Der lehnt endgültig ab: Für diese Adresse nimmt er keine Mail an.',
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
  'beginner.step.check.dkim.fail':
    'Absenderprüfung 2: Der Empfänger sucht den veröffentlichten Schlüssel des Anbieters, um die Unterschrift zu prüfen, findet aber keinen: nicht bestanden.',
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
    'Die Absenderprüfungen sind gescheitert, und der Anbieter des Absenders verlangt es: Der Filter schickt die Nachricht in den Spam-Ordner.',
  'beginner.step.store':
    'Die Nachricht wird in {recipient}s Postfach beim Anbieter gespeichert. Dort wartet sie: Noch wird nichts an {recipient}s Handy geschickt.',
  'beginner.step.store.junk': 'Die Nachricht wird im Spam-Ordner von {recipient}s Postfach beim Anbieter gespeichert.',
  'beginner.step.store.local':
    '{recipient} hat denselben Anbieter wie {sender}, also gibt es keinen Weg durchs Internet: Der Server legt die Nachricht direkt ins Postfach.',
  'beginner.step.login.imap':
    '{recipient} öffnet die Mail-App. Sie meldet sich beim Leseserver des Anbieters an, und der öffnet {recipient}s Postfach.',
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
    'Die Nachricht wartet in der Warteschlange des Ausgangsservers. Nach {minutes} Minuten (hier verkürzt) versucht er es noch einmal.',
  'beginner.step.queue.stuck':
    'Die Nachricht bleibt in der Warteschlange. Der Server versucht es bis zu {days} Tage lang, dann gibt er auf und sagt {sender} Bescheid.',
  'beginner.step.bounce':
    'Der Ausgangsserver kann die Nachricht nicht zustellen. Er schreibt eine neue, eine Rückmeldung mit dem Grund, und legt sie in {sender}s Postfach.',
  'beginner.step.bounce-fetch': '{sender}s App fragt {sender}s eigenes Postfach nach neuer Mail.',
  'beginner.step.bounce-read':
    '{sender} liest die Rückmeldung: eine automatische Nachricht des Mailsystems, die erklärt, warum die Nachricht nicht zugestellt werden konnte.',

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
  'beginner.label.bounce-read': 'Rückmeldung lesen',

  'beginner.myth.1':
    'Das sind Rollen, keine Kästen: Der Sendeserver will ein Passwort; Server, die sich Mail weiterreichen, melden sich nie an, sie prüfen stattdessen den Absender.',
  'beginner.myth.2': 'Der Leseserver liest nur Mail aus dem Postfach. Er verschickt und empfängt nie Mail.',
  'beginner.myth.3':
    'Bei Webmail im Browser spricht der Browser mit der Website des Anbieters; erst die Server des Anbieters verschicken die Mail.',
  'beginner.myth.4':
    'Auch Mail an jemanden beim selben Anbieter kommt zuerst ins Postfach. Der Leseserver gibt sie erst heraus, wenn die App fragt.',
  'beginner.myth.5': 'Das Adressbuch nennt die Adresse des Mailservers des Empfängers, nicht die seines Computers.',
  'beginner.myth.6':
    'Router im Internet tragen die Teile der Nachricht, lesen oder speichern aber nie Mail. Nur die Mailserver der beiden Anbieter bearbeiten sie.',
  'beginner.myth.7':
    'Der Empfangsserver prüft die Adresse auf dem Umschlag, nicht die An-Zeile, die du siehst. Deshalb funktionieren versteckte Kopien.',
  // Issue 15: the new journeys (webmail, Sent copy, forwarding, mailing list, the spoof, implicit TLS).
  'beginner.label.sent': 'Kopie in „Gesendet“',
  'beginner.label.forward': 'An einen anderen Anbieter weitergegeben',
  'beginner.step.compose.webmail':
    '{sender} schreibt {recipient} auf der Webseite des Anbieters und drückt „Senden“. Die Webseite baut die Nachricht, mit einem Etikett oben drauf.',
  'beginner.step.webmail':
    'Der Browser von {sender} schickt die Nachricht über eine verschlüsselte Webverbindung an die Webseite des Anbieters. Der Browser selbst spricht nie mit Mailservern.',
  'beginner.step.submit.webmail':
    'Die Webseite des Anbieters gibt die Nachricht an den eigenen Sendeserver weiter, innerhalb des Anbieters. Der Server antwortet: Angenommen, ab jetzt meine Aufgabe.',
  'beginner.step.submit.465':
    'Die App von {sender} verbindet sich mit dem Sendeserver des Anbieters, verschlüsselt vom ersten Byte an, meldet sich an und übergibt die Nachricht.',
  'beginner.step.submit.refused.webmail':
    'Die Webseite des Anbieters will die Nachricht an den Sendeserver übergeben, aber der Server lehnt ab.',
  'beginner.step.submit.refused.465':
    'Die App von {sender} verbindet sich verschlüsselt vom ersten Byte an mit dem Sendeserver und will die Nachricht übergeben, aber der Server lehnt ab.',
  'beginner.step.refuse.webmail':
    'Die Webseite zeigt {sender} den Fehler des Servers. Nichts wurde verschickt, also sieht niemand sonst die Nachricht, und es gibt keine Rückmeldung.',
  'beginner.step.sent.imap':
    'Die App von {sender} legt eine Kopie im Ordner „Gesendet“ auf dem Server des Anbieters ab. So zeigt auch das Handy von {sender} die Nachricht.',
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
    'Der Empfangsserver prüft, wer für die Domain des Absenders senden darf. Der weiterleitende Server darf es für seine eigene Domain, nicht für die von {sender}.',
  'beginner.step.check.spf.list':
    'Der Empfangsserver prüft, wer für die Domain der Liste senden darf: Der Listenserver darf es, und die Liste schreibt jetzt als sie selbst.',
  'beginner.step.check.dkim.list':
    'Der Empfangsserver prüft die Unterschrift: Die Liste hat den Betreff geändert und eine Fußzeile angehängt, also passt die Unterschrift nicht mehr.',
} as const;
