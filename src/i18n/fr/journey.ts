// Mots français du voyage, chargés juste après le premier écran. Les clés suivent l'ordre de
// ../en/journey.ts, qui explique à quoi elles servent ; le type exige chaque clé anglaise (jumelles
// Débutant comprises) et aucune autre.
import type { enJourney } from '../en/journey';

export const frJourney = {
  'label.webmail': 'Envoi depuis le navigateur (HTTPS)',
  'label.sent': 'Une copie dans Envoyés',
  'protocol.HTTPS': 'HTTPS',
  'label.forward': 'Le serveur de transfert le renvoie',
  'client.legend': 'Écrit dans',
  'client.app': 'Une appli de messagerie sur l’ordinateur portable',
  'client.webmail': 'Un webmail dans le navigateur',
  'submission.legend': 'L’appli de messagerie envoie sur le port',
  'submission.587': '587 avec STARTTLS',
  'submission.465': '465, chiffré dès le premier octet',
  'keep.label': 'POP3 : laisser une copie sur le serveur',
  'label.compose': 'Écrire et envoyer',
  'label.submit': 'Soumission au MSA',
  'label.refuse': 'Erreur affichée',
  'label.handoff': 'Passage au relais sortant',
  'label.dns-mx': 'Demande des enregistrements MX au DNS',
  'label.dns-a': 'Demande de l’adresse (A) au DNS',
  'label.dns-aaaa': 'Demande de l’adresse IPv6 (AAAA) au DNS',
  'label.check-ptr': 'Le MX cherche qui s’est connecté (PTR)',
  'label.check-spf': 'Le MX vérifie SPF',
  'label.check-dkim': 'Le MX vérifie DKIM',
  'label.check-dmarc': 'Le MX vérifie DMARC',
  'label.reply': 'La réponse revient',
  'label.notice': 'Avis « nouveau courrier »',
  'label.fetch': 'Demande du message',
  'label.bounce-fetch': 'L’expéditeur relève son courrier',
  'label.bounce-read': 'L’expéditeur lit l’avis de non-remise',
  'label.relay': 'Relais vers le MX',
  'label.queue': 'Attente dans la file',
  'label.filter': 'Contrôle antispam et antivirus',
  'label.store': 'Rangement dans la boîte aux lettres',
  'label.login': 'Interrogation de la boîte aux lettres',
  'label.read': 'Lecture du courriel',
  'label.bounce': 'Rebond vers la boîte aux lettres de l’expéditeur',
  'label.store.of': 'Classer dans la boîte de {name}',
  'label.login.of': 'L’appli de {name} interroge la boîte',
  'label.notice.of': 'Avis « nouveau courrier » pour {name}',
  'label.fetch.of': 'L’appli de {name} demande le message',
  'label.read.of': '{name} lit l’e-mail',
  'timeline.label': 'Chronologie du voyage',
  'timeline.heading': 'Chronologie',
  'timeline.hidden': 'Que se passe-t-il ensuite ?',
  'timeline.step': 'Étape {n} :',
  'narration.stepOf': 'Étape {n} sur {total}',
  'narration.port': 'port {port}',
  'narration.clock': 'Horloge d’Internet : {time} (cette étape dure environ {took} sur le vrai Internet)',
  'narration.clockStart': 'Horloge d’Internet : {time}',
  'protocol.RFC 5322': 'RFC 5322',
  'protocol.SMTP submission': 'Soumission SMTP',
  'protocol.SMTP': 'SMTP',
  'protocol.SMTP relay': 'Relais SMTP',
  'protocol.DNS': 'DNS',
  'protocol.Queue': 'File d’attente',
  'protocol.LMTP': 'LMTP',
  'protocol.IMAP': 'IMAP',
  'protocol.POP3': 'POP3',
  'protocol.DSN (bounce)': 'DSN (rebond)',
  'error.address.empty': 'Veuillez saisir une adresse électronique.',
  'error.address.spaces': 'Une adresse électronique ne contient pas d’espace.',
  'error.address.no-at': 'Une adresse électronique a besoin d’un @ entre le nom et le domaine, comme bob@example.org.',
  'error.address.many-at': 'Une adresse électronique contient exactement un @.',
  'error.address.bad-local':
    'La partie avant le @ peut contenir des lettres, des chiffres et . _ + - (pas de point au début ni à la fin, jamais deux points de suite).',
  'error.address.bad-domain': 'La partie après le @ doit être un domaine comme example.org.',
  'error.address.too-long': 'Cette adresse est trop longue : 64 caractères au plus avant le @ et 253 après.',
  'error.from.provider':
    'L’expéditeur a besoin d’un compte chez un fournisseur de cette simulation : utilisez une adresse de {domains}.',
  'error.to.outside':
    'Cette simulation ne connaît que les domaines d’exemple (example.com, example.org, example.net) : elle ne peut pas parler pour {domain}. Essayez bob@example.org.',
  'error.subject.long': 'L’objet est trop long ({max} caractères au plus).',
  'error.body.long': 'Le message est trop long pour cette simulation ({max} caractères au plus).',
  'notice.hint.motion': 'Utilisez reduce ou auto.',
  'notice.hint.trace':
    'Utilisez 1 pour ouvrir le traceur, ou le nom d’un exemple : webmail, small-server, forwarded ou greylisted.',
  'notice.hint.checkpoints': 'Utilisez 1 pour poser des questions de prédiction.',
  'notice.hint.depth': 'Utilisez beginner ou expert.',
  'notice.heading': 'Certains réglages du lien n’ont pas été utilisés',
  'notice.badValue':
    '{key}={value} n’est pas une valeur valide : la valeur par défaut ({fallback}) est utilisée. {hint}',
  'notice.dismiss': 'Fermer',
  'notice.hint.mode': 'Utilisez cross-domain ou same-domain.',
  'notice.hint.speed': 'Utilisez un nombre de 0.25 à 20.',
  'notice.hint.retrieval': 'Utilisez imap ou pop3.',
  'notice.hint.scenario': 'La liste des scénarios est dans le README.',
  'notice.hint.autoplay': 'Utilisez 1 pour envoyer dès le chargement.',
  'notice.hint.step': 'Utilisez un numéro d’étape à partir de 1.',
  'notice.hint.lang': 'Utilisez un code de langue comme en, de, fr ou es.',
  'notice.hint.theme': 'Utilisez light, dark ou contrast.',
  'notice.hint.controls': 'Utilisez full, minimal ou none.',
  'notice.hint.address': 'Utilisez une adresse comme bob@example.org.',
  'notice.hint.text': 'Il était trop long.',
  'notice.hint.conflict': 'C’est l’adresse du destinataire qui décide du mode.',
  'notice.emptyValue': '(vide)',
  'share.textLeftOut': 'Le texte du message est trop long pour un lien : le lien ne garde que les réglages et l’étape.',
  'notice.hint.origin':
    'Utilisez l’origine du site de la leçon, comme https://lessons.example.org. D’ici là, ce cadre n’accepte aucune commande et ne dit à aucune page ce qui se passe.',
  'step.compose':
    '{sender} écrit à {recipient} et appuie sur Envoyer. L’appli de messagerie construit le message : les lignes d’en-tête (From, To, Subject, Date), une ligne vide, puis le texte. Le serveur de soumission ajoutera le Message-ID.',
  'step.compose.attachment':
    '{sender} écrit à {recipient}, joint une vidéo de {mb} Mo et appuie sur Envoyer. L’appli construit le message : les lignes d’en-tête (From, To, Subject, Date), une ligne vide, puis le texte et la vidéo, encodée en texte (base64), ce qui la grossit d’environ un tiers.',
  'step.submit':
    'L’appli de {sender} se connecte à {msa}, le serveur de soumission du fournisseur de {sender}, sur le port 587. Tous deux activent le chiffrement (STARTTLS), {sender} s’authentifie (AUTH), et le serveur accepte le message avec 250 : désormais, il en est responsable.',
  'step.submit.refused':
    'L’appli de {sender} se connecte à {msa} sur le port 587, active le chiffrement (STARTTLS) et essaie de remettre le message, mais le serveur refuse.',
  'step.submit.refused.password':
    'L’appli de {sender} se connecte à {msa} sur le port 587, active le chiffrement (STARTTLS) et s’authentifie (AUTH), mais le mot de passe est faux : le serveur refuse la connexion et ne prend donc jamais le message.',
  'step.submit.refused.size':
    'L’appli de {sender} se connecte à {msa} sur le port 587, active le chiffrement (STARTTLS) et s’authentifie. Au MAIL FROM, elle annonce la taille du message (SIZE=) : plus que ce que le serveur accepte, il refuse donc avant que le message ne soit envoyé.',
  'step.refuse':
    '{msa} répond {reply}. L’appli de {sender} affiche l’erreur. Rien n’a été mis en file, rien n’est parti : à la soumission, aucun avis de non-remise n’est écrit.',
  'step.refuse.password':
    '{msa} répond {reply} : l’authentification a échoué. L’appli de {sender} affiche l’erreur et redemande le mot de passe. Rien n’a été mis en file, rien n’est parti : à la soumission, aucun avis de non-remise n’est écrit.',
  'step.refuse.size':
    '{msa} répond {reply} : le message dépasse la taille qu’il accepte. L’appli de {sender} affiche l’erreur. Rien n’a été mis en file, rien n’est parti : à la soumission, aucun avis de non-remise n’est écrit.',
  'step.handoff':
    '{recipientDomain} ne fait pas partie des domaines de {senderDomain} : le serveur de soumission passe donc le message au relais sortant du fournisseur, {mta}.',
  'step.dns-mx.found':
    '{mta} demande au DNS quels serveurs acceptent le courrier pour {recipientDomain} (ses enregistrements MX). Réponse : {mxList}. Le plus petit nombre est essayé en premier.',
  'step.dns-mx.empty':
    '{mta} demande au DNS les enregistrements MX de {recipientDomain}. Le nom existe mais n’a aucun enregistrement MX : le domaine lui-même servira donc de serveur de messagerie (préférence 0).',
  'step.dns-mx.null':
    '{mta} demande au DNS les enregistrements MX de {recipientDomain}. La réponse est un « MX nul » (MX 0 .) : ce domaine n’accepte aucun courriel.',
  'step.dns-mx.nxdomain':
    '{mta} demande au DNS les enregistrements MX de {recipientDomain}. La réponse est NXDOMAIN : ce domaine n’existe pas, il n’y a donc personne à qui remettre le message.',
  // Issue 24: the MTA-STS policy looked up and fetched with the MX records.
  'step.dns-mx.found.mta-sts':
    '{mta} demande au DNS les enregistrements MX de {recipientDomain} ({mxList}) et l’enregistrement TXT _mta-sts.{recipientDomain}, qui dit seulement qu’une politique existe (v=STSv1 et un id). La politique elle-même arrive en HTTPS depuis mta-sts.{recipientDomain}, fiable grâce au certificat de ce serveur : mode {mode}, et les hôtes MX autorisés. Elle est gardée pendant max_age ({days} jours) ; les envois suivants ne comparent que l’id.',
  'beginner.step.dns-mx.found.mta-sts':
    'L’annuaire (DNS) donne les serveurs de messagerie et contient une note : une règle de chiffrement existe. Le serveur télécharge la règle depuis un site web sécurisé.',
  'dns.q.mta-sts': 'MTA-STS de {domain} ?',
  'dns.a.mta-sts': 'HTTPS: mode {mode}',
  'myth.13':
    '« MTA-STS est un enregistrement DNS qui chiffre » est faux : l’enregistrement TXT _mta-sts dit seulement qu’une politique existe. La politique arrive en HTTPS et on s’y fie grâce au certificat du serveur web ; le chiffrement reste STARTTLS, que la politique oblige l’expéditeur à exiger.',
  'beginner.myth.13':
    'La note de l’annuaire ne chiffre rien : elle dit seulement qu’une règle existe. La règle vient d’un site web sécurisé et oblige les expéditeurs à exiger le chiffrement.',
  'step.dns-mx.servfail':
    '{mta} demande au DNS les enregistrements MX de {recipientDomain}. La réponse est SERVFAIL : le résolveur n’a pas obtenu de réponse des serveurs de noms de {recipientDomain}. Cela ne veut pas dire « ce domaine n’existe pas », et un échec DNS ne renvoie pas le courrier tout de suite : c’est une erreur temporaire (4.4.3), donc {mta} garde le message et redemandera plus tard.',
  'step.queue.dns':
    'Le message reste dans la file d’attente de {mta} : le DNS n’a pas répondu pour {recipientDomain}, aucun serveur de réception n’est donc encore connu. Le relais redemande une première fois après environ {minutes} minutes, puis moins souvent (jusqu’à environ une heure d’écart) ; ce n’est que si le DNS échoue encore après {days} jours qu’il abandonne et renvoie le message ({status}).',
  'step.dns-host':
    '{mta} demande au DNS l’adresse de {mx} : {addresses}. C’est l’adresse du serveur de messagerie de {recipient}, pas celle de l’ordinateur de {recipient}.',
  'step.dns-host.implicit':
    '{mta} demande au DNS l’adresse de {mx} lui-même : {addresses}. C’est cette adresse qui recevra le courrier.',
  'step.dns-host.none': '{mta} demande au DNS l’adresse de {mx}, mais il n’en a aucune.',
  'step.relay.accepted':
    '{mta} se connecte à {mx} sur le port 25 et active le chiffrement (STARTTLS), puisqu’il est proposé. Pas d’authentification : les serveurs se remettent le courrier sans AUTH. {mx} accepte le courrier pour {to} (250).',
  'step.relay.retry-accepted':
    '{mta} réessaie {mx} sur le port 25 (tentative {attempt}). Cette fois, le serveur accepte le courrier pour {to} (250).',
  'step.relay.accepted.some':
    '{mta} se connecte à {mx} sur le port 25. Chaque RCPT TO reçoit sa propre réponse : {mx} accepte le courrier pour {to} (250) mais refuse {refused} : {reply}. La session continue pour les adresses acceptées ; l’adresse refusée donnera lieu à un rebond.',
  'step.relay.rejected': '{mta} se connecte à {mx} sur le port 25. Au RCPT TO, le serveur refuse : {reply}.',
  'step.relay.rejected.full':
    '{mta} se connecte à {mx} sur le port 25. L’adresse existe, mais sa boîte aux lettres est pleine, et le serveur considère cela comme définitif : au RCPT TO, il refuse : {reply}.',
  'step.relay.rejected.relay':
    '{mta} se connecte à {mx} sur le port 25. Ce serveur ne prend pas le courrier pour {recipientDomain} : il n’est ni la destination de ce domaine ni autorisé à relayer pour lui, donc au RCPT TO il refuse : {reply}.',
  'step.relay.rejected.loop':
    '{mta} se connecte à {mx} sur le port 25. L’adresse ne fait que transférer, et ce transfert ramène à une adresse par laquelle le message est déjà passé : une boucle. Les serveurs arrêtent une boucle plutôt que de faire tourner le message sans fin, donc au RCPT TO il refuse : {reply}.',
  'step.relay.deferred':
    '{mta} se connecte à {mx} sur le port 25. Le serveur répond {reply} : un code 4xx signifie « pas maintenant, réessayez plus tard ».',
  'step.relay.no-answer':
    '{mta} essaie de se connecter à {mx} sur le port 25, mais rien ne répond. Au bout d’environ {seconds} secondes, il abandonne ce serveur.',
  'step.queue.retry':
    'Le message attend dans la file d’attente de {mta}. Le premier nouvel essai a lieu après environ {minutes} minutes (le premier délai habituel de Postfix, plus long que l’attente de la liste grise), et cette fois le serveur le prend.',
  'step.queue.stuck':
    'Le message reste dans la file d’attente de {mta}. Le relais réessaie une première fois après environ {minutes} minutes, puis attend plus longtemps à chaque fois (jusqu’à environ une heure entre deux essais), et au bout de {days} jours il abandonne et renvoie un avis de non-remise.',
  'step.filter':
    '{mx} a vérifié qui a envoyé le message (SPF, DKIM et DMARC) et le passe à {filter}, qui y cherche spam et virus.',
  'step.filter.spam':
    '{filter} analyse le message et décide qu’il ressemble à du spam. Il ira dans le dossier Indésirables, pas dans la boîte de réception.',
  'step.store':
    'Le message est remis dans la boîte aux lettres de {recipient} sur {store} (via LMTP). Il y attend : rien n’est encore poussé vers l’appareil de {recipient}.',
  'step.store.junk':
    'Le message est rangé dans le dossier Indésirables de la boîte aux lettres de {recipient} sur {store} (via LMTP).',
  'step.store.local':
    '{recipientDomain} est le propre fournisseur de {sender} : pas de requête DNS ni de traversée d’Internet. Le serveur range le message directement dans la boîte aux lettres de {recipient} sur {store} (via LMTP). Les filtres antispam et les règles s’appliquent quand même.',
  'step.login.imap':
    'L’appli de messagerie de {recipient} est connectée à {access} en IMAP (port 993, chiffré avec TLS) depuis {since}, avant même que {sender} n’appuie sur Envoyer. Elle a ouvert la boîte de réception de {recipient} (SELECT) et attend en IDLE, pour que le serveur puisse annoncer le nouveau courrier.',
  'step.login.pop3':
    '{recipient} ouvre son appli de messagerie. Elle se connecte à {access} en POP3 (port 995, chiffré avec TLS), et le serveur POP3 ouvre la boîte aux lettres de {recipient} dans le stockage.',
  'step.read.imap':
    'L’appli récupère le message (IMAP FETCH) et {recipient} le lit. Le message reste sur le serveur : les autres appareils de {recipient} le voient aussi.',
  'step.read.imap.junk':
    'L’appli de {recipient} affiche le message dans le dossier Indésirables (IMAP garde les dossiers sur le serveur).',
  'step.read.pop3': 'L’appli télécharge le message (POP3 RETR) et {recipient} le lit.',
  'step.read.pop3.junk':
    'POP3 ne lit que la boîte de réception : le message attend donc, jamais vu, dans le dossier Indésirables.',
  'step.bounce':
    '{mta} ne peut pas remettre le message : il écrit donc un avis de non-remise (un rapport d’état de remise, état {status}) depuis l’expéditeur vide <> et le range comme nouveau message dans la boîte aux lettres de {sender} sur {senderStore}.',
  'summary.delivered':
    '{recipient} a reçu le message : {steps} étapes, environ {seconds} secondes de temps réel sur Internet.',
  'summary.delivered.minutes':
    '{recipient} a reçu le message : {steps} étapes, environ {minutes} minutes de temps réel sur Internet.',
  'summary.bounced.list':
    'La copie de la liste n’a pas pu être remise. L’avis de non-remise est allé à la liste : la boîte de réception de {sender} n’en dit rien.',
  'summary.bounced':
    'Le message n’a pas pu être remis. La boîte de réception de {sender} contient maintenant l’avis de non-remise qui explique pourquoi.',
  'summary.rejected':
    'Le serveur de soumission a refusé le message. L’appli de {sender} a affiché l’erreur et rien n’a été envoyé.',
  'summary.deferred': 'Pas encore remis : le message attend dans la file d’attente du relais et sera réessayé.',
  'summary.quarantined': 'Le message a été remis, mais dans le dossier Indésirables de {recipient}.',
  'myth.heading': 'Une confusion fréquente',
  'myth.1':
    'Pas « une boîte d’envoi et une boîte de réception » : ce sont des rôles. Le serveur de soumission exige une authentification (AUTH) de l’application de l’expéditeur, sur le port 587 ou 465 ; quand un serveur passe le courrier à un autre sur le port 25, il n’y a pas d’authentification, et le destinataire vérifie plutôt l’expéditeur par SPF, DKIM et DMARC.',
  'myth.2':
    'IMAP et POP3 donnent à l’application du lecteur l’accès au stockage des boîtes aux lettres : l’application y récupère le courrier et, avec IMAP, peut aussi y ranger sa propre copie (la copie dans Envoyés). Aucun des deux n’envoie de courrier à qui que ce soit ni n’en reçoit d’autres serveurs : c’est le rôle de SMTP. La sécurité vient de TLS (ports 993 et 995), pas du protocole lui-même.',
  'myth.3':
    'Avec un webmail dans le navigateur, le navigateur ne parle pas SMTP : il parle HTTPS avec le fournisseur, dont les serveurs remettent le message à ce serveur de soumission. Les applis de messagerie d’un ordinateur ou d’un téléphone utilisent la soumission SMTP (port 587 ou 465), comme ici.',
  'myth.4':
    'Le courrier local n’est pas « envoyé directement au serveur IMAP » : il est rangé dans le stockage des boîtes aux lettres (ici via LMTP). Les serveurs IMAP et POP3 ne servent le stockage que quand l’appli du lecteur se connecte.',
  'myth.5':
    'Le DNS donne l’adresse du serveur de messagerie du destinataire, pas celle de son ordinateur. Le relais demande d’abord les enregistrements MX du domaine après le @, puis l’adresse de ce serveur.',
  'myth.6':
    'Le message ne traverse pas « des tas de serveurs sans rapport ». Les routeurs d’Internet transportent ses paquets mais ne lisent ni ne stockent jamais le courrier ; seuls les serveurs de messagerie dessinés ici le traitent, chacun ajoutant une ligne Received.',
  'myth.7':
    'Le serveur de réception vérifie le destinataire de l’enveloppe (RCPT TO), pas la ligne To:, et d’abord s’il prend le courrier de ce domaine. C’est pour cela que Cci fonctionne.',
  'outcome.delivered': 'Remis',
  'outcome.bounced': 'Rebond',
  'outcome.rejected': 'Refusé',
  'outcome.deferred': 'Différé',
  'outcome.quarantined': 'Remis dans Indésirables',
  'wait.timeout': 'pas de réponse : {seconds} s',
  'wait.retry': 'nouvel essai dans {minutes} min',
  'wait.give-up': 'abandon après {days} jours',
  'dns.q.mx': 'MX de {domain} ?',
  'dns.q.a': 'A de {host} ?',
  'dns.a.list': '{list}',
  'dns.a.none': 'aucune adresse',
  'dns.a.nxdomain': 'NXDOMAIN',
  'dns.a.servfail': 'SERVFAIL',
  'dns.a.empty': 'aucun MX',
  'dns.a.null-mx': '0 .',
  'verdict.nxdomain': 'ce domaine n’existe pas',
  'verdict.null-mx': 'n’accepte aucun courrier',
  'dns.q.aaaa': 'AAAA de {host} ?',
  'dns.q.ptr': 'PTR de {name} ?',
  'dns.q.txt': 'TXT de {name} ?',
  'dns.a.no-record': 'aucun enregistrement',
  'step.dns-aaaa':
    '{mta} pose une seconde question, pour l’adresse IPv6 (AAAA) de {mx} : {addresses}. Une question DNS porte sur un seul type d’enregistrement.',
  'step.dns-aaaa.none':
    '{mta} pose une seconde question, pour l’adresse IPv6 (AAAA) de {mx} : il n’y en a pas, il se connecte donc en IPv4.',
  'step.dns-aaaa.nothing':
    '{mta} demande aussi l’adresse IPv6 (AAAA) de {mx} : il n’y en a pas non plus. Sans aucune adresse, {mx} est injoignable.',
  'step.relay.refused-connection':
    '{mta} essaie de se connecter à {mx} sur le port 25. La machine répond aussitôt que rien n’écoute à cet endroit (connexion refusée).',
  'step.relay.rejected-mail':
    '{mta} se connecte à {mx} sur le port 25 et annonce la taille du message. Au MAIL FROM, le serveur refuse : {reply}.',
  'step.reply.rejected':
    'Le refus de {mx}, {reply}, revient à {mta}. Le message reste chez {mta}, qui doit maintenant prévenir {sender}.',
  'step.reply.deferred':
    'La réponse de {mx}, {reply}, revient à {mta} : pas maintenant, réessayez plus tard. Le message reste dans la file d’attente de {mta}.',
  'step.reply.rejected-data':
    '{mx} a vérifié qui a vraiment envoyé le message et le refuse après le point final : {reply}. Le refus revient à {mta}.',
  'step.check.ptr.pass':
    'Ce contrôle a eu lieu en premier, dès la connexion, avant même que {mx} ne salue : il a demandé à son résolveur DNS le nom associé à l’adresse qui se connecte ({ip}) : {record}. Ce nom figure dans sa ligne Received.',
  'step.check.ptr.fail':
    'Ce contrôle a eu lieu en premier, dès la connexion, avant même que {mx} ne salue : il a demandé à son résolveur DNS le nom associé à {ip}. Il n’y en a aucun.',
  'step.check.spf.pass':
    'Au MAIL FROM, pendant la session, {mx} a récupéré l’enregistrement SPF de {senderDomain} : {record}. L’adresse du relais, {ip}, est dans la liste : SPF réussit.',
  'step.check.spf.fail':
    'Au MAIL FROM, pendant la session, {mx} a récupéré l’enregistrement SPF de {senderDomain} : l’adresse du relais, {ip}, n’est pas autorisée à envoyer pour {senderDomain}, donc SPF échoue.',
  'step.check.dkim.pass':
    '{mx} récupère la clé DKIM de {senderDomain} (s2025._domainkey) et vérifie la signature ajoutée par le fournisseur : DKIM réussit.',
  'step.check.dkim.permerror':
    '{mx} cherche la clé DKIM de {senderDomain} (s2025._domainkey), mais aucune n’est publiée, donc la signature ne peut pas être vérifiée : DKIM donne permerror (pas de clé).',
  'step.check.dmarc.pass':
    '{mx} lit la politique DMARC de {senderDomain} : {record}. SPF ou DKIM a réussi pour {senderDomain}, donc DMARC réussit et le serveur accepte le message (250).',
  'step.check.dmarc.absent':
    '{senderDomain} ne publie aucun enregistrement DMARC : DMARC n’a pas de résultat (none) ni de politique à appliquer, et le serveur accepte le message (250).',
  'step.check.dmarc.none':
    '{mx} lit la politique DMARC de {senderDomain} : {record}. Ni SPF ni DKIM n’a réussi, mais la politique p=none ne demande que des rapports : le serveur accepte le message (250). Il suit ici DMARC seul ; beaucoup de destinataires refusent ou classent en indésirables d’eux-mêmes un échec SPF strict (-all) (550 5.7.23).',
  'step.check.dmarc.quarantine':
    '{mx} lit la politique DMARC de {senderDomain} : {record}. Ni SPF ni DKIM n’a réussi, et p=quarantine dit : acceptez-le, mais comme spam.',
  'step.check.dmarc.reject':
    '{mx} lit la politique DMARC de {senderDomain} : {record}. Ni SPF ni DKIM n’a réussi, et p=reject dit : refusez-le.',
  'step.filter.quarantine':
    '{mx} passe le message à {filter}. Comme le traitement DMARC appliqué est quarantine, il ira dans le dossier Indésirables, pas dans la boîte de réception.',
  'step.login.imap.junk':
    '{recipient} ouvre le dossier Indésirables : l’appli demande à {access} en IMAP (port 993, chiffré avec TLS) ce qu’il contient.',
  'step.notice':
    'L’appli de {recipient} attend en IMAP IDLE. Dès que le message est classé, {access} lui annonce « nouveau courrier » (EXISTS) : un court avis, sans le message.',
  'step.fetch':
    'C’est seulement maintenant que l’appli demande le message lui-même (IMAP FETCH). Le courrier n’arrive dans une appli que quand celle-ci le demande.',
  'step.bounce-fetch': 'L’appli de {sender} demande à {senderStore} s’il y a du nouveau courrier, en IMAP.',
  'step.bounce-read':
    'L’appli de {sender} récupère l’avis de non-remise : un nouveau message de MAILER-DAEMON qui explique pourquoi le message n’a pas pu être remis (état {status}).',
  'world.changes': 'Vos modifications',
  'world.none': 'Aucune modification : le monde tel qu’il est d’habitude.',
  'world.undo': 'Annuler : {edit}',
  'world.reset': 'Rétablir le monde',
  'world.full': 'Un lien contient au plus {max} modifications : annulez-en une pour en faire une autre.',
  'world.pending': 'Votre modification s’applique au prochain envoi.',
  'world.pendingJourney': 'Le voyage à l’écran continue tel qu’il a été envoyé.',
  'card.open': 'Modifier {node}',
  'card.close': 'Fermer',
  'card.reach': '{target} fonctionne-t-il ?',
  'card.reach.up': 'Oui, il répond',
  'card.reach.timeout': 'Pas de réponse (la connexion expire)',
  'card.reach.refused': 'Connexion refusée',
  'card.greylisting': 'Liste grise : « réessayez plus tard » à une première tentative',
  'card.size-limit': 'Plus gros message accepté (Mo)',
  'card.knows-user': 'A une boîte aux lettres pour {target} (désactivé : refuse cet utilisateur)',
  'card.spam': 'Marque le courrier entrant comme spam',
  'card.mailbox': 'Boîte aux lettres de {target}',
  'card.mailbox.ok': 'A de la place',
  'card.mailbox.temporary': 'Pleine pour l’instant (452 : réessayez)',
  'card.mailbox.permanent': 'Pleine (552 : refus)',
  'card.mailbox.absent': 'N’existe pas',
  'card.mx': 'Enregistrements MX de {target}',
  'card.domain': '{target} existe-t-il ?',
  'card.domain.exists': 'Oui',
  'card.domain.nxdomain': 'Non (NXDOMAIN)',
  'card.domain.null-mx': 'Oui, mais il ne reçoit aucun courrier (MX nul)',
  'card.servfail': 'Les serveurs de noms de {target} sont en panne : le DNS répond SERVFAIL (un échec temporaire)',
  'card.spf': 'Enregistrement SPF de {target}',
  'card.spf.provider': 'Liste les serveurs du fournisseur',
  'card.spf.other': 'Liste seulement d’autres serveurs',
  'card.spf.none': 'Aucun enregistrement SPF',
  'card.dkim': 'Clé DKIM de {target} publiée',
  'card.dmarc': 'Politique DMARC de {target}',
  'card.dmarc.none': 'p=none (rapport seulement)',
  'card.dmarc.quarantine': 'p=quarantine (vers Indésirables)',
  'card.dmarc.reject': 'p=reject (refus)',
  'card.dmarc.absent': 'Aucun enregistrement DMARC',
  'card.password': 'L’appli envoie le bon mot de passe',
  'card.attachment': 'Pièce jointe',
  'card.attachment.mb': '{mb} Mo',
  'edit.reach.up': '{host} répond de nouveau',
  'edit.reach.timeout': '{host} ne répond pas',
  'edit.reach.refused': '{host} refuse les connexions',
  'edit.greylisting.true': '{host} met les premières tentatives en liste grise',
  'edit.greylisting.false': '{host} n’utilise pas de liste grise',
  'edit.size-limit': '{host} accepte les messages jusqu’à {mb} Mo',
  'edit.spam.true': '{host} marque le courrier entrant comme spam',
  'edit.spam.false': '{host} ne marque pas le courrier comme spam',
  'edit.mailbox.ok': 'La boîte aux lettres de {address} a de la place',
  'edit.mailbox.temporary': 'La boîte aux lettres de {address} est pleine pour l’instant (452)',
  'edit.mailbox.permanent': 'La boîte aux lettres de {address} est pleine (552)',
  'edit.mailbox.absent': '{address} n’existe pas',
  'edit.alias': '{address} transfère vers {target}',
  'edit.alias.none': '{address} ne transfère plus',
  'edit.mx': 'Enregistrements MX de {domain} : {list}',
  'edit.mx.none': '{domain} n’a aucun enregistrement MX',
  'edit.domain.exists': '{domain} existe',
  'edit.domain.nxdomain': '{domain} n’existe pas (NXDOMAIN)',
  'edit.domain.null-mx': '{domain} ne reçoit aucun courrier (MX nul)',
  'edit.servfail.true': 'Le DNS de {domain} répond SERVFAIL (un échec temporaire)',
  'edit.servfail.false': 'Le DNS de {domain} répond normalement',
  'edit.spf.provider': 'L’enregistrement SPF de {domain} liste les serveurs de son fournisseur',
  'edit.spf.other': 'L’enregistrement SPF de {domain} liste seulement d’autres serveurs',
  'edit.spf.none': '{domain} ne publie aucun enregistrement SPF',
  'edit.dkim.true': '{domain} publie sa clé DKIM',
  'edit.dkim.false': '{domain} ne publie aucune clé DKIM',
  'edit.dmarc.none': 'La politique DMARC de {domain} est p=none',
  'edit.dmarc.quarantine': 'La politique DMARC de {domain} est p=quarantine',
  'edit.dmarc.reject': 'La politique DMARC de {domain} est p=reject',
  'edit.dmarc.absent': '{domain} ne publie aucune politique DMARC',
  'edit.password.true': 'L’appli de l’expéditeur envoie le bon mot de passe',
  'edit.password.false': 'L’appli de l’expéditeur envoie un mauvais mot de passe',
  'edit.attachment': 'L’expéditeur joint {mb} Mo',
  'edit.attachment.none': 'L’expéditeur ne joint rien',
  'notice.hint.world': 'Utilisez la forme compacte décrite dans le README, comme r_mx1.example.org_t.',
  'graph.noAnswer': 'pas de réponse',
  'graph.refusedCode': 'refusé avec {code}',
  'graph.deferredCode': 'réessayez plus tard : {code}',
  'dns.record.mx': 'MX de {domain} : {list}',
  'dns.record.no-mx': 'pas de MX pour {domain} : le domaine lui-même',
  'graph.folder.inbox': 'Réception',
  'graph.folder.junk': 'Indésirables',
  'graph.notAligned': 'non aligné',
  'graph.folder.sent': 'Envoyés',
  'graph.historyHeading': 'Ce qui s’est passé en chemin',
  'graph.result.accepted': '{from} vers {to} : accepté.',
  'graph.result.refused': '{from} vers {to} : refusé avec {code}.',
  'graph.result.no-answer': '{from} vers {to} : pas de réponse.',
  'graph.result.deferred': '{from} vers {to} : « réessayez plus tard », {code}.',
  'graph.result.request': '{from} interroge {to}.',
  'graph.result.response': '{from} répond à {to}.',
  'graph.says.queue': 'Le message attend dans la file d’attente de {node} : {wait}.',
  'graph.says.folder': 'Rangé dans le dossier {folder}.',
  'graph.says.verdicts': '{node} vérifie : {verdicts}.',
  'graph.says.verdict': 'Le DNS dit du domaine du destinataire : {verdict}. Aucun serveur n’est dessiné pour lui.',
  'graph.says.pass': '{check} réussit',
  'graph.says.fail': '{check} échoue',
  'card.undo': 'Annuler',
  'card.replanned': 'Le voyage est replanifié avec votre modification. Appuyez sur Envoyer pour le regarder.',
  'card.nothing': 'Rien à modifier ici.',
  'card.about.sender-mta':
    '{host} garde le message dans sa file d’attente et le remet : il demande le MX au DNS, puis parle SMTP sur le port 25. Si le destinataire répond 4xx ou ne répond pas, il garde le message et réessaie, d’abord après environ 5 minutes, puis moins souvent (jusqu’à environ une heure d’écart), pendant 5 jours au plus. Un refus 5xx, ou la fin de ces jours, lui fait écrire un avis de non-remise à l’expéditeur.',
  'card.about.recipient-imap':
    '{host} sert la boîte aux lettres de {recipient} en IMAP (port 993, avec TLS) : les messages restent sur le serveur, et chaque appareil voit les mêmes dossiers et les mêmes marques de lecture.',
  'card.about.recipient-pop3':
    '{host} laisse l’appli de {recipient} télécharger la boîte de réception en POP3 (port 995, avec TLS). Sauf si l’appli y laisse une copie, les messages sont supprimés après le téléchargement (DELE, puis QUIT). POP3 ne voit que la boîte de réception, jamais les indésirables.',
  'card.about.recipient-client':
    'Rien n’est remis à l’appli de {recipient} : elle se connecte au serveur de lecture et récupère ce qui attend dans la boîte aux lettres.',
  'card.about.dns':
    'Les enregistrements DNS se trouvent dans la zone de chaque domaine, sur les serveurs de noms de ce domaine : les enregistrements MX de {recipientDomain}, les enregistrements SPF, DKIM et DMARC de {senderDomain}. Cette fiche modifie ces zones. {host} est le résolveur que le relais sortant interroge pour le MX ; le MX destinataire interroge son propre résolveur pour ses vérifications.',
  'card.title.dns': 'Les zones DNS de {recipientDomain} et de {senderDomain}',
  'card.about.sender-msa':
    '{host} n’accepte le courrier que des utilisateurs qui s’authentifient (AUTH sur le port 587 ou 465). Beaucoup de fournisseurs vérifient aussi ici que l’adresse de l’expéditeur (MAIL FROM et From:) est une adresse que l’utilisateur connecté a le droit d’utiliser, et refusent ou réécrivent les autres : une règle du fournisseur, pas de SMTP.',
  'card.reader.later': 'Cela change la fin du voyage : choisissez-le avant de renvoyer.',
  'card.on': 'Activé',
  'card.off': 'Désactivé',
  'card.changed': 'Modifié par vous',
  'cards.hint': 'Ouvre une fiche où vous pouvez changer son comportement.',
  'cards.mx.hint':
    'Les serveurs de messagerie sont des noms en example.com, example.org ou example.net ; un serveur qui n’existe pas est permis.',
  'cards.mx.preference': 'Préférence',
  'cards.mx.exchange': 'Serveur de messagerie',
  'cards.mx.remove': 'Supprimer l’enregistrement MX {exchange}',
  'cards.mx.removeShort': 'Supprimer',
  'cards.mx.add': 'Ajouter un enregistrement MX',
  'error.recipient.empty': 'Il y a une entrée vide entre deux virgules.',
  'error.recipients.separator':
    '« {typed} » ressemble à {count} adresses séparées seulement par des espaces. Séparez-les par des virgules : {fixed}',
  'error.recipient.spaces': '« {address} » contient une espace : séparez les adresses par des virgules.',
  'error.recipient.no-at': '« {address} » a besoin d’un @ entre le nom et le domaine, comme bob@example.org.',
  'error.recipient.many-at': '« {address} » contient plus d’un @.',
  'error.recipient.bad-local':
    'Dans « {address} », la partie avant le @ peut contenir des lettres, des chiffres et . _ + - (pas de point au début ni à la fin, jamais deux points de suite).',
  'error.recipient.bad-domain': 'Dans « {address} », la partie après le @ doit être un domaine comme example.org.',
  'error.recipient.too-long': '« {address} » est trop longue : 64 caractères au plus avant le @ et 253 après.',
  'error.recipient.twice': '{address} est déjà destinataire de ce message.',
  'error.recipients.many': '{max} destinataires au plus en tout (À, Cc et Cci ensemble) dans cette simulation.',
  'summary.all':
    'Les {total} destinataires ont reçu le message : {steps} étapes, environ {seconds} secondes de temps réel sur Internet.',
  'summary.all.minutes':
    'Les {total} destinataires ont reçu le message : {steps} étapes, environ {minutes} minutes de temps réel sur Internet.',
  'summary.some':
    '{reached} destinataires sur {total} ont reçu le message. Les autres n’ont pas (encore) pu être joints : un avis de non-remise dans la boîte de réception de {sender} liste chacun de ceux qui ont échoué définitivement.',
  'notice.hint.client': 'Utilisez app ou webmail.',
  'notice.hint.submission': 'Utilisez 587 (STARTTLS) ou 465 (TLS dès le premier octet).',
  'notice.hint.keep': 'Utilisez 1 pour laisser une copie sur le serveur POP3.',
  'notice.hint.answers': 'Utilisez jusqu’à 20 réponses comme 5.1.1*9.0.0 (étape, choix, 1 juste ou 0 faux).',
  'step.spoof.compose':
    'Un serveur qui n’a rien à voir avec {senderDomain}, {spoofer}, écrit un message avec un expéditeur usurpé : From: {from}. Il copie même une DKIM-Signature avec d={senderDomain}, mais il ne peut pas signer avec la clé privée de {senderDomain}.',
  'step.spoof.relay':
    '{spoofer} cherche le MX de {recipientDomain} et se connecte lui-même à {mx} sur le port 25, en annonçant MAIL FROM:<{from}>. N’importe qui peut se connecter à un MX : au RCPT TO, il accepte le courrier pour {to} (250), mais il n’a pas encore décidé s’il croit l’expéditeur.',
  'step.check.dkim.forged':
    '{mx} récupère la clé DKIM de {senderDomain} (s2025._domainkey) et vérifie la signature avec elle : la signature n’est pas valide, donc DKIM échoue.',
  'step.reply.spoof':
    '{mx} refuse le message après le point final : {reply}. Le refus revient à {spoofer}, le serveur qui l’a envoyé ; le MX n’écrit lui-même aucun avis de non-remise. Un vrai serveur de messagerie qui recevrait ce 550 renverrait un avis à MAIL FROM:<{from}>, et {sender} recevrait des rebonds (backscatter) pour un message qu’elle n’a jamais envoyé ; un logiciel de spam qui usurpe les expéditeurs jette simplement le refus, comme ici, et {sender} ne voit donc rien.',
  'summary.spoof-rejected':
    'Un message usurpé prétendant venir de {sender} a été refusé par le serveur de messagerie de {recipient} : ni SPF ni DKIM n’a réussi pour le domaine du From:, et sa politique DMARC dit reject. {sender} n’a rien envoyé et ne reçoit aucun avis de non-remise.',
  'edit.spoof.true': 'Un serveur hors du SPF du domaine expéditeur usurpe l’adresse de l’expéditeur',
  'edit.spoof.false': 'Personne n’usurpe l’adresse de l’expéditeur',
  'step.compose.webmail':
    '{sender} écrit à {recipient} dans le navigateur, sur la page webmail de {senderDomain}, et appuie sur Envoyer. Le webmail, sur le serveur du fournisseur, construit le message : les lignes d’en-tête (From, To, Subject, Date), une ligne vide, puis le texte.',
  'step.webmail':
    'Le navigateur de {sender} envoie le message au frontal web du fournisseur, {webmail}, en HTTPS (port 443). Aucun SMTP ne sort du navigateur : le webmail ajoute sa propre ligne Received (« with HTTP ») et remettra le message à son propre serveur de soumission.',
  'step.submit.webmail':
    '{webmail} remet le message à {msa}, le serveur de soumission du fournisseur, à l’intérieur du fournisseur : SMTP avec STARTTLS et une authentification au nom de {sender}. Le serveur l’accepte avec 250.',
  'step.submit.465':
    'L’appli de {sender} se connecte à {msa} sur le port 465 : le chiffrement commence dès le tout premier octet (TLS implicite), il n’y a donc pas de STARTTLS. {sender} s’authentifie (AUTH), et le serveur accepte le message avec 250 : désormais, il en est responsable.',
  'step.submit.refused.webmail':
    '{webmail} essaie de remettre le message à {msa}, le serveur de soumission du fournisseur, mais le serveur refuse.',
  'step.submit.refused.465':
    'L’appli de {sender} se connecte à {msa} sur le port 465 (chiffré dès le premier octet) et essaie de remettre le message, mais le serveur refuse.',
  'step.submit.refused.password.webmail':
    '{webmail} essaie de remettre le message à {msa}, le serveur de soumission du fournisseur, en s’authentifiant au nom de {sender}, mais l’authentification est refusée : le mot de passe est faux.',
  'step.submit.refused.password.465':
    'L’appli de {sender} se connecte à {msa} sur le port 465 (chiffré dès le premier octet) et s’authentifie (AUTH), mais le mot de passe est faux : le serveur refuse la connexion et ne prend donc jamais le message.',
  'step.submit.refused.size.webmail':
    '{webmail} essaie de remettre le message à {msa}, le serveur de soumission du fournisseur, mais le message dépasse la taille que le serveur accepte : il refuse.',
  'step.submit.refused.size.465':
    'L’appli de {sender} se connecte à {msa} sur le port 465 (chiffré dès le premier octet) et s’authentifie. Au MAIL FROM, elle annonce la taille du message : plus que ce que le serveur accepte, il refuse donc avant que le message ne soit envoyé.',
  'step.refuse.webmail':
    '{msa} répond {reply}. Le webmail affiche l’erreur dans le navigateur de {sender}. Rien n’a été mis en file, rien n’est parti : à la soumission, aucun avis de non-remise n’est écrit.',
  'step.refuse.password.webmail':
    '{msa} répond {reply} : l’authentification a échoué. Le webmail affiche l’erreur dans le navigateur de {sender}. Rien n’a été mis en file, rien n’est parti : à la soumission, aucun avis de non-remise n’est écrit.',
  'step.refuse.size.webmail':
    '{msa} répond {reply} : le message dépasse la taille qu’il accepte. Le webmail affiche l’erreur dans le navigateur de {sender}. Rien n’a été mis en file, rien n’est parti : à la soumission, aucun avis de non-remise n’est écrit.',
  'step.sent.imap':
    'L’appli de {sender} range sa propre copie dans le dossier Envoyés sur {senderStore}, avec IMAP APPEND (port 993, TLS). Comme le dossier est sur le serveur, le téléphone de {sender} affiche aussi le message envoyé. Certains fournisseurs (Gmail, par exemple) rangent la copie eux-mêmes ; les applis configurées pour eux ne doivent pas en ajouter une seconde par APPEND.',
  'step.sent.pop3':
    'POP3 n’a pas de dossier Envoyés sur le serveur : l’appli de {sender} garde sa copie dans un dossier Envoyés sur cet ordinateur seulement, et le téléphone de {sender} ne la verra pas.',
  'step.sent.webmail':
    'Le webmail range lui-même la copie dans le dossier Envoyés de {sender} sur {senderStore} : tous les appareils la voient. Certains fournisseurs le font aussi pour le courrier envoyé depuis une appli ; les applis configurées pour eux ne doivent pas ajouter une seconde copie par APPEND.',
  'step.bounce.forwarded':
    '{mta}, le serveur de transfert, n’a pas pu remettre sa copie (état {status}) : il écrit donc lui-même l’avis de non-remise, depuis l’expéditeur vide <>, vers l’expéditeur d’enveloppe qu’on lui a donné : {srs}. Cette adresse SRS est la sienne : il la décode en {from} et y envoie l’avis, dans la boîte aux lettres de {sender} sur {senderStore}.',
  'step.bounce.list':
    '{mta} n’a pas pu remettre la copie de la liste (état {status}). L’avis de non-remise va à l’expéditeur d’enveloppe de la liste, {srs}, où le logiciel de la liste le comptabilise ; personne ne prévient {sender}.',
  'step.forward':
    '{alias} transfère vers {target} : {forwarder} renvoie donc le message, par une seconde remise SMTP depuis sa propre IP. Il réécrit l’expéditeur d’enveloppe avec SRS ({srs}) pour que SPF soit vérifié pour son propre domaine et que les rebonds lui reviennent ; le From: reste {from}. Il scelle aussi ce qu’il a vérifié ({sealed}) dans des en-têtes ARC, instance i=1.',
  'step.forward.list':
    '{alias} est une liste de diffusion : {forwarder} envoie une copie à {target}, avec [{list}] devant l’objet et un pied de page sous le texte. Cela modifie ce que couvre la signature DKIM de {senderDomain}, qui ne sera plus valide, et depuis cette IP SPF ne peut pas réussir pour {senderDomain} : avec From: {from}, DMARC échouerait. La liste réécrit donc le From: avec sa propre adresse (« {sender} via la liste ») et met {sender} dans Reply-To:. Son expéditeur d’enveloppe est {srs}.',
  'step.check.spf.forwarded':
    '{mx} récupère l’enregistrement SPF de {spfDomain}, le domaine de l’expéditeur d’enveloppe SRS : il liste {ip}, donc SPF réussit. Mais il réussit pour {spfDomain}, alors que le domaine du From: est {senderDomain} : les deux ne sont pas alignés, ce succès n’apporte donc rien à DMARC et c’est DKIM qui doit suffire.',
  'step.check.spf.list':
    '{mx} récupère l’enregistrement SPF de {spfDomain}, le domaine de l’expéditeur d’enveloppe de la liste : il liste {ip}, donc SPF réussit, et il correspond au domaine du From: réécrit.',
  'step.check.dkim.list':
    '{mx} récupère la clé DKIM de {dkimDomain} (s2025._domainkey) et vérifie la signature : la liste a modifié l’objet et ajouté un pied de page, la signature n’est donc plus valide. DKIM échoue.',
  'card.forwards-to': 'Cette adresse transfère vers',
  'card.forwards-to.address': '{address}',
  'card.forwards-to.none': 'Personne (pas de transfert)',
  'card.list': 'C’est une liste de diffusion (marque l’objet, ajoute un pied de page)',
  'edit.list.true': '{address} est une liste de diffusion',
  'edit.list.false': '{address} n’est pas une liste de diffusion',
  'graph.recipient.delivered': 'remis',
  'graph.recipient.downloaded': 'téléchargé',
  'graph.recipient.bounced': 'rebond {code}',
  'graph.recipient.rejected': 'refusé {code}',
  'graph.recipient.deferred': 'en attente {code}',
  'graph.recipient.quarantined': 'dans Indésirables',
  'graph.recipient.says': '{address} : {result}.',
  'graph.recipient.who': '{who} : {result}',
  'checkpoint.next-server.0.why':
    'Le relais ne sait pas où se trouve l’ordinateur de {recipient}, et le courrier n’y va jamais directement : il va aux serveurs de messagerie du fournisseur.',
  'checkpoint.next-server.2.why':
    'Le serveur de lecture de {sender} ne sert que la boîte aux lettres de {sender}. Il ne joue aucun rôle dans l’envoi du courrier à {recipient}.',
  'checkpoint.next-server.3.why':
    'Les routeurs transportent les paquets réseau mais ne lisent jamais le courrier. Le relais doit d’abord savoir à quel serveur de messagerie s’adresser.',
  'checkpoint.after-mx.0.why':
    'Un message n’est remis qu’une fois. Le relais essaie les serveurs l’un après l’autre, le plus petit nombre d’abord, et s’arrête au premier qui accepte.',
  'checkpoint.after-mx.1.why':
    'Le plus petit nombre l’emporte : 10 passe avant 20. Le serveur à 20 est le secours, essayé seulement si le premier est injoignable.',
  'checkpoint.no-mailbox.q':
    'Il n’y a pas de boîte aux lettres pour cette adresse chez {domain}. Que fait son serveur de réception ?',
  'checkpoint.no-mailbox.0': 'Il garde le message jusqu’à ce que quelqu’un crée la boîte aux lettres',
  'checkpoint.no-mailbox.1': 'Il le refuse aussitôt, pendant que le relais est encore connecté',
  'checkpoint.no-mailbox.2': 'Il le jette sans prévenir personne',
  'checkpoint.no-mailbox.3': 'Il l’envoie plutôt à l’ordinateur de {recipient}',
  'checkpoint.no-mailbox.why':
    'Il refuse tout de suite (550 5.1.1 au RCPT TO). Le refus est définitif : le relais qui détient le message doit donc prévenir l’expéditeur.',
  'checkpoint.no-mailbox.0.why':
    'Les serveurs ne gardent pas le courrier pour des boîtes qui n’existent pas. Une réponse « réessayez plus tard » serait temporaire ; celle-ci est définitive.',
  'checkpoint.no-mailbox.2.why':
    'Le courrier n’est pas jeté en silence : le serveur de réception répond par un refus, pour que l’expéditeur puisse être prévenu.',
  'checkpoint.no-mailbox.3.why':
    'Le courrier ne va jamais directement à l’ordinateur d’un lecteur ; sans boîte aux lettres, il n’y a nulle part où le mettre chez {domain}.',
  'checkpoint.no-login.q':
    'Le relais va remettre le message au serveur de réception de {domain}. Pourquoi ne s’authentifie-t-il pas avec un mot de passe ?',
  'checkpoint.no-login.0': 'Il s’est authentifié plus tôt, auprès du serveur de soumission',
  'checkpoint.no-login.1': 'Il connaît le mot de passe de {recipient}',
  'checkpoint.no-login.2':
    'La remise entre fournisseurs sur le port 25 ne demande pas d’authentification ; le destinataire vérifie plutôt l’expéditeur dans le DNS',
  'checkpoint.no-login.3': 'Les mots de passe sont envoyés plus tard, avec le message',
  'checkpoint.no-login.why':
    'Sur le port 25, n’importe qui peut proposer du courrier pour les utilisateurs locaux. Au lieu d’une authentification, le destinataire demande au DNS si ce serveur peut envoyer pour le domaine (SPF, DKIM, DMARC).',
  'checkpoint.no-login.0.why':
    'L’authentification de {sender} a eu lieu auprès du serveur de soumission de son propre fournisseur. Cette authentification ne compte que là-bas ; le serveur de {domain} n’en sait rien.',
  'checkpoint.no-login.1.why':
    'Personne d’autre que {recipient} ne connaît le mot de passe de {recipient}, et il sert seulement à lire le courrier, jamais à le recevoir.',
  'checkpoint.no-login.3.why':
    'Un message ne contient aucun mot de passe. Le destinataire décide d’après les enregistrements DNS s’il fait confiance au serveur expéditeur.',
  'checkpoint.forged-sender.q':
    'Ce message prétend venir du fournisseur de {sender}, mais le serveur qui l’envoie n’est pas sur la liste de ce fournisseur. Quel contrôle échoue ?',
  'checkpoint.forged-sender.0': 'L’authentification (AUTH)',
  'checkpoint.forged-sender.1': 'SPF : la liste des serveurs d’envoi autorisés du fournisseur',
  'checkpoint.forged-sender.2': 'Le filtre antispam',
  'checkpoint.forged-sender.3': 'La recherche du MX',
  'checkpoint.forged-sender.why':
    'SPF compare l’adresse du serveur qui se connecte avec la liste que le domaine de l’expéditeur publie dans le DNS. Pas sur la liste : SPF échoue.',
  'checkpoint.forged-sender.0.why':
    'La remise d’un fournisseur à un autre sur le port 25 se fait sans authentification : il n’y en a donc pas qui puisse échouer. Les contrôles utilisent plutôt le DNS.',
  'checkpoint.forged-sender.2.why':
    'Le filtre antispam vient plus tard et examine le contenu. Vérifier qui peut envoyer pour un domaine, c’est le rôle de SPF.',
  'checkpoint.forged-sender.3.why':
    'La recherche du MX a trouvé où remettre le courrier. Elle ne dit rien de qui a le droit de l’envoyer.',
  'checkpoint.final-dot.q':
    'Après la dernière ligne du message (une ligne avec juste un point), le serveur de réception de {domain} répondra 250. Qu’est-ce que cela signifie ?',
  'checkpoint.final-dot.0': '{recipient} a lu le message',
  'checkpoint.final-dot.1': 'Le serveur prend la responsabilité de le remettre',
  'checkpoint.final-dot.2': 'Le message est déjà dans la boîte de réception de {recipient}, sur son téléphone',
  'checkpoint.final-dot.3': 'Le mot de passe de {sender} était bon',
  'checkpoint.final-dot.why':
    'À partir de ce 250, le serveur de réception est responsable : le relais peut oublier le message. Si quelque chose échoue plus tard, c’est au destinataire de le signaler.',
  'checkpoint.final-dot.0.why':
    '{recipient} le lira bien plus tard, seulement quand son appli de messagerie interrogera le stockage. Le 250 est une promesse entre deux serveurs.',
  'checkpoint.final-dot.2.why':
    'Le message doit encore passer le filtre et être rangé dans le stockage des boîtes aux lettres, et rien n’arrive sur un téléphone avant que son appli ne le demande.',
  'checkpoint.final-dot.3.why':
    'Aucun mot de passe n’a été envoyé ici : la remise entre fournisseurs sur le port 25 se fait sans authentification. Le 250 répond au message lui-même.',
  'checkpoint.same-domain.0.why':
    'On interroge le DNS pour trouver un autre fournisseur. {domain} est le fournisseur lui-même : il n’y a personne à chercher.',
  'checkpoint.same-domain.2.why':
    'Le serveur IMAP ne lit dans le stockage des boîtes aux lettres que quand l’appli de {recipient} le demande. La remise se fait dans le stockage.',
  'checkpoint.who-fetches.1.why':
    'SMTP pousse le courrier entre serveurs, mais jamais vers l’appareil d’un lecteur. Le stockage attend que l’appli vienne demander.',
  'checkpoint.who-fetches.2.why':
    'Le DNS ne répond qu’à des questions sur des noms et des adresses ; il ne transporte jamais de courrier.',
  'checkpoint.who-bounces.q':
    'Le message ne peut pas être remis. Qui écrit l’avis de non-remise qui prévient {sender} ?',
  'checkpoint.who-bounces.0': 'Le serveur de réception du fournisseur de {recipient}',
  'checkpoint.who-bounces.1': 'Le relais sortant du fournisseur de {sender}, qui détient encore le message',
  'checkpoint.who-bounces.2': 'L’appli de messagerie de {recipient}',
  'checkpoint.who-bounces.3': 'L’appli de messagerie de {sender}',
  'checkpoint.who-bounces.why':
    'Le relais qui détient le message et a reçu le refus écrit un nouveau message (un avis de non-remise) et le remet dans la boîte aux lettres de {sender}.',
  'checkpoint.who-bounces.0.why':
    'Le serveur de réception a seulement répondu « non » pendant que le relais était connecté. Écrire l’avis de non-remise revient à celui qui détient le message.',
  'checkpoint.who-bounces.2.why': '{recipient} n’a jamais reçu le message : son appli n’en sait rien.',
  'checkpoint.who-bounces.3.why':
    'L’appli de {sender} a remis le message depuis longtemps. Elle n’affiche l’avis de non-remise que quand elle relève le nouveau courrier.',
  'recap.heading': 'Vos prédictions',
  'recap.score': 'Vous avez bien prédit {right} sur {total}.',
  'recap.right': 'Juste',
  'recap.wrong': 'Pas tout à fait',
  'recap.skipped': 'Passée',
  'recap.yours': 'Votre réponse : {choice}',
  'recap.answer': 'Réponse : {choice}',
  'checkpoint.tag': 'Prédisez :',
  'checkpoint.right': 'bonne réponse',
  'checkpoint.notThis': 'votre choix',
  'checkpoint.correct': 'Bien prédit !',
  'checkpoint.incorrect': 'Pas tout à fait.',
  'checkpoint.continue': 'Continuer',
  'checkpoint.skip': 'Passer la question',
  'checkpoint.next-server.q':
    '{recipient} est chez un autre fournisseur. Quel serveur le fournisseur de {sender} interroge-t-il ensuite ?',
  'checkpoint.next-server.0': 'L’ordinateur de {recipient}',
  'checkpoint.next-server.1': 'Un résolveur DNS',
  'checkpoint.next-server.2': 'Le serveur IMAP de {sender}',
  'checkpoint.next-server.3': 'Le routeur Internet le plus proche',
  'checkpoint.next-server.why':
    'Le relais doit d’abord savoir quels serveurs acceptent le courrier pour {domain} : il demande donc au DNS les enregistrements MX de ce domaine.',
  'checkpoint.after-mx.q':
    'Le DNS a donné deux serveurs de messagerie, de préférence 10 et 20. Que demande ensuite le relais ?',
  'checkpoint.after-mx.0': 'Rien : il envoie le message aux deux',
  'checkpoint.after-mx.1': 'L’adresse du serveur de préférence 20',
  'checkpoint.after-mx.2': 'L’adresse du serveur de préférence 10',
  'checkpoint.after-mx.why':
    'Le plus petit nombre de préférence est essayé en premier. Un enregistrement MX nomme une machine : le relais a encore besoin de son adresse (A/AAAA).',
  'checkpoint.same-domain.q':
    '{recipient} a le même fournisseur que {sender}. Que se passe-t-il une fois que le serveur de soumission a accepté le message ?',
  'checkpoint.same-domain.0': 'Il demande au DNS le MX de {domain}',
  'checkpoint.same-domain.1': 'Il range aussitôt le message dans la boîte aux lettres de {recipient}',
  'checkpoint.same-domain.2': 'Il envoie le message au serveur IMAP de {recipient}',
  'checkpoint.same-domain.why':
    'Le domaine fait partie de ceux du fournisseur : pas de requête DNS ni de saut sur Internet. La remise locale le range dans le stockage des boîtes aux lettres ; IMAP ne sert le stockage que plus tard.',
  'checkpoint.who-fetches.q':
    'Le message attend dans le stockage des boîtes aux lettres. Comment arrive-t-il sur l’écran de {recipient} ?',
  'checkpoint.who-fetches.0': 'L’appli de {recipient} se connecte (IMAP ou POP3) et le récupère',
  'checkpoint.who-fetches.1': 'Le stockage le pousse vers l’ordinateur de {recipient} en SMTP',
  'checkpoint.who-fetches.2': 'Le DNS le transmet à l’ordinateur',
  'checkpoint.who-fetches.why':
    'La remise s’arrête au stockage. L’appli du lecteur se connecte quand elle veut et lit le stockage en IMAP ou en POP3.',
  'missions.heading': 'Missions',
  'missions.intro':
    'Jouez l’attaquant, puis le propriétaire du domaine. Modifiez le monde depuis les fiches (cliquez sur un serveur ou sur le résolveur DNS), puis appuyez sur Envoyer.',
  'missions.progress': '{done} missions accomplies sur {total}',
  'missions.done': 'accomplie',
  'missions.todo': 'à faire',
  'missions.back': 'Toutes les missions',
  'missions.close': 'Fermer les missions',
  'missions.goal': 'Objectif',
  'missions.attempts': 'Envois : {n}',
  'missions.hintsUsed': 'Indices : {n} sur {total}',
  'missions.hint': 'Afficher un indice',
  'missions.hintHeading': 'Indices',
  'missions.notYet': 'Pas encore. Modifiez le monde depuis les fiches et appuyez de nouveau sur Envoyer.',
  'missions.answerFirst': 'Le voyage a atteint l’objectif. Répondez maintenant à la question.',
  'missions.success': 'Mission accomplie : {title}.',
  'missions.learned': 'Ce que cela montre',
  'missions.question': 'Votre réponse',
  'missions.wrong': 'Pas tout à fait : regardez de nouveau les contrôles du serveur de réception.',
  'missions.settings': 'Missions proposées',
  'missions.none': 'Aucune mission n’est proposée dans cette leçon.',
  'notice.hint.mission':
    'Utilisez un nom de mission : forge, stop-the-spoof, lookalike, eavesdrop, stop-the-downgrade ou forwarding-breaks.',
  'notice.hint.missions': 'Utilisez des noms de mission séparés par des virgules, comme forge,stop-the-spoof.',
  'mission.forge.title': 'Falsifier un message',
  'mission.forge.goal':
    'Faites arriver dans la boîte de réception de Bob un message falsifié venant de alice@example.com. Vous êtes l’attaquant : votre serveur n’est pas le fournisseur d’Alice.',
  'mission.forge.hint.1':
    'Appuyez sur Envoyer et observez le serveur de réception de Bob : quel contrôle rejette la falsification ?',
  'mission.forge.hint.2':
    'SPF et DKIM ne réussissent jamais pour example.com quand vous falsifiez son adresse. Ce qui décide, c’est la politique DMARC de example.com : ouvrez la fiche de l’attaquant ou celle du résolveur DNS.',
  'mission.forge.hint.3':
    'Sans enregistrement DMARC, ou avec p=none, le serveur de réception note seulement l’échec et remet le message.',
  'mission.forge.done':
    'SPF et DKIM ont échoué, et pourtant la falsification a été remise : aucune politique DMARC n’a demandé au serveur de Bob d’agir sur ces échecs pour ce message (aucune publiée, p=none, ou pct= l’a laissé de côté). SPF seul ne protège pas l’adresse From: : il vérifie l’expéditeur de l’enveloppe.',
  'beginner.mission.forge.done':
    'Les contrôles ont échoué, mais la règle de example.com n’a pas demandé au serveur de Bob de refuser ou d’écarter ce courrier : le faux est donc arrivé chez Bob. Les contrôles seuls ne protègent pas l’adresse de l’expéditeur.',
  'mission.stop-the-spoof.title': 'Maintenant, arrêtez-le',
  'mission.stop-the-spoof.goal':
    'La falsification arrive chez Bob. En tant que propriétaire de example.com, faites-la refuser par son serveur, sans toucher au serveur de l’attaquant.',
  'mission.stop-the-spoof.hint.1': 'Le serveur de réception vérifie DMARC : regardez ce que publie example.com.',
  'mission.stop-the-spoof.hint.2':
    'Changez la politique DMARC de example.com sur la fiche du résolveur DNS (ou de l’attaquant). p=quarantine ne fait que le ranger dans Indésirables.',
  'mission.stop-the-spoof.hint.3':
    'p=reject fait refuser le message par le serveur de réception avec 550 5.7.1 après le point final (fin de DATA). Demandez des rapports agrégés (rua) pour le voir.',
  'mission.stop-the-spoof.done':
    'Avec p=reject, le serveur de Bob a refusé la falsification avec 550 5.7.1, et Alice n’en sait rien : elle n’a rien envoyé. Avec rua, chaque destinataire envoie chaque jour à example.com un rapport agrégé qui liste qui a envoyé en son nom et ce qui a été fait.',
  'beginner.mission.stop-the-spoof.done':
    'Maintenant, example.com demande de refuser le courrier qui échoue à ses contrôles : le serveur de Bob a rejeté le faux. Alice n’a rien envoyé et n’en sait rien.',
  'mission.lookalike.title': 'Un sosie passe',
  'mission.lookalike.goal':
    'Un message d’un domaine qui ressemble à example.com arrive chez Bob, alors que example.com dit p=reject. Envoyez-le, observez les contrôles, puis dites pourquoi.',
  'mission.lookalike.hint.1': 'Lisez attentivement l’adresse de l’expéditeur, lettre par lettre.',
  'mission.lookalike.hint.2':
    'Pour quel domaine le serveur de réception a-t-il vérifié SPF, DKIM et DMARC ? Pas celui d’Alice.',
  'mission.lookalike.hint.3':
    'La politique de example.com ne parle que pour example.com. L’autre domaine a ses propres enregistrements.',
  'mission.lookalike.question': 'Tous les contrôles ont réussi. Pourquoi ?',
  'mission.lookalike.choice.1':
    'Ils ont réussi pour le domaine de l’attaquant lui-même : les contrôles prouvent quel domaine a envoyé le message, pas que c’est celui que Bob croit.',
  'mission.lookalike.choice.2': 'La politique DMARC de example.com est trop faible : p=reject l’arrêterait.',
  'mission.lookalike.choice.3': 'SPF vérifie l’adresse From:, et l’attaquant avait le droit de l’utiliser.',
  'mission.lookalike.done':
    'DMARC n’arrête pas les domaines sosies : examp1e.com, ou un homographe comme exаmple.com avec un а cyrillique (xn--… en punycode), réussit ses propres contrôles. Ce qui aide, c’est que l’appli de Bob montre la vraie adresse, et son attention.',
  'beginner.mission.lookalike.done':
    'Le faux venait d’un autre domaine qui ressemble seulement à celui d’Alice, et il a réussi ses propres contrôles. Ce qui aide : que Bob voie la vraie adresse.',
  'mission.eavesdrop.title': 'Lire le courrier de Bob sur le réseau',
  'mission.eavesdrop.goal':
    'Soyez l’homme du milieu entre le relais d’Alice et le serveur de Bob, et faites traverser Internet au message d’Alice en clair.',
  'mission.eavesdrop.hint.1': 'Ouvrez la fiche du serveur de réception de Bob : quelqu’un est sur la ligne.',
  'mission.eavesdrop.hint.2': 'Le chiffrement entre serveurs ne commence que si le destinataire propose STARTTLS.',
  'mission.eavesdrop.hint.3':
    'Activez l’homme du milieu : il supprime STARTTLS de la réponse, et le relais envoie en clair.',
  'mission.eavesdrop.done':
    'STARTTLS entre serveurs est opportuniste : un homme du milieu qui le supprime de la réponse à EHLO fait revenir l’expéditeur au texte en clair, et il en lit une copie. STARTTLS ne chiffre pas toujours.',
  'beginner.mission.eavesdrop.done':
    'L’attaquant a caché l’offre de chiffrement : les serveurs ont parlé en clair et il a lu le message. Le chiffrement entre serveurs n’est pas garanti.',
  'mission.stop-the-downgrade.title': 'Empêcher le déclassement',
  'mission.stop-the-downgrade.goal':
    'L’homme du milieu supprime STARTTLS. En tant que propriétaire de example.org, faites en sorte que le message d’Alice ne traverse jamais en clair, alors qu’il est toujours là.',
  'mission.stop-the-downgrade.hint.1':
    'Ouvrez la fiche du serveur de réception de Bob : que peut publier example.org ?',
  'mission.stop-the-downgrade.hint.2':
    'MTA-STS en testing ne fait que signaler. Enforce dit aux expéditeurs de ne jamais remettre sans TLS.',
  'mission.stop-the-downgrade.hint.3': 'DANE fonctionne aussi, mais seulement dans une zone signée avec DNSSEC.',
  'mission.stop-the-downgrade.done':
    'Avec MTA-STS enforce (ou DANE avec DNSSEC), l’expéditeur refuse de remettre sans TLS : le message attend dans la file et rien ne traverse en clair. La première remise, avant qu’un expéditeur ait mis en cache la politique MTA-STS, n’est pas protégée ; DANE n’a pas ce trou.',
  'beginner.mission.stop-the-downgrade.done':
    'Maintenant, example.org demande de ne remettre que chiffré : le serveur d’Alice a attendu au lieu d’envoyer en clair.',
  'mission.forwarding-breaks.title': 'Casser son propre courrier',
  'mission.forwarding-breaks.goal':
    'example.com dit p=reject mais ne signe rien, et l’ancienne adresse de Bob transfère vers bob@example.org. Le propre message d’Alice est refusé. Corrigez cela en gardant p=reject.',
  'mission.forwarding-breaks.hint.1': 'Appuyez sur Envoyer : chez example.org, SPF réussit, mais pour quel domaine ?',
  'mission.forwarding-breaks.hint.2':
    'Le serveur de transfert envoie depuis sa propre adresse (SRS) : SPF ne parle plus pour example.com. Seule une signature survit au transfert.',
  'mission.forwarding-breaks.hint.3':
    'Faites signer le courrier par le fournisseur de example.com avec DKIM (la clé est dans le DNS) : fiche du résolveur DNS.',
  'mission.forwarding-breaks.done':
    'Un transfert casse SPF pour le domaine d’origine, mais une signature DKIM voyage avec le message : DMARC réussit par DKIM. Ou bien le MX de Bob fait confiance au sceau ARC du service de transfert : DMARC échoue toujours, mais les résultats scellés permettent à sa politique locale de distribuer le message.',
  'beginner.mission.forwarding-breaks.done':
    'Le service de transfert envoie depuis son propre serveur : la liste des ordinateurs autorisés ne correspond plus. Une signature voyage avec le message ; ou le serveur de Bob croit la parole scellée du service de transfert, qui a vérifié le courrier.',
  'shortcuts.title': 'Raccourcis clavier',
  'shortcuts.close': 'Fermer',
  'shortcuts.note': 'Les raccourcis ne font rien pendant que vous tapez dans un champ.',
  'shortcuts.key.space': 'Espace',
  'shortcuts.key.right': '→',
  'shortcuts.key.left': '←',
  'shortcuts.key.home': 'Début',
  'shortcuts.key.end': 'Fin',
  'shortcuts.key.help': '?',
  'shortcuts.playPause': 'Lire ou mettre en pause',
  'shortcuts.forward': 'Étape suivante',
  'shortcuts.back': 'Étape précédente',
  'shortcuts.first': 'Première étape',
  'shortcuts.last': 'Dernière étape',
  'shortcuts.help': 'Afficher cette liste',
  'embed.title': 'Mettre ce voyage dans une page de cours',
  'embed.intro':
    'Les deux extraits reprennent le message et les choix affichés maintenant. Rien n’est envoyé nulle part : la page fonctionne hors ligne.',
  'embed.tag': 'Comme élément (chargez le script une fois par page)',
  'embed.iframe': 'Comme iframe (fonctionne sur tout site qui accepte les iframes)',
  'embed.copy': 'Copier',
  'embed.copied': 'Copié.',
  'embed.copyFailed': 'La copie a été refusée ; sélectionnez le texte et copiez-le à la main.',
  'embed.close': 'Fermer',
  'beginner.step.compose':
    '{sender} écrit à {recipient} et appuie sur Envoyer. L’appli met le texte dans un message avec une étiquette en haut : expéditeur, destinataire, objet.',
  'beginner.step.compose.attachment':
    '{sender} écrit à {recipient}, joint une vidéo de vacances de {mb} Mo et appuie sur Envoyer. L’appli met tout dans un message étiqueté.',
  'beginner.step.submit':
    'L’appli de {sender} s’identifie auprès du serveur d’envoi du fournisseur, qui prend le message en charge. Beaucoup de ces serveurs vérifient aussi qu’il vient d’une adresse de {sender}.',
  'beginner.step.submit.refused':
    'L’appli de {sender} essaie de remettre le message au serveur d’envoi du fournisseur, mais le serveur refuse.',
  'beginner.step.submit.refused.password':
    'L’appli de {sender} essaie de se connecter au serveur d’envoi du fournisseur, mais le mot de passe est faux. Le serveur ne prendra pas le message.',
  'beginner.step.submit.refused.size':
    'L’appli de {sender} annonce au serveur d’envoi la taille du message. Avec la vidéo, il est trop gros pour le serveur, qui le refuse.',
  'beginner.step.refuse':
    'L’appli de {sender} affiche l’erreur du serveur. Rien n’est parti : personne d’autre ne voit ce message et aucun avis de non-remise n’est écrit.',
  'beginner.step.refuse.password':
    'L’appli de {sender} signale que le mot de passe était faux. Rien n’est parti : personne d’autre ne voit le message, aucun avis de non-remise.',
  'beginner.step.refuse.size':
    'L’appli de {sender} signale que le message est trop gros pour partir. Rien n’est parti : personne ne le voit, aucun avis de non-remise.',
  'beginner.step.handoff':
    '{recipient} est chez un autre fournisseur : le serveur d’envoi passe le message au serveur sortant, qui livre le courrier aux autres fournisseurs.',
  'beginner.step.dns-mx.found':
    'Le serveur sortant consulte l’annuaire d’Internet (DNS) : quels serveurs prennent le courrier du fournisseur de {recipient} ? La réponse les liste, le meilleur d’abord.',
  'beginner.step.dns-mx.empty':
    'L’annuaire d’Internet (DNS) connaît le domaine de {recipient} mais ne lui donne aucun serveur de messagerie : l’ordinateur du domaine prendra le courrier.',
  'beginner.step.dns-mx.null':
    'L’annuaire d’Internet (DNS) répond : ce domaine ne reçoit aucun courriel. Il n’y a nulle part où livrer le message.',
  'beginner.step.dns-mx.nxdomain':
    'L’annuaire d’Internet (DNS) répond : ce domaine n’existe pas. Il n’y a personne à qui donner le message.',
  'beginner.step.dns-mx.servfail':
    'L’annuaire (DNS) ne peut pas dire pour l’instant où va le courrier de {recipient}. C’est passager, donc le courrier n’est pas renvoyé.',
  'beginner.step.queue.dns':
    'Le message attend dans la file du serveur sortant. Le serveur interroge de nouveau l’annuaire plus tard, jusqu’à {days} jours, avant de prévenir {sender}.',
  'beginner.step.dns-host':
    'Question suivante à l’annuaire : quelle est l’adresse réseau de ce serveur de messagerie ? C’est l’adresse du serveur, pas de l’ordinateur de {recipient}.',
  'beginner.step.dns-host.implicit':
    'Le serveur sortant demande à l’annuaire l’adresse réseau du domaine de {recipient} lui-même. C’est cet ordinateur qui recevra le courrier.',
  'beginner.step.dns-host.none':
    'Le serveur sortant demande à l’annuaire l’adresse réseau du serveur de messagerie, mais il n’y en a aucune.',
  'beginner.step.dns-aaaa':
    'Seconde question : l’adresse réseau plus récente et plus longue du serveur. Chaque question à l’annuaire demande un seul type de réponse.',
  'beginner.step.dns-aaaa.none':
    'Seconde question : l’adresse réseau plus récente et plus longue. Il n’y en a pas, l’ancienne fera l’affaire.',
  'beginner.step.dns-aaaa.nothing':
    'Le serveur sortant demande aussi l’adresse récente : il n’y en a pas non plus. Sans aucune adresse, le serveur est injoignable.',
  'beginner.step.relay.accepted':
    'Le serveur sortant se connecte au serveur de réception du fournisseur de {recipient}, sans mot de passe entre serveurs. Ce dernier répond : oui, je connais {recipient}.',
  'beginner.step.relay.retry-accepted':
    'Le serveur sortant réessaie le serveur de réception (essai numéro {attempt}). Cette fois, il dit oui et prend le courrier pour {recipient}.',
  'beginner.step.relay.accepted.some':
    'Le serveur de réception répond pour chaque adresse : oui pour {recipient}, mais non pour « {refusedName} » : il ne peut pas prendre son courrier.',
  'beginner.step.relay.rejected':
    'Le serveur sortant se connecte au serveur de réception de {recipient}, qui refuse définitivement : personne de ce nom n’y a de boîte aux lettres.',
  'beginner.step.relay.rejected.full':
    'Le serveur sortant se connecte au serveur de réception de {recipient}. L’adresse existe, mais sa boîte est pleine : le serveur refuse définitivement.',
  'beginner.step.relay.rejected.relay':
    'Le serveur sortant se connecte au serveur indiqué par l’annuaire, mais celui-ci ne prend pas le courrier du domaine de {recipient} : il refuse.',
  'beginner.step.relay.rejected.loop':
    'Le serveur sortant se connecte au serveur de réception de {recipient}. L’adresse transfère en boucle vers elle-même : le serveur arrête la boucle et refuse.',
  'beginner.step.relay.deferred':
    'Le serveur sortant se connecte au serveur de réception, qui répond : pas maintenant, réessayez plus tard. C’est un non temporaire.',
  'beginner.step.relay.no-answer':
    'Le serveur sortant essaie de joindre le serveur de réception, mais rien ne répond. Après {seconds} secondes, il abandonne ce serveur.',
  'beginner.step.relay.refused-connection':
    'Le serveur sortant essaie de joindre le serveur de réception, mais cet ordinateur le renvoie aussitôt : aucun serveur de messagerie n’y écoute.',
  'beginner.step.relay.rejected-mail':
    'Le serveur sortant annonce au serveur de réception la taille du message. Celui-ci refuse : le message est trop gros.',
  'beginner.step.reply.rejected':
    'Le refus revient au serveur sortant. Il détient toujours le message et doit maintenant prévenir {sender}.',
  'beginner.step.reply.deferred':
    'La réponse « réessayez plus tard » revient au serveur sortant, qui garde le message dans sa file d’attente.',
  'beginner.step.reply.rejected-data':
    'Le serveur de réception refuse tout le message : selon les contrôles, il ne vient peut-être pas vraiment du fournisseur de {sender}. Le refus revient.',
  'beginner.step.check.ptr.pass':
    'Le serveur de réception cherche le nom de l’ordinateur qui s’est connecté et l’écrit dans le carnet de voyage du message.',
  'beginner.step.check.ptr.fail':
    'Le serveur de réception cherche le nom de l’ordinateur qui s’est connecté, mais cet ordinateur n’a pas de nom.',
  'beginner.step.check.spf.pass':
    'Contrôle 1 : le fournisseur de {sender} publie la liste de ses ordinateurs d’envoi. Celui qui s’est connecté y figure : réussi.',
  'beginner.step.check.spf.fail':
    'Contrôle 1 : le fournisseur de {sender} publie la liste des ordinateurs autorisés à envoyer. Celui qui s’est connecté n’y figure pas : échec.',
  'beginner.step.check.dkim.pass':
    'Contrôle 2 : le message porte une signature numérique du fournisseur de {sender}. Le serveur de réception la vérifie avec la clé publiée du fournisseur : réussi.',
  'beginner.step.check.dkim.permerror':
    'Contrôle 2 : le serveur de réception cherche la clé publiée du fournisseur pour vérifier la signature, mais n’en trouve aucune : elle ne peut pas être vérifiée du tout.',
  'beginner.step.check.dmarc.pass':
    'Contrôle 3 : au moins un des deux premiers contrôles a réussi pour le fournisseur de {sender}, donc le serveur de réception accepte le message.',
  'beginner.step.check.dmarc.absent':
    'Le fournisseur de {sender} ne publie aucune règle pour les contrôles échoués : rien de plus n’est demandé. Le serveur de réception accepte le message.',
  'beginner.step.check.dmarc.none':
    'Contrôle 3 : les deux contrôles ont échoué, mais la règle du fournisseur de {sender} dit seulement de le signaler. Le serveur accepte le message.',
  'beginner.step.check.dmarc.quarantine':
    'Contrôle 3 : les deux contrôles ont échoué, et la règle du fournisseur de {sender} dit : acceptez-le, mais traitez-le comme du spam.',
  'beginner.step.check.dmarc.reject':
    'Contrôle 3 : les deux contrôles ont échoué, et la règle du fournisseur de {sender} dit : refusez-le. Le message est peut-être un faux.',
  'beginner.step.filter':
    'Le serveur de réception confie le message à un filtre qui y cherche spam et virus. Tout semble en ordre.',
  'beginner.step.filter.spam':
    'Le filtre analyse le message et décide qu’il ressemble à du spam. Il ira dans le dossier Indésirables, pas dans la boîte de réception.',
  'beginner.step.filter.quarantine':
    'Les contrôles de l’expéditeur ont échoué et la règle de son domaine, appliquée à ce message, dit Indésirables : le filtre l’envoie donc dans le dossier Indésirables.',
  'beginner.step.store':
    'Le message est rangé dans la boîte aux lettres de {recipient}, chez le fournisseur. Il y attend : rien n’est encore envoyé au téléphone de {recipient}.',
  'beginner.step.store.junk':
    'Le message est rangé dans le dossier Indésirables de la boîte aux lettres de {recipient}, chez le fournisseur.',
  'beginner.step.store.local':
    '{recipient} a le même fournisseur que {sender} : pas de voyage à travers Internet. Le serveur range le message directement dans la boîte aux lettres.',
  'beginner.step.login.imap':
    'Avant même que {sender} n’appuie sur Envoyer, l’appli de messagerie de {recipient} était déjà reliée au serveur de lecture du fournisseur. Elle attend qu’on lui annonce du nouveau courrier.',
  'beginner.step.login.pop3':
    '{recipient} ouvre son appli de messagerie. Elle se connecte au serveur de lecture du fournisseur, qui ouvre la boîte de {recipient} pour le téléchargement.',
  'beginner.step.login.imap.junk':
    '{recipient} ouvre le dossier Indésirables. L’appli demande au serveur de lecture du fournisseur ce qu’il contient.',
  'beginner.step.notice':
    'Le serveur de lecture prévient l’appli de {recipient} : du nouveau courrier est arrivé. Ce court avis ne contient pas le message lui-même.',
  'beginner.step.fetch':
    'C’est seulement maintenant que l’appli demande le message lui-même. Le courrier n’arrive dans une appli que quand elle le demande.',
  'beginner.step.read.imap':
    'L’appli affiche le message et {recipient} le lit. Il reste sur le serveur : les autres appareils de {recipient} le voient aussi.',
  'beginner.step.read.imap.junk':
    'L’appli de {recipient} affiche le message dans le dossier Indésirables. Les dossiers sont rangés sur le serveur.',
  'beginner.step.read.pop3': 'L’appli télécharge le message sur cet appareil, et {recipient} le lit.',
  'beginner.step.read.pop3.junk':
    'Ce type d’appli ne télécharge que la boîte de réception : le message attend, jamais vu, dans le dossier Indésirables.',
  'beginner.step.queue.retry':
    'Le message attend dans la file d’attente du serveur sortant. Après environ {minutes} minutes, le serveur réessaie.',
  'beginner.step.queue.stuck':
    'Le message reste dans la file d’attente. Le serveur réessaie pendant {days} jours au plus, puis abandonne et prévient {sender}.',
  'beginner.step.bounce':
    'Le serveur sortant ne peut pas livrer le message : il en écrit un nouveau, un avis de non-remise qui explique pourquoi, et le met dans la boîte de {sender}.',
  'beginner.step.bounce-fetch':
    'L’appli de {sender} demande à la boîte aux lettres de {sender} s’il y a du nouveau courrier.',
  'beginner.step.bounce-read':
    '{sender} lit l’avis de non-remise : un message automatique du système de messagerie qui explique pourquoi le message n’a pas pu être remis.',
  'beginner.summary.delivered': '{recipient} a reçu le message, {steps} étapes plus tard.',
  'beginner.summary.delivered.minutes': '{recipient} a reçu le message, {steps} étapes plus tard.',
  'beginner.summary.bounced.list':
    'La liste n’a pas pu transmettre le message. L’avis de non-remise est allé à la liste elle-même : {sender} n’en sait rien.',
  'beginner.summary.bounced':
    'Le message n’a pas pu être remis. La boîte de réception de {sender} contient un avis de non-remise qui explique pourquoi.',
  'beginner.summary.rejected':
    'Le serveur d’envoi a refusé le message : rien n’est parti. L’appli de {sender} a affiché pourquoi.',
  'beginner.summary.deferred': 'Pas encore remis : le message attend au serveur sortant, qui réessaiera plus tard.',
  'beginner.summary.quarantined': 'Le message a été remis, mais dans le dossier Indésirables de {recipient}.',
  'beginner.summary.all': 'Les {total} destinataires ont reçu le message, {steps} étapes plus tard.',
  'beginner.summary.all.minutes': 'Les {total} destinataires ont reçu le message, {steps} étapes plus tard.',
  'beginner.summary.some':
    '{reached} destinataires sur {total} ont reçu le message. Un avis de non-remise dans la boîte de {sender} nomme chaque échec définitif.',
  'beginner.summary.spoof-rejected':
    'Un faux message prétendant venir de {sender} a été refusé par le serveur de réception de {recipient}. {sender} n’a rien envoyé et n’en sait rien.',
  'beginner.label.compose': 'Écrire et envoyer',
  'beginner.label.submit': 'Remise au fournisseur',
  'beginner.label.refuse': 'Erreur affichée',
  'beginner.label.handoff': 'Passage au serveur sortant',
  'beginner.label.dns-mx': 'Trouver les serveurs de messagerie',
  'beginner.label.dns-host': 'Trouver l’adresse',
  'beginner.label.dns-a': 'Trouver l’adresse',
  'beginner.label.dns-aaaa': 'Trouver l’adresse récente',
  'beginner.label.relay': 'Livraison au serveur de réception',
  'beginner.label.check-ptr': 'Qui appelle ?',
  'beginner.label.check-spf': 'Contrôle de l’expéditeur 1',
  'beginner.label.check-dkim': 'Contrôle de l’expéditeur 2',
  'beginner.label.check-dmarc': 'Contrôle de l’expéditeur 3',
  'beginner.label.reply': 'La réponse revient',
  'beginner.label.queue': 'Attendre et réessayer',
  'beginner.label.filter': 'Contrôle antispam',
  'beginner.label.store': 'Rangement dans la boîte aux lettres',
  'beginner.label.login': 'Ouvrir l’appli de messagerie',
  'beginner.label.notice': 'Avis de nouveau courrier',
  'beginner.label.fetch': 'Demande du message',
  'beginner.label.read': 'Lecture du courriel',
  'beginner.label.bounce': 'Écrire un avis de non-remise',
  'beginner.label.bounce-fetch': 'L’expéditeur relève son courrier',
  'beginner.label.store.of': 'Ranger dans la boîte de {name}',
  'beginner.label.login.of': 'L’appli de messagerie de {name}',
  'beginner.label.notice.of': 'Avis de nouveau courrier pour {name}',
  'beginner.label.fetch.of': 'L’appli de {name} demande le message',
  'beginner.label.read.of': '{name} lit l’e-mail',
  'beginner.label.bounce-read': 'Lire l’avis de non-remise',
  'beginner.myth.1':
    'Ce sont des rôles, pas des boîtes : le serveur d’envoi exige le mot de passe de l’expéditeur ; entre serveurs de fournisseurs, pas de mot de passe : le destinataire vérifie l’expéditeur.',
  'beginner.myth.2':
    'Le serveur de lecture laisse seulement l’application entrer dans sa boîte, pour récupérer le courrier ou ranger sa copie dans Envoyés. Il n’envoie jamais de courrier et n’en reçoit d’aucun serveur.',
  'beginner.myth.3':
    'Avec un webmail, le navigateur parle au site web du fournisseur ; ce sont ensuite les serveurs du fournisseur qui envoient le courrier.',
  'beginner.myth.4':
    'Le courrier pour quelqu’un du même fournisseur passe quand même d’abord par la boîte aux lettres. Le serveur de lecture ne le donne que quand l’appli le demande.',
  'beginner.myth.5':
    'L’annuaire donne l’adresse du serveur de messagerie du destinataire, pas celle de son ordinateur.',
  'beginner.myth.6':
    'Les routeurs d’Internet transportent les morceaux du message mais ne lisent ni ne gardent jamais le courrier. Seuls les serveurs de messagerie de l’image le traitent.',
  'beginner.myth.7':
    'Le serveur de réception vérifie l’adresse sur l’enveloppe, pas la ligne « À » que vous voyez. C’est ainsi que marchent les copies cachées.',
  'beginner.label.sent': 'Garder une copie dans Envoyés',
  'beginner.label.forward': 'Transmis à un autre fournisseur',
  'beginner.step.compose.webmail':
    '{sender} écrit à {recipient} sur la page web du fournisseur et appuie sur Envoyer. Le site du fournisseur construit le message, avec une étiquette en haut.',
  'beginner.step.webmail':
    'Le navigateur de {sender} envoie le message au site du fournisseur par une connexion web chiffrée. Le navigateur ne parle jamais lui-même aux serveurs de messagerie.',
  'beginner.step.submit.webmail':
    'Le site du fournisseur remet le message au serveur d’envoi du fournisseur, en interne. Le serveur répond : reçu, je m’en charge.',
  'beginner.step.submit.465':
    'L’appli de {sender} se connecte au serveur d’envoi, chiffré dès le tout premier octet, s’identifie et remet le message. Le serveur le prend en charge.',
  'beginner.step.submit.refused.webmail':
    'Le site du fournisseur essaie de remettre le message au serveur d’envoi du fournisseur, mais le serveur refuse.',
  'beginner.step.submit.refused.465':
    'L’appli de {sender} se connecte au serveur d’envoi, chiffré dès le premier octet, et essaie de remettre le message, mais le serveur refuse.',
  'beginner.step.submit.refused.password.webmail':
    'Le site du fournisseur essaie de remettre le message pour {sender}, mais l’identifiant est faux : le serveur d’envoi refuse.',
  'beginner.step.submit.refused.password.465':
    'L’appli de {sender} se connecte au serveur d’envoi, chiffré dès le premier octet, mais avec un mauvais mot de passe. Le serveur refuse.',
  'beginner.step.submit.refused.size.webmail':
    'Le site du fournisseur essaie de remettre le message, mais il est trop gros pour le serveur d’envoi, qui le refuse.',
  'beginner.step.submit.refused.size.465':
    'L’appli de {sender} se connecte au serveur d’envoi, chiffré dès le premier octet, et annonce la taille du message : trop gros, le serveur refuse.',
  'beginner.step.refuse.webmail':
    'La page web montre à {sender} l’erreur du serveur. Rien n’est parti : personne d’autre ne voit ce message, aucun avis de non-remise.',
  'beginner.step.refuse.password.webmail':
    'La page web signale à {sender} que l’identifiant était faux. Rien n’est parti : personne d’autre ne voit ce message, aucun avis de non-remise.',
  'beginner.step.refuse.size.webmail':
    'La page web signale à {sender} que le message est trop gros. Rien n’est parti : personne ne le voit, aucun avis de non-remise.',
  'beginner.step.sent.imap':
    'L’appli de {sender} range une copie dans le dossier Envoyés, sur le serveur du fournisseur : le téléphone de {sender} affiche aussi le message envoyé.',
  'beginner.step.sent.pop3':
    'Cette appli garde sa copie des envoyés sur l’ordinateur seulement : avec cette façon de lire le courrier, le serveur n’a pas de dossier Envoyés.',
  'beginner.step.sent.webmail':
    'Le fournisseur range une copie dans le dossier Envoyés de {sender}, sur son serveur : chaque appareil de {sender} affiche le message envoyé.',
  'beginner.step.spoof.compose':
    'Le serveur d’un inconnu, sans lien avec le fournisseur de {sender}, écrit un message prétendant venir de {sender}. Il ne peut pas le signer avec la clé du fournisseur.',
  'beginner.step.spoof.relay':
    'Le serveur de l’inconnu livre le faux message directement au serveur de réception de {recipient}. Tout le monde peut se connecter ; croire l’expéditeur se décide plus tard.',
  'beginner.step.check.dkim.forged':
    'Le serveur de réception vérifie la signature avec la clé publiée par le fournisseur de {sender}. Elle ne correspond pas : quelqu’un d’autre l’a écrit.',
  'beginner.step.reply.spoof':
    'Le serveur de réception refuse le faux message et le dit au serveur de l’inconnu. {sender} n’en sait jamais rien : elle n’a rien envoyé.',
  'beginner.step.bounce.forwarded':
    'Le serveur de transfert n’a pas pu transmettre le message : il écrit lui-même l’avis de non-remise et le renvoie dans la boîte de {sender}.',
  'beginner.step.bounce.list':
    'Le serveur de la liste n’a pas pu transmettre le message. L’avis de non-remise revient à la liste elle-même : {sender} n’en sait rien.',
  'beginner.step.forward':
    'L’ancienne adresse de {recipient} transfère son courrier : ce fournisseur renvoie le message au fournisseur actuel, en notant qu’il a vérifié l’expéditeur.',
  'beginner.step.forward.list':
    'L’adresse est une liste de diffusion : son serveur envoie une copie à chaque membre, marque l’objet, ajoute un pied de page et envoie au nom de la liste.',
  'beginner.step.check.spf.forwarded':
    'Le serveur de réception vérifie qui peut envoyer pour le domaine du serveur de transfert : il le peut, c’est réussi. Mais ce n’est pas le domaine de {sender}.',
  'beginner.step.check.spf.list':
    'Le serveur de réception vérifie qui peut envoyer pour le domaine de la liste : son serveur en a le droit, et la liste écrit désormais en son propre nom.',
  'beginner.step.check.dkim.list':
    'Le serveur de réception vérifie la signature : la liste a modifié l’objet et ajouté un pied de page, la signature ne correspond donc plus.',
  'label.starttls': 'Un homme du milieu supprime STARTTLS',
  'label.report-dmarc': 'Un rapport DMARC au propriétaire du domaine',
  'label.report-tls': 'Un rapport TLS au domaine destinataire',
  'step.spoof.compose.display-name':
    '{spoofer} écrit un message From: "{display}" <{forgedFrom}>. Le nom ressemble à {sender} de {senderDomain}, mais l’adresse est dans le propre domaine du faussaire, qu’il signe et liste dans son propre SPF.',
  'step.spoof.compose.lookalike':
    '{spoofer} écrit un message From: {forgedFrom} : un domaine sosie (cousin), un chiffre 1 à la place de la lettre l. Le faussaire possède ce domaine : il publie pour lui SPF, une clé DKIM et DMARC.',
  'step.spoof.compose.homograph':
    '{spoofer} écrit un message From: {forgedFrom}. Un client qui affiche l’Unicode le montre comme {unicode}, avec un а cyrillique ; le vrai nom est le punycode {forgedFrom}, un domaine que le faussaire possède et signe.',
  'step.check.spf.softfail':
    'Au MAIL FROM, {mx} a récupéré l’enregistrement SPF de {senderDomain} : {record}. {ip} n’y figure pas et l’enregistrement finit par ~all : SPF donne softfail, suspect, mais les destinataires acceptent en général et le marquent.',
  'step.check.spf.neutral':
    'Au MAIL FROM, {mx} a récupéré l’enregistrement SPF de {senderDomain} : {record}. {ip} n’y figure pas et l’enregistrement finit par ?all : SPF dit neutral, le domaine ne se prononce pas.',
  'step.check.spf.none':
    '{mx} demande un enregistrement SPF de {senderDomain} (le domaine de l’expéditeur d’enveloppe) : aucun n’est publié, SPF n’a donc pas de résultat (none). Rien ne dit quels serveurs peuvent envoyer pour lui.',
  'step.check.spf.permerror':
    '{mx} a récupéré l’enregistrement SPF de {senderDomain}, mais le suivre demanderait plus de 10 requêtes DNS (include, a, mx…), la limite de la RFC 7208 : SPF donne permerror, une erreur dans l’enregistrement lui-même.',
  'step.check.spf.forger':
    'SPF vérifie le domaine de l’expéditeur d’enveloppe, {spfDomain}, pas le From: que voit le lecteur. {ip} est dans son enregistrement SPF ({record}) : SPF réussit. SPF prouve seulement que ce serveur peut envoyer pour {spfDomain}.',
  'step.check.dkim.none':
    'Le message ne porte aucune DKIM-Signature : le fournisseur de {senderDomain} ne l’a pas signé. DKIM n’a pas de résultat (none) : seul un succès SPF aligné peut maintenant satisfaire DMARC.',
  'step.check.dkim.broken':
    '{mx} récupère la clé DKIM de {senderDomain} et vérifie la signature, mais un serveur en chemin a modifié le corps ou l’en-tête signés (un pied de page, un objet réécrit) : les empreintes diffèrent, DKIM échoue.',
  'step.check.dkim.forger':
    'Le faussaire a signé avec d={dkimDomain}, un domaine qu’il possède, et publie la clé : {mx} la vérifie, DKIM réussit. Une signature prouve qui a signé, pas que le signataire est celui que croit le lecteur.',
  'step.check.dmarc.forger':
    '{mx} lit l’enregistrement DMARC de {senderDomain} : {record}. SPF et DKIM ont réussi pour {senderDomain} lui-même et sont alignés sur From: : DMARC réussit. La politique du vrai domaine n’est jamais consultée : rien ici n’est falsifié au sens de DMARC.',
  'step.check.dmarc.pct':
    '{mx} lit la politique DMARC de {senderDomain} : {record}. Ni SPF ni DKIM n’ont réussi alignés, mais pct={pct} n’applique la politique qu’à cette part du courrier en échec. Cette simulation choisit les messages par une empreinte du Message-ID (celui-ci : {bucket} sur 100, pas en dessous de {pct}) : il reçoit le traitement inférieur suivant : {disposition}.',
  'step.starttls.stripped':
    '{mx} propose STARTTLS dans sa réponse EHLO, mais {mitm}, un homme du milieu sur le chemin, supprime la ligne 250-STARTTLS. {mta} ne voit aucune offre et, comme le TLS opportuniste le permet, continue sans chiffrement.',
  'step.starttls.stripped.testing':
    '{mitm} supprime 250-STARTTLS de la réponse EHLO de {mx}. La politique MTA-STS de {recipientDomain} n’est qu’en mode testing : {mta} note l’échec pour un rapport, mais remet quand même en clair.',
  'step.starttls.stripped.mta-sts':
    '{mitm} supprime 250-STARTTLS de la réponse EHLO de {mx}. Mais {mta} a en cache la politique MTA-STS de {recipientDomain}, mode enforce : sans TLS, il ne doit pas remettre. Il dit QUIT et garde le message en file.',
  'step.starttls.stripped.dane':
    '{mitm} supprime 250-STARTTLS de la réponse EHLO de {mx}. Mais {recipientDomain} publie des enregistrements TLSA pour {mx} dans une zone signée DNSSEC (DANE) : {mta} exige TLS, dit QUIT et garde le message en file.',
  'step.relay.plain':
    '{mta} envoie MAIL FROM, RCPT TO et tout le message à {mx} sans chiffrement. Chaque ligne traverse le réseau en clair, et {mitm} en garde une copie. {mx} l’accepte (250) : rien ne semble anormal aux deux serveurs.',
  'step.queue.tls':
    'Le message attend dans la file d’attente de {mta} : il n’ira pas en clair vers {mx}. Chaque nouvel essai rencontre le même attaquant ; au bout de {days} jours, il abandonne et renvoie un avis de non-remise ({status}). Rien n’a traversé le réseau en clair.',
  'step.report.dmarc':
    'Les serveurs de {recipientDomain} envoient leur rapport agrégé DMARC quotidien à {rua}, comme le demande l’enregistrement de {senderDomain} (rua=) : un résumé XML des IP qui ont envoyé du courrier au nom de {senderDomain}, de leurs résultats SPF et DKIM, et de ce qui a été fait ({disposition}).',
  'step.report.tls':
    '{mta} compte la session TLS échouée dans son rapport TLS quotidien à {recipientDomain}, à l’adresse {rua}, comme le demande son enregistrement TLS-RPT : un résumé JSON avec le résultat starttls-not-supported, envoyé en HTTPS, que l’homme du milieu ne peut pas supprimer.',
  'step.report.tls.testing':
    '{mta} compte l’échec dans son rapport TLS quotidien à {rua}, comme le demande l’enregistrement TLS-RPT de {recipientDomain} : en mode testing, MTA-STS ne fait que signaler les échecs. Le propriétaire du domaine apprend l’attaque, mais le message a déjà traversé en clair.',
  'myth.8':
    '« STARTTLS chiffre toujours » est faux : sur le port 25, il est seulement proposé, et quiconque se trouve sur le chemin peut supprimer l’offre. Seuls MTA-STS en mode enforce ou DANE font exiger TLS à un expéditeur.',
  'myth.9':
    '« SPF protège l’adresse From: » est faux : SPF vérifie l’expéditeur d’enveloppe (MAIL FROM) et l’IP d’envoi. Seul DMARC relie un succès SPF ou DKIM au domaine du From: que voit le lecteur.',
  'myth.10':
    '« DMARC arrête les domaines sosies » est faux : DMARC protège un domaine et ses sous-domaines, pas les noms qui lui ressemblent seulement. examp1e.com ou un homographe est un autre domaine avec ses propres enregistrements ; seuls l’attention du lecteur et les filtres aident.',
  'card.spoof': 'Un faussaire envoie à la place (usurpateur)',
  'card.forgery': 'Ce que le faussaire écrit dans From:',
  'card.forgery.exact': 'L’adresse exacte de l’expéditeur',
  'card.forgery.display-name': 'Son nom, avec sa propre adresse (nom affiché)',
  'card.forgery.lookalike': 'Un domaine sosie (examp1e.com)',
  'card.forgery.homograph': 'Un homographe (а cyrillique, punycode)',
  'card.spf.softfail': 'Serveurs du fournisseur, puis ~all (softfail)',
  'card.spf.neutral': 'Serveurs du fournisseur, puis ?all (neutral)',
  'card.spf.permerror': 'Trop de requêtes (permerror)',
  'card.dkim-signing': 'Signature DKIM par le fournisseur de {target}',
  'card.dkim-signing.signed': 'Signe chaque message',
  'card.dkim-signing.unsigned': 'Ne signe pas',
  'card.dkim-signing.broken': 'Signe, mais un saut casse la signature',
  'card.dmarc-pct': 'pct= DMARC de {target}',
  'card.dmarc-pct.value': 'pct={pct}',
  'card.dmarc-align': 'Alignement DMARC de {target}',
  'card.dmarc-align.relaxed': 'Souple (même organisation)',
  'card.dmarc-align.strict': 'Strict (domaine exact, adkim=s aspf=s)',
  'card.dmarc-rua': 'Rapports DMARC à dmarc-reports@{target} (rua)',
  'card.mta-sts': 'Politique MTA-STS de {target}',
  'card.mta-sts.none': 'Aucune',
  'card.mta-sts.testing': 'testing (rapport seulement)',
  'card.mta-sts.enforce': 'enforce (TLS, ou attendre dans la file d’attente)',
  'card.dane': 'Enregistrements TLSA DANE de {target}',
  'card.dane.none': 'Aucun',
  'card.dane.dnssec': 'Publiés, zone signée avec DNSSEC',
  'card.dane.no-dnssec': 'Publiés, zone non signée',
  'card.tls-rpt': 'Rapports TLS pour {target} (TLS-RPT)',
  'card.mitm': 'Un homme du milieu supprime STARTTLS',
  'edit.spf.softfail': 'L’enregistrement SPF de {domain} finit par ~all (softfail)',
  'edit.spf.neutral': 'L’enregistrement SPF de {domain} finit par ?all (neutral)',
  'edit.spf.permerror': 'L’enregistrement SPF de {domain} demande trop de requêtes (permerror)',
  'edit.dkim-signing.signed': 'Le fournisseur de {domain} signe avec DKIM',
  'edit.dkim-signing.unsigned': 'Le fournisseur de {domain} ne signe pas avec DKIM',
  'edit.dkim-signing.broken': 'Un saut en chemin casse la signature DKIM de {domain}',
  'edit.dmarc-pct': 'La politique DMARC de {domain} s’applique à {pct} % du courrier en échec (pct={pct})',
  'edit.dmarc-align.relaxed': 'L’alignement DMARC de {domain} est souple',
  'edit.dmarc-align.strict': 'L’alignement DMARC de {domain} est strict',
  'edit.dmarc-rua.true': '{domain} demande des rapports agrégés DMARC',
  'edit.dmarc-rua.false': '{domain} ne demande aucun rapport DMARC',
  'edit.mta-sts.none': '{domain} ne publie aucune politique MTA-STS',
  'edit.mta-sts.testing': 'La politique MTA-STS de {domain} est en mode testing',
  'edit.mta-sts.enforce': 'La politique MTA-STS de {domain} est appliquée (enforce)',
  'edit.dane.none': '{domain} ne publie aucun enregistrement TLSA',
  'edit.dane.dnssec': '{domain} publie des enregistrements TLSA dans une zone signée DNSSEC (DANE)',
  'edit.dane.no-dnssec': '{domain} publie des enregistrements TLSA, mais sa zone n’est pas signée',
  'edit.tls-rpt.true': '{domain} demande des rapports TLS',
  'edit.tls-rpt.false': '{domain} ne demande aucun rapport TLS',
  'edit.mitm.true': 'Un homme du milieu supprime STARTTLS entre les relais',
  'edit.mitm.false': 'Personne ne modifie la connexion entre les relais',
  'edit.forgery.exact': 'Le faussaire écrit l’adresse exacte de l’expéditeur',
  'edit.forgery.display-name': 'Le faussaire écrit son nom avec sa propre adresse',
  'edit.forgery.lookalike': 'Le faussaire écrit un domaine sosie',
  'edit.forgery.homograph': 'Le faussaire écrit un domaine homographe',
  // Le relais ouvert et la confiance ARC (email-facts.md §8, §9): cartes, modifications, image, légendes, idées reçues.
  'card.forgery.open-relay': 'L’adresse exacte de l’expéditeur, via un relais ouvert',
  'edit.forgery.open-relay': 'Le faussaire envoie l’adresse exacte de l’expéditeur via un relais ouvert',
  'card.arc-trust': 'Faire confiance au sceau ARC du service de transfert {target}',
  'edit.arc-trust.true': 'Le MX de réception fait confiance au sceau ARC de {domain}',
  'edit.arc-trust.false': 'Le MX de réception ne fait pas confiance au sceau ARC de {domain}',
  'node.spoofer.open-relay': 'Un faussaire derrière un relais ouvert',
  'step.spoof.compose.open-relay':
    'Un serveur sans aucun lien avec {senderDomain}, {spoofer}, écrit un message avec un expéditeur falsifié : From: {from}, avec une DKIM-Signature copiée qu’il ne peut pas rendre valide. Il ne l’envoie pas lui-même : il la confie à {relay}, un relais ouvert.',
  'step.spoof.relay.open-relay':
    '{spoofer} confie le message à {relay}, un serveur mal configuré qui relaie pour n’importe qui (un relais ouvert). {relay} se connecte à {mx} depuis sa propre adresse {ip}, en annonçant MAIL FROM:<{from}>, et {mx} accepte le RCPT (250). L’adresse du faussaire est cachée, mais {ip} ne figure pas non plus dans le SPF de {senderDomain}.',
  'step.reply.spoof.open-relay':
    '{mx} refuse le message après le point final : {reply}. Le refus revient à {relay}, le relais ouvert qui s’est connecté, et non à {spoofer} ; le MX n’écrit lui-même aucun avis de non-remise. Mais {relay} avait accepté le message (250) : en vrai serveur de messagerie, il doit maintenant signaler l’échec à MAIL FROM:<{from}>, et {sender} reçoit un rebond (backscatter) pour un message qu’elle n’a jamais envoyé.',
  'summary.spoof-rejected.open-relay':
    'Un message usurpé prétendant venir de {sender} a été refusé par le serveur de messagerie de {recipient} : ni SPF ni DKIM n’a réussi pour le domaine du From:, et sa politique DMARC dit reject. {sender} n’a rien envoyé, mais le relais ouvert qui l’a fait suivre lui renvoie le refus en avis de non-remise : du backscatter.',
  'step.check.dmarc.arc':
    '{mx} lit la politique DMARC de {senderDomain} : {record}. Ni SPF ni DKIM n’a réussi de façon alignée : DMARC échoue. Mais la copie porte une chaîne ARC scellée par {sealer}, à qui {mx} fait confiance : elle est valide (arc=pass) et dit que DMARC a réussi chez le service de transfert. Par une dérogation de sa politique locale, {mx} l’accepte (250) et note dmarc=fail (p=reject dis=none).',
  'myth.11':
    '« Un relais ouvert fait passer un faux » est faux : il cache seulement l’adresse du faussaire. Le MX vérifie l’adresse du relais, qui ne figure pas non plus dans le SPF du domaine, et personne ne peut signer pour le domaine. Les relais ouverts finissent en outre sur des listes de blocage.',
  'myth.12':
    '« ARC fait réussir DMARC » est faux : DMARC échoue toujours ici. ARC est une preuve scellée de ce qu’un service de transfert a vu ; un destinataire peut choisir d’y croire, puis déroger à sa politique.',
  'beginner.step.spoof.compose.open-relay':
    'Le serveur d’un inconnu écrit un message qui prétend venir de {sender}. Pour cacher d’où il vient, il l’enverra par le serveur mal tenu de quelqu’un d’autre.',
  'beginner.step.spoof.relay.open-relay':
    'Un serveur mal tenu fait suivre le courrier de tous. Le serveur de réception voit ce serveur, pas l’inconnu, mais lui non plus ne peut envoyer pour {sender}.',
  'beginner.step.reply.spoof.open-relay':
    'Le serveur de réception refuse le faux. Le serveur mal tenu envoie alors à {sender} un avis d’échec pour un message qu’elle n’a jamais écrit.',
  'beginner.summary.spoof-rejected.open-relay':
    'Un faux message prétendant venir de {sender} a été refusé par le serveur de réception de {recipient}. Le serveur mal tenu qui l’a fait suivre envoie quand même un avis d’échec à {sender}.',
  'beginner.step.check.dmarc.arc':
    'Le contrôle 3 échoue. Mais le service de transfert a scellé dans l’en-tête que le message avait passé ses contrôles, et ce serveur lui fait confiance : il l’accepte.',
  'beginner.myth.11':
    'Passer par le serveur d’un autre cache le faussaire, mais ce serveur n’a pas non plus le droit d’envoyer pour le domaine : les contrôles échouent quand même.',
  'beginner.myth.12':
    'Le sceau du service de transfert ne fait pas réussir le contrôle de l’expéditeur. C’est une promesse, que le serveur de réception peut choisir de croire.',
  'graph.copy': 'copie',
  'graph.plain': 'lisible',
  'graph.says.copy': '{node} garde une copie lisible du message.',
  'graph.says.plain': '{from} vers {to} : envoyé sans chiffrement.',
  'graph.says.notAligned': '{check} réussit, non aligné sur From:',
  'graph.says.result': '{check} : {result}',
  'graph.ownResolver.title': 'Résolveur DNS',
  'graph.ownResolver': 'Résolveur de {domain}, {host}',
  'graph.says.ownResolver':
    '{node} interroge le résolveur de {domain}, {host}, pour les enregistrements qu’il vérifie ; chaque réponse vient de la zone qui contient le nom.',
  'beginner.label.starttls': 'Quelqu’un retire l’offre de chiffrement',
  'beginner.label.report-dmarc': 'Un rapport pour le propriétaire du domaine',
  'beginner.label.report-tls': 'Un rapport sur le chiffrement manqué',
  'beginner.step.spoof.compose.display-name':
    'Un inconnu écrit un message qui affiche le nom {sender}, mais depuis sa propre adresse. Le nom n’est qu’un texte que n’importe qui peut taper.',
  'beginner.step.spoof.compose.lookalike':
    'Un inconnu écrit depuis un domaine qui ressemble à celui de {sender} : un chiffre 1 à la place de la lettre l. C’est un autre domaine, celui de l’inconnu.',
  'beginner.step.spoof.compose.homograph':
    'Un inconnu écrit depuis un domaine identique en apparence à celui de {sender}, avec une lettre étrangère. Les applis prudentes montrent son vrai nom, étrange.',
  'beginner.step.check.spf.softfail':
    'Contrôle 1 : l’ordinateur d’envoi n’est pas sur la liste, mais la liste dit seulement « probablement pas ». La plupart des serveurs acceptent et le marquent.',
  'beginner.step.check.spf.neutral':
    'Contrôle 1 : l’ordinateur d’envoi n’est pas sur la liste, et la liste ne se prononce pas. Pas de verdict.',
  'beginner.step.check.spf.none':
    'Contrôle 1 : ce domaine ne publie aucune liste d’ordinateurs autorisés à envoyer : il n’y a rien à vérifier.',
  'beginner.step.check.spf.permerror':
    'Contrôle 1 : la liste des ordinateurs d’envoi est trop longue à suivre, une erreur dans l’enregistrement lui-même. Le contrôle ne peut pas répondre.',
  'beginner.step.check.spf.forger':
    'Contrôle 1 : l’ordinateur de l’inconnu est sur la liste de son propre domaine. Réussi, mais cela ne vérifie que l’expéditeur caché de l’enveloppe.',
  'beginner.step.check.dkim.none':
    'Contrôle 2 : le message ne porte aucune signature numérique. Rien à vérifier : ce contrôle ne réussit donc pas.',
  'beginner.step.check.dkim.broken':
    'Contrôle 2 : un serveur en chemin a modifié le message : la signature ne correspond plus. Échec.',
  'beginner.step.check.dkim.forger':
    'Contrôle 2 : l’inconnu a signé avec la clé de son propre domaine, et cette clé fonctionne : réussi. Cela prouve qui a signé, rien de plus.',
  'beginner.step.check.dmarc.forger':
    'Contrôle 3 : les deux contrôles ont réussi pour le domaine de l’inconnu : le message est accepté. Le vrai domaine de {sender} n’est jamais consulté.',
  'beginner.step.check.dmarc.pct':
    'Contrôle 3 : les deux contrôles ont échoué, mais la règle ne couvre qu’une partie de ce courrier, et ce message n’en fait pas partie : un traitement plus doux.',
  'beginner.step.starttls.stripped':
    'Un attaquant en chemin supprime l’offre de chiffrement du serveur de réception. Le serveur d’envoi continue sans chiffrement.',
  'beginner.step.starttls.stripped.testing':
    'Un attaquant supprime l’offre de chiffrement. Le domaine destinataire a seulement demandé à être prévenu : l’expéditeur continue en clair et le signale.',
  'beginner.step.starttls.stripped.mta-sts':
    'Un attaquant supprime l’offre de chiffrement. Mais le domaine destinataire publie une règle : chiffré ou rien. L’expéditeur s’arrête et attend.',
  'beginner.step.starttls.stripped.dane':
    'Un attaquant supprime l’offre de chiffrement. Mais des enregistrements DNS signés disent que ce serveur doit chiffrer. L’expéditeur s’arrête et attend.',
  'beginner.step.relay.plain':
    'Le message voyage jusqu’au serveur de réception sans chiffrement. L’attaquant en chemin le lit et en garde une copie.',
  'beginner.step.queue.tls':
    'Le message attend dans la file plutôt que de voyager en clair. Chaque nouvel essai rencontre le même attaquant : il continue d’attendre.',
  'beginner.step.report.dmarc':
    'Plus tard, le fournisseur destinataire envoie un rapport au fournisseur de {sender} : quels serveurs ont envoyé du courrier en son nom, et ce qu’il en est advenu.',
  'beginner.step.report.tls':
    'Dans son rapport quotidien, le serveur d’envoi signale au domaine destinataire que le chiffrement a échoué : son propriétaire apprend l’attaque.',
  'beginner.step.report.tls.testing':
    'Le serveur d’envoi signale l’échec du chiffrement. Le propriétaire du domaine apprend l’attaque, mais ce message était déjà lisible.',
  'beginner.myth.8':
    'Le chiffrement entre serveurs de messagerie est seulement proposé, pas promis : un attaquant peut supprimer l’offre, sauf si le domaine l’exige.',
  'beginner.myth.9':
    'Le premier contrôle ne regarde pas la ligne From: que vous voyez. Il vérifie l’expéditeur caché de l’enveloppe et l’ordinateur d’envoi.',
  'beginner.myth.10':
    'La règle du domaine protège ce domaine et ses sous-domaines, pas les noms qui lui ressemblent. Un nom sosie est un autre domaine, dont les contrôles peuvent tous réussir.',
} satisfies Record<keyof typeof enJourney, string>;
