// Mots français du détail Expert (transcriptions de protocole, notes, vues de la boîte aux lettres).
// Les clés suivent l'ordre de ../en/detail.ts ; le type exige chaque clé anglaise et aucune autre.
import type { enDetail } from '../en/detail';

export const frDetail = {
  'note.tls':
    'Le chiffrement commence ici (poignée de main TLS ; le client vérifie le certificat de {server}). Le client doit redire EHLO : ce qu’il avait appris avant est oublié.',
  'note.imap.seen':
    'Une lecture sans PEEK marque le message \\Seen sur le serveur : tous les appareils le voient comme lu.',
  'note.imap.idle':
    'Depuis {time}, l’appli attend avec IDLE. Quand un message est classé, le serveur l’annonce (par exemple « * 4 EXISTS »), sans son contenu.',
  'note.imap.earlier':
    '{time}, avant que {sender} n’appuie sur Envoyer : l’appli s’est connectée, s’est identifiée et a ouvert la boîte de réception. Notre message n’y était pas encore.',
  'note.imap.announce':
    '{time} : le message vient d’être classé, et le serveur l’annonce aussitôt à l’appli qui attend.',
  'note.literal': '… {octets} octets du message …',
  'note.pop3.inboxOnly':
    'POP3 ne voit que la boîte de réception ; le message du dossier Indésirables n’est pas dans cette liste.',
  'note.pop3.dele': 'DELE ne fait que marquer le message ; rien n’est encore supprimé.',
  'note.pop3.update':
    'Après QUIT, le serveur supprime le message marqué. Si la connexion avait été coupée avant QUIT, rien n’aurait été supprimé.',
  'note.dsn.nullSender':
    'Un avis de non-remise part de l’expéditeur vide <> : ainsi, personne ne renvoie jamais un rebond à un rebond.',
  'note.dsn.srs':
    'Le serveur de transfert a reçu l’expéditeur d’enveloppe SRS {srs}, une adresse de son propre domaine : il la décode en {sender} et y envoie l’avis de non-remise.',
  'note.dsn.original': '… l’en-tête du message d’origine …',
  'note.noAnswer': 'connect to {host} port 25: connection timed out. Aucune conversation SMTP n’a lieu.',
  'note.mailq': 'La file d’attente du relais (telle que l’affiche mailq de Postfix) :',
  'note.check.resolver':
    '{mx} interroge son propre résolveur (celui du fournisseur destinataire, pas celui de l’expéditeur) ; la réponse vient des serveurs de noms de la zone qui contient {name}.',
  'note.msa.sender':
    'Authentifié en tant que {user}. Les serveurs de soumission de beaucoup de fournisseurs vérifient aussi que MAIL FROM et From: sont des adresses que {user} a le droit d’utiliser, et refusent ou réécrivent les autres (règle du fournisseur).',
  'note.muaError': 'L’appli affiche : « Votre message n’a pas pu être envoyé. Le serveur a répondu : {reply} »',
  'code.class.2': 'succès',
  'code.class.3': 'continuez',
  'code.class.4': 'échec temporaire',
  'code.class.5': 'échec définitif',
  'code.220': '220 : le serveur est prêt (un accueil, ou prêt à démarrer le chiffrement).',
  'code.221': '221 : le serveur ferme la connexion.',
  'code.235': '235 : authentification acceptée.',
  'code.250':
    '250 : fait ; après le point final, cela signifie que le serveur prend désormais le message sous sa responsabilité.',
  'code.354': '354 : allez-y, envoyez le message ; terminez-le par une ligne contenant un seul point.',
  'code.451': '451 : échec temporaire ; réessayez plus tard (le message reste en file d’attente).',
  'code.452': '452 : échec temporaire, ici une boîte aux lettres pleine ; l’expéditeur réessaiera.',
  'code.535': '535 : le nom d’utilisateur ou le mot de passe est faux.',
  'code.550': '550 : refus définitif ; l’expéditeur ne doit pas réessayer.',
  'code.552': '552 : refus définitif pour cause de taille (du message ou de la boîte aux lettres).',
  'code.556': '556 : le domaine n’accepte aucun courrier (MX nul).',
  'code.other': '{code} : une réponse SMTP.',
  'cmd.EHLO': 'EHLO : le client dit bonjour et demande quelles extensions le serveur prend en charge.',
  'cmd.LHLO': 'LHLO : la version LMTP de EHLO, utilisée pour la remise dans le stockage des boîtes aux lettres.',
  'cmd.STARTTLS': 'STARTTLS : passer cette connexion en chiffré.',
  'cmd.AUTH':
    'AUTH PLAIN : s’authentifier ; le texte est le nom d’utilisateur et le mot de passe en base64 (un encodage, pas un chiffrement ; c’est TLS qui le protège).',
  'cmd.MAIL':
    'MAIL FROM: l’expéditeur de l’enveloppe, là où vont les avis de non-remise. Il peut différer de la ligne From:.',
  'cmd.RCPT': 'RCPT TO: le destinataire de l’enveloppe ; c’est lui, et non la ligne To:, qui décide où va le message.',
  'cmd.DATA': 'DATA : le message lui-même suit : les lignes d’en-tête, une ligne vide, le texte.',
  'cmd.QUIT': 'QUIT : terminer la conversation.',
  'cmd.dot': 'Une ligne avec un seul point termine le message.',
  'cmd.LOGIN': 'LOGIN : l’appli du lecteur s’authentifie auprès du serveur IMAP.',
  'cmd.SELECT': 'SELECT : ouvrir un dossier sur le serveur.',
  'cmd.FETCH': 'FETCH : lire des parties d’un message ; le message reste sur le serveur.',
  'cmd.IDLE': 'IDLE : attendre que le serveur annonce du nouveau courrier.',
  'cmd.DONE': 'DONE : arrêter d’attendre.',
  'cmd.LOGOUT': 'LOGOUT : terminer la session IMAP.',
  'cmd.USER': 'USER : le nom d’utilisateur POP3.',
  'cmd.PASS': 'PASS : le mot de passe POP3.',
  'cmd.STAT': 'STAT : combien de messages, et combien d’octets.',
  'cmd.RETR': 'RETR : télécharger un message.',
  'cmd.DELE': 'DELE : marquer un message à supprimer (il part après QUIT).',
  'details.heading': 'Sous le capot : étape {n}, {label}',
  'details.preview': 'Sous le capot (appuyez sur Envoyer pour suivre)',
  'details.tabs': 'Détail du protocole',
  'details.tab.transcript': 'Conversation',
  'details.tab.headers': 'En-tête du message',
  'details.tab.envelope': 'Enveloppe et lettre',
  'details.tab.mailbox': 'Boîte aux lettres',
  'details.legend':
    'C: est le client, S: le serveur. Survolez une commande ou un code de réponse, ou placez-y le focus, pour voir ce qu’il signifie.',
  'details.noTranscript': 'Rien n’est dit sur le réseau pendant cette étape.',
  'details.headersIntro':
    'L’en-tête tel qu’il est après cette étape. Chaque serveur qui prend le message ajoute une ligne Received en haut ; la plus ancienne est en bas.',
  'details.showOriginal': 'Afficher l’original',
  'details.hideOriginal': 'Afficher les champs',
  'details.original': 'Le message d’origine, tel que l’affiche l’appli du lecteur',
  'details.new': 'nouveau',
  'details.envelopeIntro': 'Les serveurs acheminent selon l’enveloppe, pas selon la lettre qu’elle contient.',
  'details.envelope': 'Enveloppe (SMTP)',
  'details.letter': 'Lettre (en-tête)',
  'details.sender': 'Expéditeur',
  'details.recipient': 'Destinataire',
  'details.bcc':
    'La ligne To: n’est qu’un texte pour le lecteur ; c’est RCPT TO qui décide où va le message. Un destinataire en Cci est un RCPT TO de plus qui n’apparaît jamais dans l’en-tête.',
  'details.envelopeBounce':
    'Un avis de non-remise a un expéditeur d’enveloppe vide (MAIL FROM:<>) : ainsi, aucun rebond ne rebondit jamais.',
  'mailbox.server': 'Boîte aux lettres sur {store}',
  'mailbox.server.absent': 'Pas encore arrivé',
  'mailbox.server.unread': 'Dans {folder}, non lu',
  'mailbox.server.read': 'Dans {folder}, marqué \\Seen (lu)',
  'mailbox.server.removed': 'Disparu : téléchargé puis supprimé après QUIT',
  'mailbox.laptop': 'Ordinateur portable de {name}',
  'mailbox.laptop.none': 'Rien pour l’instant',
  'mailbox.laptop.shown': 'Affiche le message, lu sur le serveur',
  'mailbox.laptop.downloaded': 'Détient la seule copie (téléchargée)',
  'mailbox.phone': 'Téléphone de {name}',
  'mailbox.phone.none': 'Ne le voit jamais : le message a quitté le serveur',
  'mailbox.phone.unread': 'L’afficherait comme non lu',
  'mailbox.phone.read': 'L’affiche aussi comme lu (IMAP garde les indicateurs sur le serveur)',
  'mailbox.intro.imap':
    'Avec IMAP, le message reste sur le serveur, et chaque appareil voit les mêmes dossiers et les mêmes marques de lecture.',
  'mailbox.intro.pop3':
    'Avec POP3, l’appli télécharge la boîte de réception ; sauf si elle y laisse une copie, DELE et QUIT suppriment le message du serveur.',
  'mailbox.server.none': 'N’existe pas : il n’y a pas de boîte aux lettres pour cette adresse',
  'mailbox.phone.waiting': 'Rien pour l’instant : rien n’est arrivé',
  'mailbox.laptop.no-mailbox': 'Rien : sans boîte aux lettres, il n’y a rien à lire',
  'mailbox.phone.no-mailbox': 'Rien : sans boîte aux lettres, il n’y a rien à lire',
  'mailbox.laptop.copy': 'Détient une copie téléchargée ; le serveur garde la sienne',
  'mailbox.laptop.not-inbox': 'Ne le voit jamais : POP3 ne lit que la boîte de réception',
  'mailbox.phone.not-inbox': 'Ne le voit jamais : POP3 ne lit que la boîte de réception',
  'mailbox.nowhere': 'Boîte aux lettres de {name}',
  'mailbox.intro.bounce':
    'L’avis de non-remise est un nouveau message du système de messagerie, rangé dans la boîte aux lettres de {name} : les appareils de {name} le lisent comme n’importe quel courrier.',
  'note.refused': 'connect to {host} port 25: Connection refused. La machine refuse la connexion aussitôt.',
  'note.implicitTls':
    'Port 465 : la poignée de main TLS avec {server} vient d’abord, avant toute ligne SMTP (RFC 8314 §3.3). Il n’y a pas de STARTTLS.',
  'note.https':
    'HTTPS (TLS sur le port 443) vers {host} : le navigateur envoie le formulaire ; aucun SMTP ne sort du navigateur.',
  'note.imap.appendSession': 'La session IMAP de l’appli avec {host} est déjà ouverte (LOGIN sur TLS, port 993).',
  'note.pop3.noSent':
    'POP3 n’a pas de dossiers sur le serveur, donc pas de dossier Envoyés où ranger une copie : l’appli la garde en local.',
  'note.pop3.uidl':
    'UIDL liste l’identifiant unique de chaque message : l’appli se souvient de ceux qu’elle a déjà téléchargés.',
  'note.pop3.keep':
    '« Laisser une copie sur le serveur » : pas de DELE, le message reste donc sur le serveur après QUIT.',
  'note.filter.inside':
    '{host} fait tout sur une seule machine : son contrôle antispam et antivirus tourne dans son propre Postfix (un milter), donc aucune session SMTP vers lui-même n’est ouverte et aucune ligne Received n’est ajoutée.',
  'note.forward.srs':
    'SRS : l’expéditeur d’enveloppe {from} devient {srs} ; le From: de l’en-tête ne change pas. Le serveur de transfert ajoute :',
  'note.forward.list': 'La liste envoie avec son propre expéditeur d’enveloppe {srs} et modifie l’en-tête :',
  // Le relais ouvert et la confiance ARC.
  'note.open-relay':
    '{spoofer} a confié le message au relais ouvert {relay}, qui accepte du courrier pour n’importe quel domaine de n’importe qui (un serveur correct répond 554 5.7.1 Relay access denied) et le fait suivre depuis {ip} :',
  'note.arc.pass':
    'ARC (RFC 8617) : la chaîne i=1 scellée par {sealer} (ARC-Seal cv=none, comme le premier sceau doit l’être) est valide : arc=pass. {mx} fait confiance à ce scelleur.',
  'note.arc.override':
    'ARC (RFC 8617 §7.2) : la chaîne i=1 scellée par {sealer} (cv=none, le premier sceau) est valide, et ses ARC-Authentication-Results disent que DMARC y a réussi. {mx} fait confiance à ce scelleur : sa politique locale passe outre p=reject (RFC 7489 §6.7 ; dans le rapport, le motif de dérogation trusted_forwarder, annexe C).',
  'note.starttls.stripped':
    '(Un homme du milieu a supprimé ici la ligne 250-STARTTLS : la réponse que voit l’expéditeur ne propose aucun chiffrement.)',
  'note.starttls.plain':
    'Pas de STARTTLS proposé : le TLS opportuniste (RFC 3207) continue en clair. Tout ce qui suit est lisible sur le réseau.',
  'note.starttls.mta-sts':
    'La politique MTA-STS en cache (id={id}) dit mode: enforce et mx: {mx} : sans TLS, l’expéditeur ne doit pas remettre le message (RFC 8461 §5). Il le diffère.',
  'note.starttls.dane':
    'Des enregistrements TLSA validés par DNSSEC existent pour {mx} (DANE, RFC 7672) : TLS avec un certificat correspondant est obligatoire. L’expéditeur diffère le message.',
  'note.mta-sts.txt':
    'MTA-STS (RFC 8461) : {domain} publie-t-il une politique ? L’enregistrement TXT le dit seulement et donne son id :',
  'note.mta-sts.fetch':
    'La politique elle-même, en HTTPS depuis {host} (fiable grâce à son certificat, pas grâce au DNS) :',
  'note.mta-sts.cached':
    'L’expéditeur garde cette politique pendant max_age ({days} jours) et ne la récupère à nouveau que si l’id du TXT change.',
  'note.report.dmarc': 'Le rapport agrégé DMARC (RFC 7489 §7.2) envoyé à {to}, un enregistrement de son XML :',
  'note.report.tls': 'Le rapport TLS (RFC 8460) envoyé à {to} :',
} satisfies Record<keyof typeof enDetail, string>;
