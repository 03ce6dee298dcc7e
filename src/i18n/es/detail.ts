// Palabras en español del detalle Experto (transcripciones de protocolo, notas, vistas del buzón).
// Las claves siguen el orden de ../en/detail.ts; el tipo exige cada clave inglesa y ninguna otra.
import type { enDetail } from '../en/detail';

export const esDetail = {
  'note.tls':
    'Aquí empieza el cifrado (negociación TLS; el cliente comprueba el certificado de {server}). El cliente debe volver a decir EHLO: lo que supo antes se olvida.',
  'note.imap.seen':
    'Una lectura sin PEEK marca el mensaje como \\Seen en el servidor, así que todos los dispositivos lo ven como leído.',
  'note.imap.idle':
    'Desde las {time} la app espera con IDLE. Cuando se archiva un mensaje, el servidor lo anuncia (por ejemplo «* 4 EXISTS»), sin su contenido.',
  'note.imap.earlier':
    '{time}, antes de que {sender} pulsara Enviar: la app se conectó, inició sesión y abrió la bandeja de entrada. Nuestro mensaje aún no estaba.',
  'note.imap.announce':
    '{time}: el mensaje se acaba de archivar y el servidor se lo anuncia enseguida a la app que espera.',
  'note.literal': '… {octets} octetos del mensaje …',
  'note.pop3.inboxOnly':
    'POP3 solo ve la bandeja de entrada; el mensaje de la carpeta de correo no deseado no está en esta lista.',
  'note.pop3.dele': 'DELE solo marca el mensaje; todavía no se borra nada.',
  'note.pop3.update':
    'Tras QUIT el servidor borra el mensaje marcado. Si la conexión se hubiera cortado antes de QUIT, no se habría borrado nada.',
  'note.dsn.nullSender': 'Un rebote se envía desde el remitente vacío <>, así que nadie rebota nunca un rebote.',
  'note.dsn.srs':
    'El servidor de reenvío recibió el remitente del sobre SRS {srs}, una dirección de su propio dominio: la decodifica a {sender} y envía allí el rebote.',
  'note.dsn.original': '… el encabezado del mensaje original …',
  'note.noAnswer': 'connect to {host} port 25: connection timed out. No hay ninguna conversación SMTP.',
  'note.mailq': 'La cola del relay (tal como la muestra mailq de Postfix):',
  'note.check.resolver':
    '{mx} pregunta a su propio resolutor (el del proveedor receptor, no el del remitente); la respuesta viene de los servidores de nombres de la zona que contiene {name}.',
  'note.msa.sender':
    'Sesión iniciada como {user}. Los servidores de envío de muchos proveedores comprueban además que MAIL FROM y From: son direcciones que {user} puede usar, y rechazan o reescriben las demás (norma del proveedor).',
  'note.muaError': 'La app muestra: «No se pudo enviar tu mensaje. El servidor dijo: {reply}»',
  'code.class.2': 'éxito',
  'code.class.3': 'continúa',
  'code.class.4': 'fallo temporal',
  'code.class.5': 'fallo permanente',
  'code.220': '220: el servidor está listo (un saludo, o listo para empezar el cifrado).',
  'code.221': '221: el servidor cierra la conexión.',
  'code.235': '235: inicio de sesión aceptado.',
  'code.250': '250: hecho; tras el punto final significa que el servidor asume ahora la responsabilidad del mensaje.',
  'code.354': '354: adelante, envía el mensaje; termínalo con una línea que tenga un solo punto.',
  'code.451': '451: fallo temporal; inténtalo más tarde (el mensaje sigue en la cola).',
  'code.452': '452: fallo temporal, aquí un buzón lleno; el remitente lo reintentará.',
  'code.535': '535: el nombre de usuario o la contraseña son incorrectos.',
  'code.550': '550: rechazo permanente; el remitente no debe reintentar.',
  'code.552': '552: rechazo permanente por tamaño (del mensaje o del buzón).',
  'code.556': '556: el dominio no acepta correo (MX nulo).',
  'code.other': '{code}: una respuesta SMTP.',
  'cmd.EHLO': 'EHLO: el cliente saluda y pregunta qué extensiones admite el servidor.',
  'cmd.LHLO': 'LHLO: la versión LMTP de EHLO, que se usa para entregar en el almacén de buzones.',
  'cmd.STARTTLS': 'STARTTLS: pasar esta conexión a cifrada.',
  'cmd.AUTH':
    'AUTH PLAIN: iniciar sesión; el texto es el nombre de usuario y la contraseña en base64 (una codificación, no un cifrado; lo protege TLS).',
  'cmd.MAIL': 'MAIL FROM: el remitente del sobre, adonde van los rebotes. Puede ser distinto de la línea From:.',
  'cmd.RCPT': 'RCPT TO: el destinatario del sobre; esto, y no la línea To:, decide adónde va el mensaje.',
  'cmd.DATA': 'DATA: a continuación va el mensaje: las líneas de encabezado, una línea en blanco y el texto.',
  'cmd.QUIT': 'QUIT: terminar la conversación.',
  'cmd.dot': 'Una línea con un solo punto termina el mensaje.',
  'cmd.LOGIN': 'LOGIN: la app del lector inicia sesión en el servidor IMAP.',
  'cmd.SELECT': 'SELECT: abrir una carpeta del servidor.',
  'cmd.FETCH': 'FETCH: leer partes de un mensaje; el mensaje se queda en el servidor.',
  'cmd.IDLE': 'IDLE: esperar a que el servidor anuncie correo nuevo.',
  'cmd.DONE': 'DONE: dejar de esperar.',
  'cmd.LOGOUT': 'LOGOUT: terminar la sesión IMAP.',
  'cmd.USER': 'USER: el nombre de usuario de POP3.',
  'cmd.PASS': 'PASS: la contraseña de POP3.',
  'cmd.STAT': 'STAT: cuántos mensajes y cuántos octetos.',
  'cmd.RETR': 'RETR: descargar un mensaje.',
  'cmd.DELE': 'DELE: marcar un mensaje para borrarlo (se borra tras QUIT).',
  'details.heading': 'Por dentro: paso {n}, {label}',
  'details.preview': 'Por dentro (pulsa Enviar para seguirlo)',
  'details.tabs': 'Detalle del protocolo',
  'details.tab.transcript': 'Conversación',
  'details.tab.headers': 'Encabezado del mensaje',
  'details.tab.envelope': 'Sobre y carta',
  'details.tab.mailbox': 'Buzón',
  'details.legend':
    'C: es el cliente, S: el servidor. Pasa el puntero por un comando o un código de respuesta, o ponle el foco, para ver qué significa.',
  'details.noTranscript': 'En este paso no se dice nada por la red.',
  'details.headersIntro':
    'El encabezado tal como queda tras este paso. Cada servidor que recibe el mensaje añade una línea Received arriba; la más antigua queda abajo.',
  'details.showOriginal': 'Mostrar el original',
  'details.hideOriginal': 'Mostrar los campos',
  'details.original': 'El mensaje original, tal como lo muestra la app del lector',
  'details.new': 'nuevo',
  'details.envelopeIntro': 'Los servidores encaminan por el sobre, no por la carta que va dentro.',
  'details.envelope': 'Sobre (SMTP)',
  'details.letter': 'Carta (encabezado)',
  'details.sender': 'Remitente',
  'details.recipient': 'Destinatario',
  'details.bcc':
    'La línea To: es solo texto para el lector; RCPT TO decide adónde va el mensaje. Un destinatario en CCO es un RCPT TO más que nunca aparece en el encabezado.',
  'details.envelopeBounce':
    'Un rebote tiene el remitente del sobre vacío (MAIL FROM:<>), así que nunca se rebota un rebote.',
  'mailbox.server': 'Buzón en {store}',
  'mailbox.server.absent': 'Aún no está aquí',
  'mailbox.server.unread': 'En {folder}, sin leer',
  'mailbox.server.read': 'En {folder}, marcado \\Seen (leído)',
  'mailbox.server.removed': 'Ya no está: descargado y borrado tras QUIT',
  'mailbox.laptop': 'Computadora portátil de {name}',
  'mailbox.laptop.none': 'Nada todavía',
  'mailbox.laptop.shown': 'Muestra el mensaje, leído desde el servidor',
  'mailbox.laptop.downloaded': 'Tiene la única copia (descargada)',
  'mailbox.phone': 'Teléfono de {name}',
  'mailbox.phone.none': 'Nunca lo ve: el mensaje salió del servidor',
  'mailbox.phone.unread': 'Lo mostraría como no leído',
  'mailbox.phone.read': 'También lo muestra como leído (IMAP guarda las marcas en el servidor)',
  'mailbox.intro.imap':
    'Con IMAP el mensaje se queda en el servidor, y cada dispositivo ve las mismas carpetas y marcas de lectura.',
  'mailbox.intro.pop3':
    'Con POP3 la app descarga la bandeja de entrada; salvo que deje una copia allí, DELE y QUIT borran el mensaje del servidor.',
  'mailbox.server.none': 'No existe: no hay buzón para esta dirección',
  'mailbox.phone.waiting': 'Nada todavía: no ha llegado nada',
  'mailbox.laptop.no-mailbox': 'Nada: sin buzón no hay nada que leer',
  'mailbox.phone.no-mailbox': 'Nada: sin buzón no hay nada que leer',
  'mailbox.laptop.copy': 'Tiene una copia descargada; el servidor guarda la suya',
  'mailbox.laptop.not-inbox': 'Nunca lo ve: POP3 solo lee la bandeja de entrada',
  'mailbox.phone.not-inbox': 'Nunca lo ve: POP3 solo lee la bandeja de entrada',
  'mailbox.nowhere': 'Buzón de {name}',
  'mailbox.intro.bounce':
    'El rebote es un mensaje nuevo del sistema de correo, guardado en el propio buzón de {name}: los dispositivos de {name} lo leen como cualquier otro correo.',
  'note.refused': 'connect to {host} port 25: Connection refused. El equipo rechaza la conexión al instante.',
  'note.implicitTls':
    'Puerto 465: la negociación TLS con {server} va primero, antes de cualquier línea SMTP (RFC 8314 §3.3). No hay STARTTLS.',
  'note.https':
    'HTTPS (TLS en el puerto 443) hacia {host}: el navegador envía el formulario; del navegador no sale SMTP.',
  'note.imap.appendSession': 'La sesión IMAP de la app con {host} ya está abierta (LOGIN sobre TLS en el puerto 993).',
  'note.pop3.noSent':
    'POP3 no tiene carpetas en el servidor, así que no hay carpeta Enviados donde guardar una copia: la app la guarda en local.',
  'note.pop3.uidl': 'UIDL enumera el identificador único de cada mensaje: la app recuerda cuáles descargó antes.',
  'note.pop3.keep': '«Dejar una copia en el servidor»: sin DELE, así que el mensaje se queda en el servidor tras QUIT.',
  'note.filter.inside':
    '{host} lo hace todo en una sola máquina: su control de spam y virus funciona dentro de su propio Postfix (un milter), así que no abre ninguna sesión SMTP consigo mismo ni añade ninguna línea Received.',
  'note.forward.srs':
    'SRS: el remitente del sobre {from} pasa a ser {srs}; el From: del encabezado no cambia. El servidor de reenvío añade:',
  'note.forward.list': 'La lista envía con su propio remitente del sobre {srs} y cambia el encabezado:',
  // El relé abierto y la confianza en ARC.
  'note.open-relay':
    '{spoofer} entregó el mensaje al relé abierto {relay}, que acepta correo para cualquier dominio de cualquiera (un servidor correcto responde 554 5.7.1 Relay access denied) y lo reenvía desde {ip}:',
  'note.arc.pass':
    'ARC (RFC 8617): la cadena i=1 sellada por {sealer} (ARC-Seal cv=none, como debe ser el primer sello) es válida: arc=pass. {mx} confía en este sellador.',
  'note.arc.override':
    'ARC (RFC 8617 §7.2): la cadena i=1 sellada por {sealer} (cv=none, el primer sello) es válida, y sus ARC-Authentication-Results dicen que DMARC pasó allí. {mx} confía en este sellador, así que su política local anula p=reject (RFC 7489 §6.7; en el informe, el motivo de excepción trusted_forwarder, apéndice C).',
  'note.starttls.stripped':
    '(Un intermediario borró aquí la línea 250-STARTTLS: la respuesta que ve el remitente no ofrece cifrado.)',
  'note.starttls.plain':
    'No se ofrece STARTTLS: el TLS oportunista (RFC 3207) sigue en texto claro. Todo lo que sigue se puede leer en la red.',
  'note.starttls.mta-sts':
    'La política MTA-STS en caché (id={id}) dice mode: enforce y mx: {mx}: sin TLS el remitente no debe entregar (RFC 8461 §5). Aplaza el mensaje.',
  'note.starttls.dane':
    'Existen registros TLSA validados con DNSSEC para {mx} (DANE, RFC 7672): se exige TLS con un certificado que coincida. El remitente aplaza el mensaje.',
  'note.mta-sts.txt': 'MTA-STS (RFC 8461): ¿publica {domain} una política? El registro TXT solo lo dice y da su id:',
  'note.mta-sts.fetch':
    'La política misma, por HTTPS desde {host} (fiable gracias a su certificado, no gracias al DNS):',
  'note.mta-sts.cached':
    'El remitente guarda esta política durante max_age ({days} días) y solo la vuelve a descargar cuando cambia el id del TXT.',
  'note.report.dmarc': 'El informe agregado DMARC (RFC 7489 §7.2) enviado a {to}, un registro de su XML:',
  'note.report.tls': 'El informe TLS (RFC 8460) enviado a {to}:',
} satisfies Record<keyof typeof enDetail, string>;
