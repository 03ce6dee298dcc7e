// Palabras en español del viaje, cargadas justo después de la primera pantalla. Las claves siguen el
// orden de ../en/journey.ts, que explica para qué sirven; el tipo exige cada clave inglesa (gemelas
// de Principiante incluidas) y ninguna otra.
import type { enJourney } from '../en/journey';

export const esJourney = {
  'label.webmail': 'Envío desde el navegador (HTTPS)',
  'label.sent': 'Una copia en Enviados',
  'protocol.HTTPS': 'HTTPS',
  'label.forward': 'El servidor de reenvío lo reenvía',
  'client.legend': 'Escrito en',
  'client.app': 'Una app de correo en la computadora portátil',
  'client.webmail': 'Webmail en el navegador',
  'submission.legend': 'La app de correo envía por el puerto',
  'submission.587': '587 con STARTTLS',
  'submission.465': '465, cifrado desde el primer byte',
  'keep.label': 'POP3: dejar una copia en el servidor',
  'label.compose': 'Escribir y enviar',
  'label.submit': 'Entrega al MSA',
  'label.refuse': 'Se muestra un error',
  'label.handoff': 'Paso al relay saliente',
  'label.dns-mx': 'Pedir al DNS los registros MX',
  'label.dns-a': 'Pedir al DNS la dirección (A)',
  'label.dns-aaaa': 'Pedir al DNS la dirección IPv6 (AAAA)',
  'label.check-ptr': 'El MX averigua quién se conectó (PTR)',
  'label.check-spf': 'El MX comprueba SPF',
  'label.check-dkim': 'El MX comprueba DKIM',
  'label.check-dmarc': 'El MX comprueba DMARC',
  'label.reply': 'La respuesta vuelve',
  'label.notice': 'Aviso de «correo nuevo»',
  'label.fetch': 'Pedir el mensaje',
  'label.bounce-fetch': 'El remitente pide el correo nuevo',
  'label.bounce-read': 'El remitente lee el rebote',
  'label.relay': 'Retransmisión al MX',
  'label.queue': 'Espera en la cola',
  'label.filter': 'Control de spam y virus',
  'label.store': 'Guardar en el buzón',
  'label.login': 'Consultar el buzón',
  'label.read': 'Leer el correo',
  'label.bounce': 'Rebote al buzón del remitente',
  'label.store.of': 'Archivar en el buzón de {name}',
  'label.login.of': 'La app de {name} consulta el buzón',
  'label.notice.of': 'Aviso de «correo nuevo» para {name}',
  'label.fetch.of': 'La app de {name} pide el mensaje',
  'label.read.of': '{name} lee el correo',
  'timeline.label': 'Línea de tiempo del viaje',
  'timeline.heading': 'Línea de tiempo',
  'timeline.hidden': '¿Qué pasa después?',
  'timeline.step': 'Paso {n}:',
  'narration.stepOf': 'Paso {n} de {total}',
  'narration.port': 'puerto {port}',
  'narration.clock': 'Reloj de Internet: {time} (en el Internet real este paso tarda unos {took})',
  'narration.clockStart': 'Reloj de Internet: {time}',
  'protocol.RFC 5322': 'RFC 5322',
  'protocol.SMTP submission': 'Envío SMTP (submission)',
  'protocol.SMTP': 'SMTP',
  'protocol.SMTP relay': 'Retransmisión SMTP',
  'protocol.DNS': 'DNS',
  'protocol.Queue': 'Cola',
  'protocol.LMTP': 'LMTP',
  'protocol.IMAP': 'IMAP',
  'protocol.POP3': 'POP3',
  'protocol.DSN (bounce)': 'DSN (rebote)',
  'error.address.empty': 'Escribe una dirección de correo.',
  'error.address.spaces': 'Una dirección de correo no lleva espacios.',
  'error.address.no-at': 'Una dirección de correo necesita una @ entre el nombre y el dominio, como bob@example.org.',
  'error.address.many-at': 'Una dirección de correo lleva exactamente una @.',
  'error.address.bad-local':
    'La parte antes de la @ puede llevar letras, cifras y . _ + - (sin punto al principio ni al final, ni dos puntos seguidos).',
  'error.address.bad-domain': 'La parte después de la @ debe ser un dominio como example.org.',
  'error.address.too-long': 'Esa dirección es demasiado larga: como máximo 64 caracteres antes de la @ y 253 después.',
  'error.from.provider':
    'El remitente necesita una cuenta en un proveedor de esta simulación: usa una dirección de {domains}.',
  'error.to.outside':
    'Esta simulación solo tiene los dominios de ejemplo (example.com, example.org, example.net), así que no puede hablar por {domain}. Prueba con bob@example.org.',
  'error.subject.long': 'El asunto es demasiado largo (como máximo {max} caracteres).',
  'error.body.long': 'El mensaje es demasiado largo para esta simulación (como máximo {max} caracteres).',
  'notice.hint.motion': 'Usa reduce o auto.',
  'notice.hint.trace':
    'Usa 1 para abrir el rastreador, o el nombre de un ejemplo: webmail, small-server, forwarded o greylisted.',
  'notice.hint.checkpoints': 'Usa 1 para hacer preguntas de predicción.',
  'notice.hint.depth': 'Usa beginner o expert.',
  'notice.heading': 'No se usaron algunos ajustes del enlace',
  'notice.badValue': '{key}={value} no es un valor válido, así que se usa el valor por defecto ({fallback}). {hint}',
  'notice.dismiss': 'Cerrar',
  'notice.hint.mode': 'Usa cross-domain o same-domain.',
  'notice.hint.speed': 'Usa un número de 0.25 a 20.',
  'notice.hint.retrieval': 'Usa imap o pop3.',
  'notice.hint.scenario': 'La lista de escenarios está en el README.',
  'notice.hint.autoplay': 'Usa 1 para enviar al cargar.',
  'notice.hint.step': 'Usa un número de paso a partir de 1.',
  'notice.hint.lang': 'Usa un código de idioma como en, de, fr o es.',
  'notice.hint.theme': 'Usa light, dark o contrast.',
  'notice.hint.controls': 'Usa full, minimal o none.',
  'notice.hint.address': 'Usa una dirección como bob@example.org.',
  'notice.hint.text': 'Era demasiado largo.',
  'notice.hint.conflict': 'La dirección del destinatario decide el modo.',
  'notice.emptyValue': '(vacío)',
  'share.textLeftOut':
    'El texto del mensaje es demasiado largo para un enlace, así que el enlace solo guarda los ajustes y el paso.',
  'notice.hint.origin':
    'Usa el origen del sitio de la clase, como https://lessons.example.org. Hasta entonces, este marco no acepta órdenes ni cuenta a ninguna página lo que pasa.',
  'step.compose':
    '{sender} escribe a {recipient} y pulsa Enviar. La app de correo construye el mensaje: las líneas de encabezado (From, To, Subject, Date), una línea en blanco y luego el texto. El servidor de envío añadirá el Message-ID.',
  'step.compose.attachment':
    '{sender} escribe a {recipient}, adjunta un video de {mb} MB y pulsa Enviar. La app construye el mensaje: las líneas de encabezado (From, To, Subject, Date), una línea en blanco y luego el texto y el video, codificado como texto (base64), lo que lo hace un tercio más grande.',
  'step.submit':
    'La app de {sender} se conecta a {msa}, el servidor de envío del proveedor de {sender}, por el puerto 587. Activan el cifrado (STARTTLS), {sender} inicia sesión (AUTH) y el servidor acepta el mensaje con 250: desde ahora es responsable de él.',
  'step.submit.refused':
    'La app de {sender} se conecta a {msa} por el puerto 587, activa el cifrado (STARTTLS) e intenta entregar el mensaje, pero el servidor dice que no.',
  'step.submit.refused.password':
    'La app de {sender} se conecta a {msa} por el puerto 587, activa el cifrado (STARTTLS) e inicia sesión (AUTH), pero la contraseña es incorrecta: el servidor rechaza el inicio de sesión, así que nunca recibe el mensaje.',
  'step.submit.refused.size':
    'La app de {sender} se conecta a {msa} por el puerto 587, activa el cifrado (STARTTLS) e inicia sesión. En MAIL FROM anuncia el tamaño del mensaje (SIZE=): más de lo que admite el servidor, que dice que no antes de que se envíe nada del mensaje.',
  'step.refuse':
    '{msa} responde {reply}. La app de {sender} muestra el error. Nada entró en la cola y nada salió: en el envío inicial no se escribe ningún rebote.',
  'step.refuse.password':
    '{msa} responde {reply}: el inicio de sesión falló. La app de {sender} muestra el error y vuelve a pedir la contraseña. Nada entró en la cola y nada salió: en el envío inicial no se escribe ningún rebote.',
  'step.refuse.size':
    '{msa} responde {reply}: el mensaje es más grande de lo que admite. La app de {sender} muestra el error. Nada entró en la cola y nada salió: en el envío inicial no se escribe ningún rebote.',
  'step.handoff':
    '{recipientDomain} no es uno de los dominios propios de {senderDomain}, así que el servidor de envío pasa el mensaje al relay saliente del proveedor, {mta}.',
  'step.dns-mx.found':
    '{mta} pregunta al DNS qué servidores aceptan correo para {recipientDomain} (sus registros MX). La respuesta: {mxList}. Se prueba primero el número más bajo.',
  'step.dns-mx.empty':
    '{mta} pide al DNS los registros MX de {recipientDomain}. El nombre existe pero no tiene registro MX, así que el propio dominio hará de servidor de correo (preferencia 0).',
  'step.dns-mx.null':
    '{mta} pide al DNS los registros MX de {recipientDomain}. La respuesta es un «MX nulo» (MX 0 .): este dominio no acepta ningún correo.',
  'step.dns-mx.nxdomain':
    '{mta} pide al DNS los registros MX de {recipientDomain}. La respuesta es NXDOMAIN: ese dominio no existe, así que no hay nadie a quien entregar el mensaje.',
  // Issue 24: the MTA-STS policy looked up and fetched with the MX records.
  'step.dns-mx.found.mta-sts':
    '{mta} pide al DNS los registros MX de {recipientDomain} ({mxList}) y el registro TXT _mta-sts.{recipientDomain}, que solo dice que existe una política (v=STSv1 y un id). La política misma llega por HTTPS desde mta-sts.{recipientDomain}, fiable gracias al certificado de ese servidor: modo {mode} y los hosts MX permitidos. Se guarda durante max_age ({days} días); las entregas siguientes solo comparan el id.',
  'beginner.step.dns-mx.found.mta-sts':
    'La agenda (DNS) nombra los servidores de correo y guarda una nota: existe una regla de cifrado. El servidor descarga la regla de un sitio web seguro.',
  'dns.q.mta-sts': '¿MTA-STS de {domain}?',
  'dns.a.mta-sts': 'HTTPS: mode {mode}',
  'myth.13':
    '«MTA-STS es un registro DNS que cifra» es falso: el registro TXT _mta-sts solo dice que existe una política. La política llega por HTTPS y se confía en ella gracias al certificado del servidor web; el cifrado sigue siendo STARTTLS, que la política obliga al remitente a exigir.',
  'beginner.myth.13':
    'La nota de la agenda no cifra nada: solo dice que existe una regla. La regla viene de un sitio web seguro y hace que los remitentes exijan el cifrado.',
  'step.dns-mx.servfail':
    '{mta} pide al DNS los registros MX de {recipientDomain}. La respuesta es SERVFAIL: el resolutor no obtuvo respuesta de los servidores de nombres de {recipientDomain}. Eso no significa «ese dominio no existe», y un fallo de DNS no devuelve el correo enseguida: es un error temporal (4.4.3), así que {mta} guarda el mensaje y volverá a preguntar.',
  'step.queue.dns':
    'El mensaje se queda en la cola de {mta}: el DNS no respondió para {recipientDomain}, así que aún no se conoce ningún servidor receptor. El relé vuelve a preguntar primero tras unos {minutes} minutos y luego con menos frecuencia (hasta una hora entre intentos); solo si el DNS sigue fallando tras {days} días se rinde y devuelve el mensaje ({status}).',
  'step.dns-host':
    '{mta} pide al DNS la dirección de {mx}: {addresses}. Es la dirección del servidor de correo de {recipient}, no de la computadora de {recipient}.',
  'step.dns-host.implicit':
    '{mta} pide al DNS la dirección del propio {mx}: {addresses}. Esa dirección recibirá el correo.',
  'step.dns-host.none': '{mta} pide al DNS la dirección de {mx}, pero no tiene ninguna.',
  'step.relay.accepted':
    '{mta} se conecta a {mx} por el puerto 25 y activa el cifrado (STARTTLS) porque se ofrece. Sin inicio de sesión: los servidores se pasan el correo sin AUTH. {mx} acepta correo para {to} (250).',
  'step.relay.retry-accepted':
    '{mta} vuelve a probar {mx} por el puerto 25 (intento {attempt}). Esta vez el servidor acepta correo para {to} (250).',
  'step.relay.accepted.some':
    '{mta} se conecta a {mx} por el puerto 25. Cada RCPT TO recibe su propia respuesta: {mx} acepta correo para {to} (250) pero rechaza {refused}: {reply}. La sesión sigue para las direcciones aceptadas; la rechazada generará un rebote.',
  'step.relay.rejected': '{mta} se conecta a {mx} por el puerto 25. En RCPT TO el servidor rechaza: {reply}.',
  'step.relay.rejected.full':
    '{mta} se conecta a {mx} por el puerto 25. La dirección existe, pero su buzón está lleno y el servidor lo trata como definitivo: en RCPT TO rechaza: {reply}.',
  'step.relay.rejected.relay':
    '{mta} se conecta a {mx} por el puerto 25. Este servidor no acepta correo para {recipientDomain}: no es el destino de ese dominio ni puede retransmitir para él, así que en RCPT TO rechaza: {reply}.',
  'step.relay.rejected.loop':
    '{mta} se conecta a {mx} por el puerto 25. La dirección solo reenvía, y su reenvío lleva de vuelta a una dirección por la que el mensaje ya pasó: un bucle. Los servidores cortan un bucle en lugar de hacer circular el mensaje para siempre, así que en RCPT TO rechaza: {reply}.',
  'step.relay.deferred':
    '{mta} se conecta a {mx} por el puerto 25. El servidor responde {reply}: un código 4xx significa «ahora no, inténtalo más tarde».',
  'step.relay.no-answer':
    '{mta} intenta conectarse a {mx} por el puerto 25, pero nadie responde. Tras unos {seconds} segundos abandona este servidor.',
  'step.queue.retry':
    'El mensaje espera en la cola de {mta}. El primer reintento llega tras unos {minutes} minutos (el primer retraso habitual de Postfix, más largo que la espera de la lista gris), y esta vez el servidor lo acepta.',
  'step.queue.stuck':
    'El mensaje se queda en la cola de {mta}. El relay reintenta primero tras unos {minutes} minutos, luego espera más cada vez (hasta cerca de una hora entre intentos), y tras {days} días se rinde y lo devuelve con un rebote.',
  'step.filter':
    '{mx} ya comprobó quién envió el mensaje (SPF, DKIM y DMARC) y se lo pasa a {filter}, que busca spam y virus.',
  'step.filter.spam':
    '{filter} analiza el mensaje y decide que parece spam. Irá a la carpeta de correo no deseado, no a la bandeja de entrada.',
  'step.store':
    'El mensaje se entrega en el buzón de {recipient} en {store} (por LMTP). Ahí espera: todavía no se envía nada al dispositivo de {recipient}.',
  'step.store.junk':
    'El mensaje se guarda en la carpeta de correo no deseado del buzón de {recipient} en {store} (por LMTP).',
  'step.store.local':
    '{recipientDomain} es el propio proveedor de {sender}, así que no hay consulta DNS ni viaje por Internet: el servidor guarda el mensaje directamente en el buzón de {recipient} en {store} (por LMTP). Los filtros de spam y las reglas se aplican igual.',
  'step.login.imap':
    'La app de correo de {recipient} tiene la sesión iniciada en {access} por IMAP (puerto 993, cifrado con TLS) desde las {since}, antes de que {sender} pulsara Enviar. Abrió la bandeja de entrada de {recipient} (SELECT) y espera en IDLE, para que el servidor pueda anunciar el correo nuevo.',
  'step.login.pop3':
    '{recipient} abre la app de correo. Esta inicia sesión en {access} por POP3 (puerto 995, cifrado con TLS) y el servidor POP3 abre el buzón de {recipient} en el almacén.',
  'step.read.imap':
    'La app descarga el mensaje (IMAP FETCH) y {recipient} lo lee. El mensaje se queda en el servidor, así que los otros dispositivos de {recipient} también lo ven.',
  'step.read.imap.junk':
    'La app de {recipient} muestra el mensaje en la carpeta de correo no deseado (IMAP guarda las carpetas en el servidor).',
  'step.read.pop3': 'La app descarga el mensaje (POP3 RETR) y {recipient} lo lee.',
  'step.read.pop3.junk':
    'POP3 solo lee la bandeja de entrada, así que el mensaje espera sin ser visto en la carpeta de correo no deseado.',
  'step.bounce':
    '{mta} no puede entregar el mensaje, así que escribe un rebote (una notificación del estado de la entrega, estado {status}) desde el remitente vacío <> y lo guarda como mensaje nuevo en el buzón de {sender} en {senderStore}.',
  'summary.delivered':
    '{recipient} tiene el mensaje: {steps} pasos, unos {seconds} segundos de tiempo real en Internet.',
  'summary.delivered.minutes':
    '{recipient} tiene el mensaje: {steps} pasos, unos {minutes} minutos de tiempo real en Internet.',
  'summary.bounced.list':
    'No se pudo entregar la copia de la lista. El rebote fue a la lista, así que la bandeja de entrada de {sender} no dice nada.',
  'summary.bounced':
    'No se pudo entregar el mensaje. La bandeja de entrada de {sender} tiene ahora el rebote que explica por qué.',
  'summary.rejected': 'El servidor de envío rechazó el mensaje. La app de {sender} mostró el error y no se envió nada.',
  'summary.deferred': 'Aún no entregado: el mensaje espera en la cola del relay y se reintentará.',
  'summary.quarantined': 'El mensaje se entregó, pero en la carpeta de correo no deseado de {recipient}.',
  'myth.heading': 'Una confusión frecuente',
  'myth.1':
    'No son «un buzón de salida y un buzón de entrada»: son funciones. El servidor de envío pide a la aplicación del remitente iniciar sesión (AUTH) en el puerto 587 o 465; cuando un servidor pasa el correo a otro por el puerto 25 no hay inicio de sesión, y el receptor comprueba al remitente con SPF, DKIM y DMARC.',
  'myth.2':
    'IMAP y POP3 dan a la aplicación del lector acceso al almacén de buzones: la aplicación recoge allí el correo y, con IMAP, también puede guardar allí su propia copia (la copia en Enviados). Ninguno de los dos envía correo a nadie ni lo recibe de otros servidores: eso es tarea de SMTP. La seguridad viene de TLS (puertos 993 y 995), no del protocolo en sí.',
  'myth.3':
    'Con el webmail en un navegador, el navegador no usa SMTP: habla HTTPS con el proveedor, cuyos servidores entregan el mensaje a este servidor de envío. Las apps de correo de una computadora portátil o un teléfono usan el envío SMTP (puerto 587 o 465) como aquí.',
  'myth.4':
    'El correo local no se «envía directamente al servidor IMAP»: se guarda en el almacén de buzones (aquí por LMTP). Los servidores IMAP y POP3 solo sirven el almacén cuando se conecta la app del lector.',
  'myth.5':
    'El DNS da la dirección del servidor de correo del destinatario, no la de su computadora. El relay pide primero los registros MX del dominio que va tras la @ y luego la dirección de ese servidor.',
  'myth.6':
    'El mensaje no pasa por «un montón de servidores sin relación». Los routers de Internet llevan sus paquetes pero nunca leen ni guardan correo; solo lo tratan los servidores de correo dibujados aquí, y cada uno añade una línea Received.',
  'myth.7':
    'El servidor receptor comprueba el destinatario del sobre (RCPT TO), no la línea To:, y antes que nada si acepta correo para ese dominio. Por eso funciona la CCO.',
  'outcome.delivered': 'Entregado',
  'outcome.bounced': 'Rebotado',
  'outcome.rejected': 'Rechazado',
  'outcome.deferred': 'Aplazado',
  'outcome.quarantined': 'Entregado en no deseado',
  'wait.timeout': 'sin respuesta: {seconds} s',
  'wait.retry': 'reintento en {minutes} min',
  'wait.give-up': 'se rinde tras {days} días',
  'dns.q.mx': '¿MX de {domain}?',
  'dns.q.a': '¿A de {host}?',
  'dns.a.list': '{list}',
  'dns.a.none': 'sin dirección',
  'dns.a.nxdomain': 'NXDOMAIN',
  'dns.a.servfail': 'SERVFAIL',
  'dns.a.empty': 'sin MX',
  'dns.a.null-mx': '0 .',
  'verdict.nxdomain': 'el dominio no existe',
  'verdict.null-mx': 'no acepta correo',
  'dns.q.aaaa': '¿AAAA de {host}?',
  'dns.q.ptr': '¿PTR de {name}?',
  'dns.q.txt': '¿TXT de {name}?',
  'dns.a.no-record': 'sin registro',
  'step.dns-aaaa':
    '{mta} hace una segunda pregunta, por la dirección IPv6 (AAAA) de {mx}: {addresses}. Cada pregunta al DNS pide un solo tipo de registro.',
  'step.dns-aaaa.none':
    '{mta} hace una segunda pregunta, por la dirección IPv6 (AAAA) de {mx}: no hay ninguna, así que se conecta por IPv4.',
  'step.dns-aaaa.nothing':
    '{mta} pide también la dirección IPv6 (AAAA) de {mx}: tampoco hay ninguna. Sin ninguna dirección, no se puede llegar a {mx}.',
  'step.relay.refused-connection':
    '{mta} intenta conectarse a {mx} por el puerto 25. El equipo responde enseguida que ahí no escucha nada (conexión rechazada).',
  'step.relay.rejected-mail':
    '{mta} se conecta a {mx} por el puerto 25 y anuncia el tamaño del mensaje. En MAIL FROM el servidor rechaza: {reply}.',
  'step.reply.rejected':
    'El rechazo de {mx}, {reply}, vuelve a {mta}. El mensaje se queda en {mta}, que ahora debe avisar a {sender}.',
  'step.reply.deferred':
    'La respuesta de {mx}, {reply}, vuelve a {mta}: ahora no, inténtalo más tarde. El mensaje se queda en la cola de {mta}.',
  'step.reply.rejected-data':
    '{mx} ha comprobado quién envió realmente el mensaje y lo rechaza tras el punto final: {reply}. El rechazo vuelve a {mta}.',
  'step.check.ptr.pass':
    'Esta comprobación fue la primera, al conectar, antes incluso de que {mx} saludara: preguntó a su resolvedor DNS el nombre que hay detrás de la dirección que se conecta ({ip}): {record}. El nombre va a su línea Received.',
  'step.check.ptr.fail':
    'Esta comprobación fue la primera, al conectar, antes incluso de que {mx} saludara: preguntó a su resolvedor DNS el nombre que hay detrás de {ip}. No hay ninguno.',
  'step.check.spf.pass':
    'En MAIL FROM, durante la sesión, {mx} obtuvo el registro SPF de {senderDomain}: {record}. La dirección del relay, {ip}, está en la lista, así que SPF pasa.',
  'step.check.spf.fail':
    'En MAIL FROM, durante la sesión, {mx} obtuvo el registro SPF de {senderDomain}: la dirección del relay, {ip}, no está autorizada a enviar por {senderDomain}, así que SPF falla.',
  'step.check.dkim.pass':
    '{mx} obtiene la clave DKIM de {senderDomain} (s2025._domainkey) y comprueba la firma que añadió el proveedor: DKIM pasa.',
  'step.check.dkim.permerror':
    '{mx} busca la clave DKIM de {senderDomain} (s2025._domainkey), pero no hay ninguna publicada, así que la firma no se puede comprobar: DKIM da permerror (sin clave).',
  'step.check.dmarc.pass':
    '{mx} lee la política DMARC de {senderDomain}: {record}. SPF o DKIM pasó para {senderDomain}, así que DMARC pasa y el servidor acepta el mensaje (250).',
  'step.check.dmarc.absent':
    '{senderDomain} no publica ningún registro DMARC, así que DMARC no tiene resultado (none) ni política que aplicar: el servidor acepta el mensaje (250).',
  'step.check.dmarc.none':
    '{mx} lee la política DMARC de {senderDomain}: {record}. Ni SPF ni DKIM pasaron, pero la política p=none solo pide informes: el servidor acepta el mensaje (250). Aquí sigue solo DMARC; muchos receptores rechazan o mandan a correo no deseado por su cuenta un fallo estricto de SPF (-all) (550 5.7.23).',
  'step.check.dmarc.quarantine':
    '{mx} lee la política DMARC de {senderDomain}: {record}. Ni SPF ni DKIM pasaron, y p=quarantine dice: acéptalo, pero como spam.',
  'step.check.dmarc.reject':
    '{mx} lee la política DMARC de {senderDomain}: {record}. Ni SPF ni DKIM pasaron, y p=reject dice: recházalo.',
  'step.filter.quarantine':
    '{mx} pasa el mensaje a {filter}. Como la acción DMARC aplicada es quarantine, irá a la carpeta de correo no deseado, no a la bandeja de entrada.',
  'step.login.imap.junk':
    '{recipient} abre la carpeta de correo no deseado: la app pregunta a {access} por IMAP (puerto 993, cifrado con TLS) qué contiene.',
  'step.notice':
    'La app de {recipient} espera en IMAP IDLE. En cuanto el mensaje se archiva, {access} le anuncia «correo nuevo» (EXISTS): un aviso corto, sin el mensaje.',
  'step.fetch':
    'Solo ahora la app pide el mensaje en sí (IMAP FETCH). El correo llega a una app solo cuando la app lo pide.',
  'step.bounce-fetch': 'La app de {sender} pide a {senderStore} el correo nuevo por IMAP.',
  'step.bounce-read':
    'La app de {sender} descarga el rebote: un mensaje nuevo de MAILER-DAEMON que explica por qué no se pudo entregar el mensaje (estado {status}).',
  'world.changes': 'Tus cambios',
  'world.none': 'Sin cambios: el mundo tal como suele ser.',
  'world.undo': 'Deshacer: {edit}',
  'world.reset': 'Restablecer el mundo',
  'world.full': 'En un enlace caben como máximo {max} cambios: deshaz uno para hacer otro.',
  'world.pending': 'Tu cambio se aplica al próximo envío.',
  'world.pendingJourney': 'El viaje en pantalla sigue tal como se envió.',
  'card.open': 'Cambiar {node}',
  'card.close': 'Cerrar',
  'card.reach': '¿Funciona {target}?',
  'card.reach.up': 'Sí, responde',
  'card.reach.timeout': 'No responde (la conexión caduca)',
  'card.reach.refused': 'Conexión rechazada',
  'card.greylisting': 'Lista gris: «inténtalo más tarde» a un primer intento',
  'card.size-limit': 'Mensaje más grande que admite (MB)',
  'card.knows-user': 'Tiene un buzón para {target} (desactivado: rechaza a este usuario)',
  'card.spam': 'Marca el correo entrante como spam',
  'card.mailbox': 'Buzón de {target}',
  'card.mailbox.ok': 'Tiene espacio',
  'card.mailbox.temporary': 'Lleno por ahora (452: inténtalo más tarde)',
  'card.mailbox.permanent': 'Lleno (552: rechazo)',
  'card.mailbox.absent': 'No existe',
  'card.mx': 'Registros MX de {target}',
  'card.domain': '¿Existe {target}?',
  'card.domain.exists': 'Sí',
  'card.domain.nxdomain': 'No (NXDOMAIN)',
  'card.domain.null-mx': 'Sí, pero no acepta correo (MX nulo)',
  'card.servfail': 'Los servidores de nombres de {target} fallan: el DNS responde SERVFAIL (un fallo temporal)',
  'card.spf': 'Registro SPF de {target}',
  'card.spf.provider': 'Incluye los servidores del propio proveedor',
  'card.spf.other': 'Solo incluye otros servidores',
  'card.spf.none': 'Sin registro SPF',
  'card.dkim': 'Clave DKIM de {target} publicada',
  'card.dmarc': 'Política DMARC de {target}',
  'card.dmarc.none': 'p=none (solo informar)',
  'card.dmarc.quarantine': 'p=quarantine (a no deseado)',
  'card.dmarc.reject': 'p=reject (rechazar)',
  'card.dmarc.absent': 'Sin registro DMARC',
  'card.password': 'La app envía la contraseña correcta',
  'card.attachment': 'Adjunto',
  'card.attachment.mb': '{mb} MB',
  'edit.reach.up': '{host} vuelve a responder',
  'edit.reach.timeout': '{host} no responde',
  'edit.reach.refused': '{host} rechaza las conexiones',
  'edit.greylisting.true': '{host} aplica lista gris a los primeros intentos',
  'edit.greylisting.false': '{host} no aplica lista gris',
  'edit.size-limit': '{host} admite mensajes de hasta {mb} MB',
  'edit.spam.true': '{host} marca el correo entrante como spam',
  'edit.spam.false': '{host} no marca el correo como spam',
  'edit.mailbox.ok': 'El buzón de {address} tiene espacio',
  'edit.mailbox.temporary': 'El buzón de {address} está lleno por ahora (452)',
  'edit.mailbox.permanent': 'El buzón de {address} está lleno (552)',
  'edit.mailbox.absent': '{address} no existe',
  'edit.alias': '{address} reenvía a {target}',
  'edit.alias.none': '{address} ya no reenvía',
  'edit.mx': 'Registros MX de {domain}: {list}',
  'edit.mx.none': '{domain} no tiene registros MX',
  'edit.domain.exists': '{domain} existe',
  'edit.domain.nxdomain': '{domain} no existe (NXDOMAIN)',
  'edit.domain.null-mx': '{domain} no acepta correo (MX nulo)',
  'edit.servfail.true': 'El DNS de {domain} responde SERVFAIL (un fallo temporal)',
  'edit.servfail.false': 'El DNS de {domain} responde con normalidad',
  'edit.spf.provider': 'El registro SPF de {domain} incluye los servidores de su proveedor',
  'edit.spf.other': 'El registro SPF de {domain} solo incluye otros servidores',
  'edit.spf.none': '{domain} no publica registro SPF',
  'edit.dkim.true': '{domain} publica su clave DKIM',
  'edit.dkim.false': '{domain} no publica clave DKIM',
  'edit.dmarc.none': 'La política DMARC de {domain} es p=none',
  'edit.dmarc.quarantine': 'La política DMARC de {domain} es p=quarantine',
  'edit.dmarc.reject': 'La política DMARC de {domain} es p=reject',
  'edit.dmarc.absent': '{domain} no publica política DMARC',
  'edit.password.true': 'La app del remitente envía la contraseña correcta',
  'edit.password.false': 'La app del remitente envía una contraseña incorrecta',
  'edit.attachment': 'El remitente adjunta {mb} MB',
  'edit.attachment.none': 'El remitente no adjunta nada',
  'notice.hint.world': 'Usa la forma compacta que describe el README, como r_mx1.example.org_t.',
  'graph.noAnswer': 'sin respuesta',
  'graph.refusedCode': 'rechazado con {code}',
  'graph.deferredCode': 'inténtalo más tarde: {code}',
  'dns.record.mx': 'MX de {domain}: {list}',
  'dns.record.no-mx': 'sin MX para {domain}: el propio dominio',
  'graph.folder.inbox': 'Recibidos',
  'graph.folder.junk': 'No deseado',
  'graph.notAligned': 'no alineado',
  'graph.folder.sent': 'Enviados',
  'graph.historyHeading': 'Qué pasó por el camino',
  'graph.result.accepted': 'De {from} a {to}: aceptado.',
  'graph.result.refused': 'De {from} a {to}: rechazado con {code}.',
  'graph.result.no-answer': 'De {from} a {to}: sin respuesta.',
  'graph.result.deferred': 'De {from} a {to}: «inténtalo más tarde», {code}.',
  'graph.result.request': '{from} pregunta a {to}.',
  'graph.result.response': '{from} responde a {to}.',
  'graph.says.queue': 'El mensaje espera en la cola de {node}: {wait}.',
  'graph.says.folder': 'Guardado en la carpeta {folder}.',
  'graph.says.verdicts': '{node} comprueba: {verdicts}.',
  'graph.says.verdict': 'El DNS dice del dominio del destinatario: {verdict}. No se dibuja ningún servidor para él.',
  'graph.says.pass': '{check} pasa',
  'graph.says.fail': '{check} falla',
  'card.undo': 'Deshacer',
  'card.replanned': 'El viaje se vuelve a planificar con tu cambio. Pulsa Enviar para verlo.',
  'card.nothing': 'Aquí no hay nada que cambiar.',
  'card.about.sender-mta':
    '{host} guarda el mensaje en su cola y lo entrega: pide el MX al DNS y luego habla SMTP por el puerto 25. Si el receptor responde 4xx o no responde, guarda el mensaje y lo reintenta, primero tras unos 5 minutos, luego cada vez menos (hasta cerca de una hora entre intentos), durante 5 días como máximo. Un rechazo 5xx, o el final de esos días, le hace escribir un rebote al remitente.',
  'card.about.recipient-imap':
    '{host} sirve el buzón de {recipient} por IMAP (puerto 993, con TLS): los mensajes se quedan en el servidor, y cada dispositivo ve las mismas carpetas y marcas de lectura.',
  'card.about.recipient-pop3':
    '{host} deja que la app de {recipient} descargue la bandeja de entrada por POP3 (puerto 995, con TLS). Salvo que la app deje una copia, los mensajes se borran tras la descarga (DELE y luego QUIT). POP3 solo ve la bandeja de entrada, nunca el correo no deseado.',
  'card.about.recipient-client':
    'A la app de {recipient} no se le entrega nada: inicia sesión en el servidor de lectura y descarga lo que espera en el buzón.',
  'card.about.dns':
    'Los registros DNS están en la zona de cada dominio, en los servidores de nombres de ese dominio: los registros MX de {recipientDomain}, los registros SPF, DKIM y DMARC de {senderDomain}. Esta ficha cambia esas zonas. {host} es el resolutor al que pregunta el relé de salida por el MX; el MX receptor pregunta a su propio resolutor para sus comprobaciones.',
  'card.title.dns': 'Las zonas DNS de {recipientDomain} y {senderDomain}',
  'card.about.sender-msa':
    '{host} solo acepta correo de usuarios que inician sesión (AUTH en el puerto 587 o 465). Muchos proveedores comprueban aquí además que la dirección del remitente (MAIL FROM y From:) es una que el usuario conectado puede usar, y rechazan o reescriben las demás: una norma del proveedor, no de SMTP.',
  'card.reader.later': 'Esto cambia cómo termina el viaje: elígelo antes de volver a enviar.',
  'card.on': 'Activado',
  'card.off': 'Desactivado',
  'card.changed': 'Cambiado por ti',
  'cards.hint': 'Abre una ficha donde puedes cambiar cómo se comporta.',
  'cards.mx.hint':
    'Los servidores de correo son nombres en example.com, example.org o example.net; se permite uno que no exista.',
  'cards.mx.preference': 'Preferencia',
  'cards.mx.exchange': 'Servidor de correo',
  'cards.mx.remove': 'Quitar el registro MX {exchange}',
  'cards.mx.removeShort': 'Quitar',
  'cards.mx.add': 'Añadir un registro MX',
  'error.recipient.empty': 'Hay una entrada vacía entre dos comas.',
  'error.recipients.separator':
    '«{typed}» parece {count} direcciones separadas solo por espacios. Sepáralas con comas: {fixed}',
  'error.recipient.spaces': '«{address}» tiene un espacio: separa las direcciones con comas.',
  'error.recipient.no-at': '«{address}» necesita una @ entre el nombre y el dominio, como bob@example.org.',
  'error.recipient.many-at': '«{address}» tiene más de una @.',
  'error.recipient.bad-local':
    'En «{address}» la parte antes de la @ puede llevar letras, cifras y . _ + - (sin punto al principio ni al final, ni dos puntos seguidos).',
  'error.recipient.bad-domain': 'En «{address}» la parte después de la @ debe ser un dominio como example.org.',
  'error.recipient.too-long': '«{address}» es demasiado larga: como máximo 64 caracteres antes de la @ y 253 después.',
  'error.recipient.twice': '{address} ya es destinatario de este mensaje.',
  'error.recipients.many': 'Como máximo {max} destinatarios en total (Para, CC y CCO juntos) en esta simulación.',
  'summary.all':
    'Los {total} destinatarios tienen el mensaje: {steps} pasos, unos {seconds} segundos de tiempo real en Internet.',
  'summary.all.minutes':
    'Los {total} destinatarios tienen el mensaje: {steps} pasos, unos {minutes} minutos de tiempo real en Internet.',
  'summary.some':
    '{reached} de {total} destinatarios tienen el mensaje. A los demás no se pudo llegar (todavía): un rebote en la bandeja de entrada de {sender} enumera cada uno que falló definitivamente.',
  'notice.hint.client': 'Usa app o webmail.',
  'notice.hint.submission': 'Usa 587 (STARTTLS) o 465 (TLS desde el primer byte).',
  'notice.hint.keep': 'Usa 1 para dejar una copia en el servidor POP3.',
  'notice.hint.answers': 'Usa hasta 20 respuestas como 5.1.1*9.0.0 (paso, opción, 1 bien o 0 mal).',
  'step.spoof.compose':
    'Un servidor que no tiene nada que ver con {senderDomain}, {spoofer}, escribe un mensaje con un remitente falsificado: From: {from}. Hasta copia una DKIM-Signature con d={senderDomain}, pero no puede firmar con la clave privada de {senderDomain}.',
  'step.spoof.relay':
    '{spoofer} busca el MX de {recipientDomain} y se conecta él mismo a {mx} por el puerto 25, diciendo MAIL FROM:<{from}>. Cualquiera puede conectarse a un MX: en RCPT TO acepta correo para {to} (250), pero aún no ha decidido si creer al remitente.',
  'step.check.dkim.forged':
    '{mx} obtiene la clave DKIM de {senderDomain} (s2025._domainkey) y comprueba la firma con ella: la firma no es válida, así que DKIM falla.',
  'step.reply.spoof':
    '{mx} rechaza el mensaje tras el punto final: {reply}. El rechazo vuelve a {spoofer}, el servidor que lo envió; el MX no escribe ningún rebote. Un servidor de correo real que recibiera este 550 enviaría un rebote a MAIL FROM:<{from}>, y {sender} recibiría rebotes (backscatter) de un correo que nunca envió; el software de spam que falsifica remitentes simplemente descarta el rechazo, como aquí, así que {sender} nunca ve nada.',
  'summary.spoof-rejected':
    'Un mensaje falsificado que decía venir de {sender} fue rechazado por el servidor de correo de {recipient}: ni SPF ni DKIM pasaron para el dominio del From:, y su política DMARC dice reject. {sender} no envió nada y no recibe ningún rebote.',
  'edit.spoof.true': 'Un servidor fuera del SPF del dominio remitente falsifica la dirección del remitente',
  'edit.spoof.false': 'Nadie falsifica la dirección del remitente',
  'step.compose.webmail':
    '{sender} escribe a {recipient} en el navegador, en la página de webmail de {senderDomain}, y pulsa Enviar. El webmail, en el servidor del proveedor, construye el mensaje: las líneas de encabezado (From, To, Subject, Date), una línea en blanco y luego el texto.',
  'step.webmail':
    'El navegador de {sender} envía el mensaje a la interfaz web del proveedor, {webmail}, por HTTPS (puerto 443). Del navegador no sale SMTP: el webmail añade su propia línea Received («with HTTP») y entregará el mensaje a su propio servidor de envío.',
  'step.submit.webmail':
    '{webmail} entrega el mensaje a {msa}, el servidor de envío del propio proveedor, dentro del proveedor: SMTP con STARTTLS e inicio de sesión en nombre de {sender}. El servidor lo acepta con 250.',
  'step.submit.465':
    'La app de {sender} se conecta a {msa} por el puerto 465: el cifrado empieza desde el primer byte (TLS implícito), así que no hay STARTTLS. {sender} inicia sesión (AUTH) y el servidor acepta el mensaje con 250: desde ahora es responsable de él.',
  'step.submit.refused.webmail':
    '{webmail} intenta entregar el mensaje a {msa}, el servidor de envío del proveedor, pero el servidor dice que no.',
  'step.submit.refused.465':
    'La app de {sender} se conecta a {msa} por el puerto 465 (cifrado desde el primer byte) e intenta entregar el mensaje, pero el servidor dice que no.',
  'step.submit.refused.password.webmail':
    '{webmail} intenta entregar el mensaje a {msa}, el servidor de envío del proveedor, iniciando sesión en nombre de {sender}, pero el inicio de sesión se rechaza: la contraseña es incorrecta.',
  'step.submit.refused.password.465':
    'La app de {sender} se conecta a {msa} por el puerto 465 (cifrado desde el primer byte) e inicia sesión (AUTH), pero la contraseña es incorrecta: el servidor rechaza el inicio de sesión, así que nunca recibe el mensaje.',
  'step.submit.refused.size.webmail':
    '{webmail} intenta entregar el mensaje a {msa}, el servidor de envío del proveedor, pero el mensaje es más grande de lo que admite el servidor, así que dice que no.',
  'step.submit.refused.size.465':
    'La app de {sender} se conecta a {msa} por el puerto 465 (cifrado desde el primer byte) e inicia sesión. En MAIL FROM anuncia el tamaño del mensaje: más de lo que admite el servidor, que dice que no antes de que se envíe nada del mensaje.',
  'step.refuse.webmail':
    '{msa} responde {reply}. El webmail muestra el error en el navegador de {sender}. Nada entró en la cola y nada salió: en el envío inicial no se escribe ningún rebote.',
  'step.refuse.password.webmail':
    '{msa} responde {reply}: el inicio de sesión falló. El webmail muestra el error en el navegador de {sender}. Nada entró en la cola y nada salió: en el envío inicial no se escribe ningún rebote.',
  'step.refuse.size.webmail':
    '{msa} responde {reply}: el mensaje es más grande de lo que admite. El webmail muestra el error en el navegador de {sender}. Nada entró en la cola y nada salió: en el envío inicial no se escribe ningún rebote.',
  'step.sent.imap':
    'La app de {sender} guarda su propia copia en la carpeta Enviados de {senderStore}, con IMAP APPEND (puerto 993, TLS). Como la carpeta está en el servidor, el teléfono de {sender} también muestra el mensaje enviado. Algunos proveedores (Gmail, por ejemplo) guardan la copia ellos mismos; las apps configuradas para ellos no deben hacer APPEND de una segunda.',
  'step.sent.pop3':
    'POP3 no tiene carpeta Enviados en el servidor: la app de {sender} guarda su copia en una carpeta Enviados solo en esta computadora, así que el teléfono de {sender} no la verá.',
  'step.sent.webmail':
    'El webmail guarda él mismo la copia en la carpeta Enviados de {sender} en {senderStore}, así que todos los dispositivos la ven. Algunos proveedores lo hacen también con el correo enviado desde apps; las apps configuradas para ellos no deben hacer APPEND de una segunda copia.',
  'step.bounce.forwarded':
    '{mta}, el servidor de reenvío, no pudo entregar su copia (estado {status}), así que escribe él mismo el rebote, desde el remitente vacío <>, al remitente del sobre que recibió: {srs}. Esa dirección SRS es suya, así que la decodifica a {from} y envía allí el rebote, al buzón de {sender} en {senderStore}.',
  'step.bounce.list':
    '{mta} no pudo entregar la copia de la lista (estado {status}). El rebote va al remitente del sobre de la propia lista, {srs}, donde el software de la lista lo cuenta; a {sender} no se le avisa.',
  'step.forward':
    '{alias} reenvía a {target}, así que {forwarder} reenvía el mensaje: una segunda entrega SMTP, desde su propia IP. Reescribe el remitente del sobre con SRS ({srs}) para que SPF se compruebe para su propio dominio y los rebotes le lleguen a él; From: sigue siendo {from}. Además sella lo que comprobó ({sealed}) en encabezados ARC, instancia i=1.',
  'step.forward.list':
    '{alias} es una lista de correo: {forwarder} reenvía una copia a {target}, con [{list}] delante del asunto y un pie bajo el texto. Eso cambia lo que cubre la firma DKIM de {senderDomain}, que ya no será válida, y desde esta IP SPF no puede pasar para {senderDomain}: con From: {from} DMARC fallaría. Así que la lista reescribe From: con su propia dirección («{sender} vía la lista») y pone a {sender} en Reply-To:. Su remitente del sobre es {srs}.',
  'step.check.spf.forwarded':
    '{mx} obtiene el registro SPF de {spfDomain}, el dominio del remitente del sobre SRS: incluye {ip}, así que SPF pasa. Pero pasa para {spfDomain}, y el dominio del From: es {senderDomain}: no están alineados, así que este resultado no le sirve a DMARC y DKIM tiene que bastar.',
  'step.check.spf.list':
    '{mx} obtiene el registro SPF de {spfDomain}, el dominio del remitente del sobre de la lista: incluye {ip}, así que SPF pasa y coincide con el dominio del From: reescrito.',
  'step.check.dkim.list':
    '{mx} obtiene la clave DKIM de {dkimDomain} (s2025._domainkey) y comprueba la firma: la lista cambió el asunto y añadió un pie, así que la firma ya no es válida. DKIM falla.',
  'card.forwards-to': 'Esta dirección reenvía a',
  'card.forwards-to.address': '{address}',
  'card.forwards-to.none': 'Nadie (sin reenvío)',
  'card.list': 'Es una lista de correo (marca el asunto, añade un pie)',
  'edit.list.true': '{address} es una lista de correo',
  'edit.list.false': '{address} no es una lista de correo',
  'graph.recipient.delivered': 'entregado',
  'graph.recipient.downloaded': 'descargado',
  'graph.recipient.bounced': 'rebotado {code}',
  'graph.recipient.rejected': 'rechazado {code}',
  'graph.recipient.deferred': 'en espera {code}',
  'graph.recipient.quarantined': 'en no deseado',
  'graph.recipient.says': '{address}: {result}.',
  'graph.recipient.who': '{who}: {result}',
  'checkpoint.next-server.0.why':
    'El relay no sabe dónde está la computadora de {recipient}, y el correo nunca va allí directamente: va a los servidores de correo del proveedor.',
  'checkpoint.next-server.2.why':
    'El servidor de lectura de {sender} solo sirve el buzón de {sender}. No tiene ningún papel en el envío de correo a {recipient}.',
  'checkpoint.next-server.3.why':
    'Los routers llevan los paquetes de red, pero nunca leen correo. Primero el relay tiene que averiguar con qué servidor de correo hablar.',
  'checkpoint.after-mx.0.why':
    'Un mensaje se entrega una sola vez. El relay prueba los servidores uno tras otro, el número más bajo primero, y se detiene en el primero que acepta.',
  'checkpoint.after-mx.1.why':
    'Gana el número más bajo: 10 va antes que 20. El servidor con 20 es el de respaldo, y solo se prueba si no se puede llegar al primero.',
  'checkpoint.no-mailbox.q': 'No hay buzón para esta dirección en {domain}. ¿Qué hace su servidor receptor?',
  'checkpoint.no-mailbox.0': 'Guarda el mensaje hasta que alguien cree el buzón',
  'checkpoint.no-mailbox.1': 'Lo rechaza en el acto, mientras el relay sigue conectado',
  'checkpoint.no-mailbox.2': 'Lo tira sin avisar a nadie',
  'checkpoint.no-mailbox.3': 'Lo envía en su lugar a la computadora de {recipient}',
  'checkpoint.no-mailbox.why':
    'Dice que no enseguida (550 5.1.1 en RCPT TO). El rechazo es definitivo, así que el relay que tiene el mensaje debe avisar al remitente.',
  'checkpoint.no-mailbox.0.why':
    'Los servidores no guardan correo para buzones que no existen. Un «inténtalo más tarde» sería temporal; esta respuesta es definitiva.',
  'checkpoint.no-mailbox.2.why':
    'El correo no se tira en silencio: el servidor receptor responde con un rechazo para que se pueda avisar al remitente.',
  'checkpoint.no-mailbox.3.why':
    'El correo nunca va directamente a la computadora de un lector; sin buzón no hay dónde dejarlo en {domain}.',
  'checkpoint.no-login.q':
    'El relay va a entregar el mensaje al servidor receptor de {domain}. ¿Por qué no inicia sesión con una contraseña?',
  'checkpoint.no-login.0': 'Ya inició sesión antes, en el servidor de envío',
  'checkpoint.no-login.1': 'Conoce la contraseña de {recipient}',
  'checkpoint.no-login.2':
    'La entrega entre proveedores por el puerto 25 no necesita iniciar sesión; el receptor comprueba al remitente en el DNS',
  'checkpoint.no-login.3': 'Las contraseñas se envían después, con el mensaje',
  'checkpoint.no-login.why':
    'En el puerto 25 cualquiera puede ofrecer correo para los usuarios locales. En vez de un inicio de sesión, el receptor pregunta al DNS si este servidor puede enviar por el dominio (SPF, DKIM, DMARC).',
  'checkpoint.no-login.0.why':
    '{sender} inició sesión en el servidor de envío de su propio proveedor. Ese inicio de sesión solo cuenta allí; el servidor de {domain} no sabe nada de él.',
  'checkpoint.no-login.1.why':
    'Nadie más que {recipient} conoce la contraseña de {recipient}, y solo sirve para leer correo, nunca para recibirlo.',
  'checkpoint.no-login.3.why':
    'Un mensaje no lleva ninguna contraseña. El receptor decide por los registros DNS si confía en el servidor que envía.',
  'checkpoint.forged-sender.q':
    'Este mensaje dice venir del proveedor de {sender}, pero el servidor que lo envía no está en la lista de ese proveedor. ¿Qué comprobación falla?',
  'checkpoint.forged-sender.0': 'El inicio de sesión (AUTH)',
  'checkpoint.forged-sender.1': 'SPF: la lista de servidores de envío autorizados del proveedor',
  'checkpoint.forged-sender.2': 'El filtro de spam',
  'checkpoint.forged-sender.3': 'La consulta del MX',
  'checkpoint.forged-sender.why':
    'SPF compara la dirección del servidor que se conecta con la lista que el dominio del remitente publica en el DNS. Si no está en la lista, SPF falla.',
  'checkpoint.forged-sender.0.why':
    'La entrega de un proveedor a otro por el puerto 25 no tiene inicio de sesión, así que no hay inicio de sesión que pueda fallar. Las comprobaciones usan el DNS.',
  'checkpoint.forged-sender.2.why':
    'El filtro de spam llega más tarde y mira el contenido. Comprobar quién puede enviar por un dominio es tarea de SPF.',
  'checkpoint.forged-sender.3.why':
    'La consulta del MX encontró adónde entregar el correo. No dice nada de quién puede enviarlo.',
  'checkpoint.final-dot.q':
    'Tras la última línea del mensaje (una línea con solo un punto), el servidor receptor de {domain} responderá 250. ¿Qué significa eso?',
  'checkpoint.final-dot.0': '{recipient} ha leído el mensaje',
  'checkpoint.final-dot.1': 'El servidor asume la responsabilidad de entregarlo',
  'checkpoint.final-dot.2': 'El mensaje ya está en la bandeja de entrada de {recipient} en el teléfono',
  'checkpoint.final-dot.3': 'La contraseña de {sender} era correcta',
  'checkpoint.final-dot.why':
    'Desde este 250, el servidor receptor es el responsable: el relay puede olvidarse del mensaje. Si algo falla después, el receptor debe informar de ello.',
  'checkpoint.final-dot.0.why':
    '{recipient} lo lee mucho más tarde, solo cuando su app de correo consulta el almacén. El 250 es una promesa entre dos servidores.',
  'checkpoint.final-dot.2.why':
    'El mensaje todavía tiene que pasar el filtro y guardarse en el almacén de buzones, y nada llega a un teléfono hasta que su app lo pide.',
  'checkpoint.final-dot.3.why':
    'Aquí no se envió ninguna contraseña: la entrega entre proveedores por el puerto 25 no tiene inicio de sesión. El 250 responde al propio mensaje.',
  'checkpoint.same-domain.0.why':
    'Al DNS se le pregunta para encontrar otro proveedor. {domain} es el propio proveedor, así que no hay nada que buscar.',
  'checkpoint.same-domain.2.why':
    'El servidor IMAP solo lee del almacén de buzones cuando la app de {recipient} lo pide. La entrega se hace en el almacén.',
  'checkpoint.who-fetches.1.why':
    'SMTP empuja el correo entre servidores, pero nunca hasta el dispositivo de un lector. El almacén espera a que la app venga a pedirlo.',
  'checkpoint.who-fetches.2.why': 'El DNS solo responde preguntas sobre nombres y direcciones; nunca lleva correo.',
  'checkpoint.who-bounces.q': 'El mensaje no se puede entregar. ¿Quién escribe el rebote que avisa a {sender}?',
  'checkpoint.who-bounces.0': 'El servidor receptor del proveedor de {recipient}',
  'checkpoint.who-bounces.1': 'El relay saliente del proveedor de {sender}, que todavía tiene el mensaje',
  'checkpoint.who-bounces.2': 'La app de correo de {recipient}',
  'checkpoint.who-bounces.3': 'La app de correo de {sender}',
  'checkpoint.who-bounces.why':
    'El relay que tiene el mensaje y recibió el «no» escribe un mensaje nuevo (un rebote) y lo entrega en el propio buzón de {sender}.',
  'checkpoint.who-bounces.0.why':
    'El servidor receptor solo respondió «no» mientras el relay estaba conectado. Escribir el rebote es tarea de quien tiene el mensaje.',
  'checkpoint.who-bounces.2.why': '{recipient} nunca recibió el mensaje, así que su app no sabe nada de él.',
  'checkpoint.who-bounces.3.why':
    'La app de {sender} entregó el mensaje hace rato. Solo muestra el rebote cuando descarga el correo nuevo.',
  'recap.heading': 'Tus predicciones',
  'recap.score': 'Acertaste {right} de {total}.',
  'recap.right': 'Correcto',
  'recap.wrong': 'No del todo',
  'recap.skipped': 'Omitida',
  'recap.yours': 'Tu respuesta: {choice}',
  'recap.answer': 'Respuesta: {choice}',
  'checkpoint.tag': 'Predice:',
  'checkpoint.right': 'respuesta correcta',
  'checkpoint.notThis': 'tu elección',
  'checkpoint.correct': '¡Bien predicho!',
  'checkpoint.incorrect': 'No del todo.',
  'checkpoint.continue': 'Continuar',
  'checkpoint.skip': 'Saltar la pregunta',
  'checkpoint.next-server.q':
    '{recipient} está en otro proveedor. ¿A qué servidor pregunta después el proveedor de {sender}?',
  'checkpoint.next-server.0': 'A la computadora de {recipient}',
  'checkpoint.next-server.1': 'A un resolvedor DNS',
  'checkpoint.next-server.2': 'Al servidor IMAP de {sender}',
  'checkpoint.next-server.3': 'Al router de Internet más cercano',
  'checkpoint.next-server.why':
    'El relay necesita saber primero qué servidores aceptan correo para {domain}, así que pide al DNS los registros MX de ese dominio.',
  'checkpoint.after-mx.q':
    'El DNS dio dos servidores de correo, con preferencia 10 y 20. ¿Qué pregunta después el relay?',
  'checkpoint.after-mx.0': 'Nada: envía el mensaje a los dos',
  'checkpoint.after-mx.1': 'La dirección del servidor con preferencia 20',
  'checkpoint.after-mx.2': 'La dirección del servidor con preferencia 10',
  'checkpoint.after-mx.why':
    'Se prueba primero el número de preferencia más bajo. Un registro MX nombra un equipo, así que el relay todavía necesita su dirección (A/AAAA).',
  'checkpoint.same-domain.q':
    '{recipient} tiene el mismo proveedor que {sender}. ¿Qué pasa después de que el servidor de envío acepte el mensaje?',
  'checkpoint.same-domain.0': 'Pide al DNS el MX de {domain}',
  'checkpoint.same-domain.1': 'Guarda el mensaje directamente en el buzón de {recipient}',
  'checkpoint.same-domain.2': 'Envía el mensaje al servidor IMAP de {recipient}',
  'checkpoint.same-domain.why':
    'El dominio es uno de los del propio proveedor, así que no hay consulta DNS ni salto por Internet: la entrega local lo guarda en el almacén de buzones. IMAP solo sirve el almacén más tarde.',
  'checkpoint.who-fetches.q': 'El mensaje espera en el almacén de buzones. ¿Cómo llega a la pantalla de {recipient}?',
  'checkpoint.who-fetches.0': 'La app de {recipient} inicia sesión (IMAP o POP3) y lo descarga',
  'checkpoint.who-fetches.1': 'El almacén lo empuja a la computadora de {recipient} por SMTP',
  'checkpoint.who-fetches.2': 'El DNS lo reenvía a la computadora',
  'checkpoint.who-fetches.why':
    'La entrega termina en el almacén. La app del lector se conecta cuando quiere y lee del almacén por IMAP o POP3.',
  'missions.heading': 'Misiones',
  'missions.intro':
    'Haz de atacante y luego de dueño del dominio. Cambia el mundo desde las fichas (haz clic en un servidor o en el resolvedor DNS) y pulsa Enviar.',
  'missions.progress': '{done} de {total} misiones hechas',
  'missions.done': 'hecha',
  'missions.todo': 'pendiente',
  'missions.back': 'Todas las misiones',
  'missions.close': 'Cerrar las misiones',
  'missions.goal': 'Objetivo',
  'missions.attempts': 'Envíos: {n}',
  'missions.hintsUsed': 'Pistas: {n} de {total}',
  'missions.hint': 'Mostrar una pista',
  'missions.hintHeading': 'Pistas',
  'missions.notYet': 'Todavía no. Cambia el mundo desde las fichas y vuelve a pulsar Enviar.',
  'missions.answerFirst': 'El viaje alcanzó el objetivo. Ahora responde a la pregunta.',
  'missions.success': 'Misión cumplida: {title}.',
  'missions.learned': 'Qué muestra esto',
  'missions.question': 'Tu respuesta',
  'missions.wrong': 'No del todo: vuelve a mirar las comprobaciones del servidor receptor.',
  'missions.settings': 'Misiones ofrecidas',
  'missions.none': 'En esta clase no se ofrece ninguna misión.',
  'notice.hint.mission':
    'Usa un nombre de misión: forge, stop-the-spoof, lookalike, eavesdrop, stop-the-downgrade o forwarding-breaks.',
  'notice.hint.missions': 'Usa nombres de misión separados por comas, como forge,stop-the-spoof.',
  'mission.forge.title': 'Falsifica un mensaje',
  'mission.forge.goal':
    'Haz que un mensaje falsificado de alice@example.com llegue a la bandeja de entrada de Bob. Eres el atacante: tu servidor no es el proveedor de Alice.',
  'mission.forge.hint.1':
    'Pulsa Enviar y observa el servidor receptor de Bob: ¿qué comprobación rechaza la falsificación?',
  'mission.forge.hint.2':
    'SPF y DKIM nunca pasan para example.com cuando falsificas su dirección. Lo que decide es la política DMARC de example.com: abre la ficha del atacante o la del resolvedor DNS.',
  'mission.forge.hint.3':
    'Sin registro DMARC, o con p=none, el servidor receptor solo anota el fallo y entrega el mensaje.',
  'mission.forge.done':
    'SPF y DKIM fallaron y, aun así, la falsificación se entregó: ninguna política DMARC le pidió al servidor de Bob que actuara ante esos fallos en este mensaje (no hay ninguna publicada, p=none, o pct= lo dejó fuera). SPF por sí solo no protege la dirección From:, porque comprueba el remitente del sobre.',
  'beginner.mission.forge.done':
    'Las comprobaciones fallaron, pero la regla de example.com no le pidió al servidor de Bob que rechazara ni apartara este correo, así que el mensaje falso llegó a Bob. Las comprobaciones solas no protegen la dirección del remitente.',
  'mission.stop-the-spoof.title': 'Ahora detenlo',
  'mission.stop-the-spoof.goal':
    'La falsificación llega a Bob. Como dueño de example.com, haz que su servidor la rechace, sin tocar el servidor del atacante.',
  'mission.stop-the-spoof.hint.1': 'El servidor receptor comprueba DMARC: mira lo que publica example.com.',
  'mission.stop-the-spoof.hint.2':
    'Cambia la política DMARC de example.com en la ficha del resolvedor DNS (o la del atacante). p=quarantine solo lo manda a no deseado.',
  'mission.stop-the-spoof.hint.3':
    'p=reject hace que el servidor receptor rechace con 550 5.7.1 después del punto final (fin de DATA). Pide informes agregados (rua) para verlo.',
  'mission.stop-the-spoof.done':
    'Con p=reject, el servidor de Bob rechazó la falsificación con 550 5.7.1, y Alice no se entera de nada: no envió nada. Con rua, cada receptor envía a diario a example.com un informe agregado con quién envió en su nombre y qué se hizo.',
  'beginner.mission.stop-the-spoof.done':
    'Ahora example.com pide rechazar el correo que no supera sus comprobaciones, así que el servidor de Bob rechazó el mensaje falso. Alice no envió nada y no se entera.',
  'mission.lookalike.title': 'Un dominio parecido se cuela',
  'mission.lookalike.goal':
    'Un mensaje de un dominio que se parece a example.com llega a Bob, aunque example.com dice p=reject. Envíalo, mira las comprobaciones y luego di por qué.',
  'mission.lookalike.hint.1': 'Lee con atención la dirección del remitente, letra por letra.',
  'mission.lookalike.hint.2': '¿Para qué dominio comprobó el servidor receptor SPF, DKIM y DMARC? No para el de Alice.',
  'mission.lookalike.hint.3':
    'La política de example.com solo habla por example.com. El otro dominio tiene sus propios registros.',
  'mission.lookalike.question': 'Todas las comprobaciones pasaron. ¿Por qué?',
  'mission.lookalike.choice.1':
    'Pasaron para el propio dominio del atacante: las comprobaciones demuestran qué dominio lo envió, no que sea el que Bob cree.',
  'mission.lookalike.choice.2': 'La política DMARC de example.com es demasiado débil: p=reject lo detendría.',
  'mission.lookalike.choice.3': 'SPF comprueba la dirección From:, y el atacante podía usarla.',
  'mission.lookalike.done':
    'DMARC no detiene los dominios parecidos: examp1e.com, o un homógrafo como exаmple.com con una а cirílica (xn--… en punycode), supera sus propias comprobaciones. Lo que ayuda es que la app de Bob muestre la dirección real, y su atención.',
  'beginner.mission.lookalike.done':
    'El mensaje falso venía de otro dominio que solo se parece al de Alice, y superó sus propias comprobaciones. Lo que ayuda es que Bob vea la dirección real.',
  'mission.eavesdrop.title': 'Lee el correo de Bob en la red',
  'mission.eavesdrop.goal':
    'Sé el intermediario entre el relay de Alice y el servidor de Bob, y haz que el mensaje de Alice cruce Internet legible.',
  'mission.eavesdrop.hint.1': 'Abre la ficha del servidor receptor de Bob: hay alguien en la línea.',
  'mission.eavesdrop.hint.2': 'El cifrado entre servidores solo empieza cuando el receptor ofrece STARTTLS.',
  'mission.eavesdrop.hint.3':
    'Activa al intermediario: borra STARTTLS de la respuesta y el relay envía en texto claro.',
  'mission.eavesdrop.done':
    'STARTTLS entre servidores es oportunista: un intermediario que lo borra de la respuesta a EHLO hace que el remitente vuelva al texto claro, y él lee una copia. STARTTLS no siempre cifra.',
  'beginner.mission.eavesdrop.done':
    'El atacante ocultó la oferta de cifrado, así que los servidores hablaron en texto claro y él leyó el mensaje. El cifrado entre servidores no está garantizado.',
  'mission.stop-the-downgrade.title': 'Impide la degradación',
  'mission.stop-the-downgrade.goal':
    'El intermediario elimina STARTTLS. Como dueño de example.org, asegúrate de que el mensaje de Alice nunca cruce en texto claro, aunque él siga ahí.',
  'mission.stop-the-downgrade.hint.1': 'Abre la ficha del servidor receptor de Bob: ¿qué puede publicar example.org?',
  'mission.stop-the-downgrade.hint.2':
    'MTA-STS en testing solo informa. Enforce dice a los remitentes que nunca entreguen sin TLS.',
  'mission.stop-the-downgrade.hint.3': 'DANE también funciona, pero solo en una zona firmada con DNSSEC.',
  'mission.stop-the-downgrade.done':
    'Con MTA-STS enforce (o DANE con DNSSEC) el remitente se niega a entregar sin TLS: el mensaje espera en la cola y nada cruza legible. La primera entrega, antes de que un remitente guarde en caché la política MTA-STS, no está protegida; DANE no tiene ese hueco.',
  'beginner.mission.stop-the-downgrade.done':
    'Ahora example.org pide a los remitentes que solo entreguen cifrado, así que el servidor de Alice esperó en vez de enviar en texto claro.',
  'mission.forwarding-breaks.title': 'Rompe tu propio correo',
  'mission.forwarding-breaks.goal':
    'example.com dice p=reject pero no firma nada, y la dirección antigua de Bob reenvía a bob@example.org. Se rechaza el propio mensaje de Alice. Arréglalo sin quitar p=reject.',
  'mission.forwarding-breaks.hint.1': 'Pulsa Enviar: en example.org SPF pasa, pero ¿para qué dominio?',
  'mission.forwarding-breaks.hint.2':
    'El servidor de reenvío envía desde su propia dirección (SRS), así que SPF ya no habla por example.com. Solo una firma sobrevive al reenvío.',
  'mission.forwarding-breaks.hint.3':
    'Haz que el proveedor de example.com firme con DKIM (la clave está en el DNS): la ficha del resolvedor DNS.',
  'mission.forwarding-breaks.done':
    'Un reenvío rompe SPF para el dominio original, pero una firma DKIM viaja con el mensaje, así que DMARC pasa por DKIM. O el MX de Bob confía en el sello ARC del servidor de reenvío: DMARC sigue fallando, pero los resultados sellados permiten a su política local entregar el mensaje.',
  'beginner.mission.forwarding-breaks.done':
    'El servicio de reenvío envía desde su propio servidor, así que la lista de equipos permitidos ya no encaja. Una firma viaja con el mensaje; o el servidor de Bob cree la palabra sellada del reenvío de que revisó el correo.',
  'shortcuts.title': 'Atajos de teclado',
  'shortcuts.close': 'Cerrar',
  'shortcuts.note': 'Los atajos no hacen nada mientras escribes en un campo.',
  'shortcuts.key.space': 'Espacio',
  'shortcuts.key.right': '→',
  'shortcuts.key.left': '←',
  'shortcuts.key.home': 'Inicio',
  'shortcuts.key.end': 'Fin',
  'shortcuts.key.help': '?',
  'shortcuts.playPause': 'Reproducir o pausar',
  'shortcuts.forward': 'Paso siguiente',
  'shortcuts.back': 'Paso anterior',
  'shortcuts.first': 'Primer paso',
  'shortcuts.last': 'Último paso',
  'shortcuts.help': 'Mostrar esta lista',
  'embed.title': 'Poner este viaje en una página de clase',
  'embed.intro':
    'Los dos fragmentos llevan el mensaje y las opciones que ves ahora. No se envía nada a ningún sitio: la página funciona sin conexión.',
  'embed.tag': 'Como elemento (carga el script una vez por página)',
  'embed.iframe': 'Como iframe (funciona en cualquier sitio que admita iframes)',
  'embed.copy': 'Copiar',
  'embed.copied': 'Copiado.',
  'embed.copyFailed': 'No se permitió copiar; selecciona el texto y cópialo a mano.',
  'embed.close': 'Cerrar',
  'beginner.step.compose':
    '{sender} escribe a {recipient} y pulsa Enviar. La app de correo mete el texto en un mensaje con una etiqueta arriba: remitente, destinatario, asunto.',
  'beginner.step.compose.attachment':
    '{sender} escribe a {recipient}, adjunta un video de vacaciones de {mb} MB y pulsa Enviar. La app mete ambos en un mensaje con una etiqueta arriba.',
  'beginner.step.submit':
    'La app de {sender} inicia sesión en el servidor de envío del proveedor, que se hace cargo del mensaje. Muchos comprueban además que sale de una dirección de {sender}.',
  'beginner.step.submit.refused':
    'La app de {sender} intenta entregar el mensaje al servidor de envío del proveedor, pero el servidor dice que no.',
  'beginner.step.submit.refused.password':
    'La app de {sender} intenta iniciar sesión en el servidor de envío del proveedor, pero la contraseña es incorrecta. El servidor no aceptará el mensaje.',
  'beginner.step.submit.refused.size':
    'La app de {sender} le dice al servidor de envío cuánto ocupa el mensaje. Con el video es demasiado grande para el servidor, que lo rechaza.',
  'beginner.step.refuse':
    'La app de {sender} muestra el error del servidor. No se envió nada, así que nadie más verá este mensaje y no se escribe ningún rebote.',
  'beginner.step.refuse.password':
    'La app de {sender} dice que la contraseña era incorrecta. No se envió nada, así que nadie más ve el mensaje y no se escribe ningún rebote.',
  'beginner.step.refuse.size':
    'La app de {sender} dice que el mensaje es demasiado grande para enviarlo. No se envió nada: nadie más lo ve y no se escribe ningún rebote.',
  'beginner.step.handoff':
    '{recipient} usa otro proveedor, así que el servidor de envío pasa el mensaje al servidor de salida del proveedor, que entrega correo a otros proveedores.',
  'beginner.step.dns-mx.found':
    'El servidor de salida consulta la agenda de Internet (DNS): ¿qué servidores reciben correo para el proveedor de {recipient}? La respuesta los enumera, el mejor primero.',
  'beginner.step.dns-mx.empty':
    'La agenda de Internet (DNS) conoce el dominio de {recipient}, pero no nombra ningún servidor de correo para él, así que lo recibirá la propia computadora del dominio.',
  'beginner.step.dns-mx.null':
    'La agenda de Internet (DNS) dice: este dominio no acepta ningún correo. No hay adónde entregar el mensaje.',
  'beginner.step.dns-mx.nxdomain':
    'La agenda de Internet (DNS) dice: este dominio no existe. No hay nadie a quien dar el mensaje.',
  'beginner.step.dns-mx.servfail':
    'La guía (DNS) no puede decir ahora adónde va el correo de {recipient}. Es solo por ahora, así que el correo no se devuelve.',
  'beginner.step.queue.dns':
    'El mensaje espera en la cola del servidor de salida. El servidor vuelve a preguntar a la guía más tarde, hasta {days} días, antes de avisar a {sender}.',
  'beginner.step.dns-host':
    'Siguiente pregunta a la agenda: ¿cuál es la dirección de red de ese servidor de correo? Es la dirección del servidor, no de la computadora de {recipient}.',
  'beginner.step.dns-host.implicit':
    'El servidor de salida pide a la agenda la dirección de red del propio dominio de {recipient}. Esa computadora recibirá el correo.',
  'beginner.step.dns-host.none':
    'El servidor de salida pide a la agenda la dirección de red del servidor de correo, pero no hay ninguna.',
  'beginner.step.dns-aaaa':
    'Una segunda pregunta: el tipo de dirección de red más nuevo y más largo del servidor. Cada pregunta a la agenda pide un solo tipo de respuesta.',
  'beginner.step.dns-aaaa.none':
    'Una segunda pregunta: el tipo de dirección de red más nuevo y más largo. No hay ninguna, así que sirve el tipo antiguo.',
  'beginner.step.dns-aaaa.nothing':
    'El servidor de salida pide también la dirección de tipo nuevo: tampoco hay. Sin ninguna dirección, no se puede llegar al servidor.',
  'beginner.step.relay.accepted':
    'El servidor de salida se conecta al servidor receptor del proveedor de {recipient}. Esta entrega no necesita contraseña. El receptor dice: sí, conozco a {recipient}.',
  'beginner.step.relay.retry-accepted':
    'El servidor de salida vuelve a probar con el servidor receptor (intento número {attempt}). Esta vez dice que sí y acepta correo para {recipient}.',
  'beginner.step.relay.accepted.some':
    'El servidor receptor responde por cada dirección: sí para {recipient}, pero no para «{refusedName}»: no puede aceptar correo para esa dirección.',
  'beginner.step.relay.rejected':
    'El servidor de salida se conecta al servidor receptor de {recipient}, que rechaza definitivamente: nadie con ese nombre tiene buzón allí.',
  'beginner.step.relay.rejected.full':
    'El servidor de salida se conecta al servidor receptor de {recipient}. La dirección existe, pero su buzón está lleno, así que el servidor rechaza definitivamente.',
  'beginner.step.relay.rejected.relay':
    'El servidor de salida se conecta al servidor que indicó la agenda, pero ese servidor no acepta correo para el dominio de {recipient}, así que lo rechaza.',
  'beginner.step.relay.rejected.loop':
    'El servidor de salida se conecta al servidor receptor de {recipient}. La dirección reenvía en círculo hacia sí misma, así que el servidor corta el bucle y rechaza.',
  'beginner.step.relay.deferred':
    'El servidor de salida se conecta al servidor receptor, que responde: ahora no, inténtalo más tarde. Es un no temporal.',
  'beginner.step.relay.no-answer':
    'El servidor de salida intenta llegar al servidor receptor, pero nadie responde. Tras {seconds} segundos abandona este servidor.',
  'beginner.step.relay.refused-connection':
    'El servidor de salida intenta llegar al servidor receptor, pero esa computadora lo rechaza al instante: allí no escucha ningún servidor de correo.',
  'beginner.step.relay.rejected-mail':
    'El servidor de salida le dice al servidor receptor cuánto ocupa el mensaje. El servidor receptor lo rechaza: es demasiado grande.',
  'beginner.step.reply.rejected':
    'El rechazo vuelve al servidor de salida. Todavía tiene el mensaje y ahora tiene que avisar a {sender}.',
  'beginner.step.reply.deferred':
    'La respuesta «inténtalo más tarde» vuelve al servidor de salida, que guarda el mensaje en su cola de espera.',
  'beginner.step.reply.rejected-data':
    'El servidor receptor rechaza el mensaje entero: las comprobaciones dicen que quizá no viene de verdad del proveedor de {sender}. El rechazo vuelve.',
  'beginner.step.check.ptr.pass':
    'El servidor receptor busca el nombre de la computadora que se conectó y lo anota en el diario de viaje del mensaje.',
  'beginner.step.check.ptr.fail':
    'El servidor receptor busca el nombre de la computadora que se conectó, pero esa computadora no tiene nombre.',
  'beginner.step.check.spf.pass':
    'Comprobación 1: el proveedor de {sender} publica una lista de sus computadoras de envío. La que se conectó está en ella: superada.',
  'beginner.step.check.spf.fail':
    'Comprobación 1: el proveedor de {sender} publica una lista de computadoras autorizadas a enviar. La que se conectó no está: fallida.',
  'beginner.step.check.dkim.pass':
    'Comprobación 2: el mensaje lleva una firma digital del proveedor de {sender}. El servidor receptor la comprueba con la clave publicada del proveedor: superada.',
  'beginner.step.check.dkim.permerror':
    'Comprobación 2: el servidor receptor busca la clave publicada del proveedor para comprobar la firma, pero no encuentra ninguna: no se puede comprobar en absoluto.',
  'beginner.step.check.dmarc.pass':
    'Comprobación 3: al menos una de las dos primeras se superó para el proveedor de {sender}, así que el servidor receptor acepta el mensaje.',
  'beginner.step.check.dmarc.absent':
    'El proveedor de {sender} no publica ninguna regla para comprobaciones fallidas, así que no se pide nada más. El servidor receptor acepta el mensaje.',
  'beginner.step.check.dmarc.none':
    'Comprobación 3: las dos fallaron, pero la regla del proveedor de {sender} dice que solo se informe. El servidor receptor acepta el mensaje.',
  'beginner.step.check.dmarc.quarantine':
    'Comprobación 3: las dos fallaron, y la regla del proveedor de {sender} dice: acéptalo, pero trátalo como spam.',
  'beginner.step.check.dmarc.reject':
    'Comprobación 3: las dos fallaron, y la regla del proveedor de {sender} dice: recházalo. El mensaje puede ser falso.',
  'beginner.step.filter':
    'El servidor receptor pasa el mensaje a un filtro que busca spam y virus. Todo parece en orden.',
  'beginner.step.filter.spam':
    'El filtro analiza el mensaje y decide que parece spam. Irá a la carpeta de correo no deseado, no a la bandeja de entrada.',
  'beginner.step.filter.quarantine':
    'Las comprobaciones del remitente fallaron y la regla de su dominio, aplicada a este mensaje, dice correo no deseado, así que el filtro lo manda a esa carpeta.',
  'beginner.step.store':
    'El mensaje se guarda en el buzón de {recipient} en el proveedor. Ahí espera: todavía no se envía nada al teléfono de {recipient}.',
  'beginner.step.store.junk':
    'El mensaje se guarda en la carpeta de correo no deseado del buzón de {recipient} en el proveedor.',
  'beginner.step.store.local':
    '{recipient} tiene el mismo proveedor que {sender}, así que no hay viaje por Internet: el servidor guarda el mensaje directamente en el buzón.',
  'beginner.step.login.imap':
    'La app de correo de {recipient} está conectada al servidor de lectura desde antes de que {sender} pulsara Enviar. Espera a que le avisen de correo nuevo.',
  'beginner.step.login.pop3':
    '{recipient} abre la app de correo. Esta inicia sesión en el servidor de lectura del proveedor, que abre el buzón de {recipient} para descargarlo.',
  'beginner.step.login.imap.junk':
    '{recipient} abre la carpeta de correo no deseado. La app pregunta al servidor de lectura del proveedor qué hay dentro.',
  'beginner.step.notice':
    'El servidor de lectura avisa a la app de {recipient}: ha llegado correo nuevo. Este aviso corto no contiene el mensaje en sí.',
  'beginner.step.fetch':
    'Solo ahora la app pide el mensaje en sí. El correo llega a una app solo cuando la app lo pide.',
  'beginner.step.read.imap':
    'La app muestra el mensaje y {recipient} lo lee. Se queda en el servidor, así que los otros dispositivos de {recipient} también lo ven.',
  'beginner.step.read.imap.junk':
    'La app de {recipient} muestra el mensaje en la carpeta de correo no deseado. Las carpetas están en el servidor.',
  'beginner.step.read.pop3': 'La app descarga el mensaje en este dispositivo y {recipient} lo lee.',
  'beginner.step.read.pop3.junk':
    'Este tipo de app solo descarga la bandeja de entrada, así que el mensaje espera sin ser visto en la carpeta de correo no deseado.',
  'beginner.step.queue.retry':
    'El mensaje espera en la cola del servidor de salida. Tras unos {minutes} minutos el servidor lo vuelve a intentar.',
  'beginner.step.queue.stuck':
    'El mensaje se queda en la cola. El servidor sigue intentándolo hasta {days} días antes de rendirse y avisar a {sender}.',
  'beginner.step.bounce':
    'El servidor de salida no puede entregar el mensaje, así que escribe uno nuevo, un rebote, que explica por qué, y lo deja en el buzón de {sender}.',
  'beginner.step.bounce-fetch': 'La app de {sender} pide al buzón de {sender} el correo nuevo.',
  'beginner.step.bounce-read':
    '{sender} lee el rebote: un mensaje automático del sistema de correo que explica por qué no se pudo entregar el mensaje.',
  'beginner.summary.delivered': '{recipient} tiene el mensaje, {steps} pasos después.',
  'beginner.summary.delivered.minutes': '{recipient} tiene el mensaje, {steps} pasos después.',
  'beginner.summary.bounced.list':
    'La lista no pudo reenviar el mensaje. El rebote fue a la propia lista, así que a {sender} no se le avisa.',
  'beginner.summary.bounced':
    'No se pudo entregar el mensaje. La bandeja de entrada de {sender} tiene ahora un rebote que explica por qué.',
  'beginner.summary.rejected':
    'El servidor de envío rechazó el mensaje, así que no se envió nada. La app de {sender} mostró por qué.',
  'beginner.summary.deferred':
    'Aún no entregado: el mensaje espera en el servidor de salida, que lo volverá a intentar más tarde.',
  'beginner.summary.quarantined': 'El mensaje se entregó, pero en la carpeta de correo no deseado de {recipient}.',
  'beginner.summary.all': 'Los {total} destinatarios tienen el mensaje, {steps} pasos después.',
  'beginner.summary.all.minutes': 'Los {total} destinatarios tienen el mensaje, {steps} pasos después.',
  'beginner.summary.some':
    '{reached} de {total} destinatarios tienen el mensaje. Un rebote en la bandeja de entrada de {sender} nombra a cada uno que falló definitivamente.',
  'beginner.summary.spoof-rejected':
    'Un mensaje falso que decía venir de {sender} fue rechazado por el servidor receptor de {recipient}. {sender} no envió nada y no se entera de nada.',
  'beginner.label.compose': 'Escribir y enviar',
  'beginner.label.submit': 'Entregar al proveedor',
  'beginner.label.refuse': 'Se muestra un error',
  'beginner.label.handoff': 'Pasar al servidor de salida',
  'beginner.label.dns-mx': 'Buscar los servidores de correo',
  'beginner.label.dns-host': 'Buscar la dirección',
  'beginner.label.dns-a': 'Buscar la dirección',
  'beginner.label.dns-aaaa': 'Buscar la dirección nueva',
  'beginner.label.relay': 'Entregar al servidor receptor',
  'beginner.label.check-ptr': '¿Quién llama?',
  'beginner.label.check-spf': 'Comprobación del remitente 1',
  'beginner.label.check-dkim': 'Comprobación del remitente 2',
  'beginner.label.check-dmarc': 'Comprobación del remitente 3',
  'beginner.label.reply': 'La respuesta vuelve',
  'beginner.label.queue': 'Esperar y reintentar',
  'beginner.label.filter': 'Control de spam',
  'beginner.label.store': 'Guardar en el buzón',
  'beginner.label.login': 'Abrir la app de correo',
  'beginner.label.notice': 'Aviso de correo nuevo',
  'beginner.label.fetch': 'Pedir el mensaje',
  'beginner.label.read': 'Leer el correo',
  'beginner.label.bounce': 'Escribir un rebote',
  'beginner.label.bounce-fetch': 'El remitente mira su correo',
  'beginner.label.store.of': 'Guardar en el buzón de {name}',
  'beginner.label.login.of': 'La app de correo de {name}',
  'beginner.label.notice.of': 'Aviso de correo nuevo para {name}',
  'beginner.label.fetch.of': 'La app de {name} pide el mensaje',
  'beginner.label.read.of': '{name} lee el correo',
  'beginner.label.bounce-read': 'Leer el rebote',
  'beginner.myth.1':
    'Son funciones, no buzones: el servidor de envío pide la contraseña del remitente; cuando el servidor de un proveedor pasa el correo al de otro, no hay contraseña, y el receptor comprueba al remitente.',
  'beginner.myth.2':
    'El servidor de lectura solo deja entrar a la aplicación en su buzón, para recoger el correo o guardar su copia en Enviados. Nunca envía correo ni lo recibe de otros servidores.',
  'beginner.myth.3':
    'Con el webmail en un navegador, el navegador habla con la web del proveedor; luego son los servidores del proveedor los que envían el correo.',
  'beginner.myth.4':
    'El correo para alguien del mismo proveedor también pasa antes por el buzón. El servidor de lectura solo lo entrega cuando la app lo pide.',
  'beginner.myth.5': 'La agenda da la dirección del servidor de correo del destinatario, no la de su computadora.',
  'beginner.myth.6':
    'Los routers de Internet llevan los trozos del mensaje, pero nunca leen ni guardan correo. Solo lo tratan los servidores de correo del dibujo.',
  'beginner.myth.7':
    'El servidor receptor mira la dirección del sobre, no la línea Para que ves. Así funcionan las copias ocultas.',
  'beginner.label.sent': 'Guardar una copia en Enviados',
  'beginner.label.forward': 'Pasado a otro proveedor',
  'beginner.step.compose.webmail':
    '{sender} escribe a {recipient} en la página web del proveedor y pulsa Enviar. La web del proveedor construye el mensaje, con una etiqueta arriba.',
  'beginner.step.webmail':
    'El navegador de {sender} envía el mensaje a la web del proveedor por una conexión web cifrada. El navegador nunca habla con servidores de correo.',
  'beginner.step.submit.webmail':
    'La web del proveedor entrega el mensaje al servidor de envío del propio proveedor, dentro del proveedor. El servidor responde: recibido, ahora es cosa mía.',
  'beginner.step.submit.465':
    'La app de {sender} se conecta al servidor de envío del proveedor, cifrado desde el primer byte, inicia sesión y entrega el mensaje. El servidor se hace cargo.',
  'beginner.step.submit.refused.webmail':
    'La web del proveedor intenta entregar el mensaje al servidor de envío del proveedor, pero el servidor dice que no.',
  'beginner.step.submit.refused.465':
    'La app de {sender} se conecta al servidor de envío, cifrado desde el primer byte, e intenta entregar el mensaje, pero el servidor dice que no.',
  'beginner.step.submit.refused.password.webmail':
    'La web del proveedor intenta entregar el mensaje en nombre de {sender}, pero el inicio de sesión es incorrecto, así que el servidor de envío lo rechaza.',
  'beginner.step.submit.refused.password.465':
    'La app de {sender} se conecta al servidor de envío, cifrado desde el primer byte, pero usa una contraseña incorrecta. El servidor lo rechaza.',
  'beginner.step.submit.refused.size.webmail':
    'La web del proveedor intenta entregar el mensaje, pero es demasiado grande para el servidor de envío del proveedor, que lo rechaza.',
  'beginner.step.submit.refused.size.465':
    'La app de {sender} se conecta al servidor de envío, cifrado desde el primer byte, y dice cuánto ocupa el mensaje: demasiado, así que el servidor lo rechaza.',
  'beginner.step.refuse.webmail':
    'La página web muestra a {sender} el error del servidor. No se envió nada: nadie más ve este mensaje y no se escribe ningún rebote.',
  'beginner.step.refuse.password.webmail':
    'La página web dice a {sender} que el inicio de sesión era incorrecto. No se envió nada: nadie más ve este mensaje ni se escribe ningún rebote.',
  'beginner.step.refuse.size.webmail':
    'La página web dice a {sender} que el mensaje es demasiado grande para enviarlo. No se envió nada: nadie más lo ve ni se escribe ningún rebote.',
  'beginner.step.sent.imap':
    'La app de {sender} guarda una copia en la carpeta Enviados del servidor del proveedor, así que el teléfono de {sender} también muestra el mensaje enviado.',
  'beginner.step.sent.pop3':
    'Esta app guarda su copia de Enviados solo en la computadora: con esta forma de leer el correo, el servidor no tiene carpeta Enviados.',
  'beginner.step.sent.webmail':
    'El proveedor guarda una copia en la carpeta Enviados de {sender} en su propio servidor, así que todos los dispositivos de {sender} muestran el mensaje enviado.',
  'beginner.step.spoof.compose':
    'El servidor de un desconocido, sin relación con el proveedor de {sender}, escribe un mensaje haciéndose pasar por {sender}. No puede firmarlo con la clave de su proveedor.',
  'beginner.step.spoof.relay':
    'El servidor del desconocido entrega el mensaje falso directamente al servidor receptor de {recipient}. Cualquiera puede conectarse; si se cree al remitente se decide después.',
  'beginner.step.check.dkim.forged':
    'El servidor receptor comprueba la firma del mensaje con la clave que publica el proveedor de {sender}. La firma no coincide: lo escribió otra persona.',
  'beginner.step.reply.spoof':
    'El servidor receptor rechaza el mensaje falso y se lo dice al servidor del desconocido. {sender} nunca se entera: no envió nada.',
  'beginner.step.bounce.forwarded':
    'El servidor de reenvío no pudo pasar el mensaje, así que escribe él mismo el rebote y lo devuelve al buzón de {sender}.',
  'beginner.step.bounce.list':
    'El servidor de la lista no pudo pasar el mensaje. El rebote vuelve a la propia lista, así que {sender} no se entera de nada.',
  'beginner.step.forward':
    'La dirección antigua de {recipient} reenvía su correo: el servidor de ese proveedor pasa el mensaje a su proveedor actual y anota que comprobó al remitente.',
  'beginner.step.forward.list':
    'La dirección es una lista de correo: su servidor envía una copia a cada miembro, marca el asunto, añade un pie y envía en nombre de la lista.',
  'beginner.step.check.spf.forwarded':
    'El servidor receptor comprueba quién puede enviar por el dominio del servidor de reenvío: este puede, así que pasa. Pero no es el dominio de {sender}.',
  'beginner.step.check.spf.list':
    'El servidor receptor comprueba quién puede enviar por el dominio de la lista: su servidor está autorizado, y la lista ahora escribe en su propio nombre.',
  'beginner.step.check.dkim.list':
    'El servidor receptor comprueba la firma: la lista cambió el asunto y añadió un pie, así que la firma ya no coincide.',
  'label.starttls': 'Un intermediario elimina STARTTLS',
  'label.report-dmarc': 'Un informe DMARC al dueño del dominio',
  'label.report-tls': 'Un informe TLS al dominio destinatario',
  'step.spoof.compose.display-name':
    '{spoofer} escribe un mensaje From: "{display}" <{forgedFrom}>. El nombre parece el de {sender} de {senderDomain}, pero la dirección es del propio dominio del falsificador, que firma y lista en su propio SPF.',
  'step.spoof.compose.lookalike':
    '{spoofer} escribe un mensaje From: {forgedFrom}: un dominio parecido (primo), un 1 en lugar de la letra l. El falsificador es dueño de ese dominio, así que publica para él SPF, una clave DKIM y DMARC.',
  'step.spoof.compose.homograph':
    '{spoofer} escribe un mensaje From: {forgedFrom}. Un cliente que muestra Unicode lo enseña como {unicode}, con una а cirílica; el nombre real es el punycode {forgedFrom}, un dominio que el falsificador posee y firma.',
  'step.check.spf.softfail':
    'En MAIL FROM, {mx} obtuvo el registro SPF de {senderDomain}: {record}. {ip} no figura y el registro termina en ~all, así que SPF da softfail: sospechoso, pero los receptores suelen aceptarlo y marcarlo.',
  'step.check.spf.neutral':
    'En MAIL FROM, {mx} obtuvo el registro SPF de {senderDomain}: {record}. {ip} no figura y el registro termina en ?all, así que SPF dice neutral: el dominio no se pronuncia.',
  'step.check.spf.none':
    '{mx} pide un registro SPF de {senderDomain} (el dominio del remitente del sobre): no hay ninguno publicado, así que SPF no tiene resultado (none). Nada dice qué servidores pueden enviar por él.',
  'step.check.spf.permerror':
    '{mx} obtuvo el registro SPF de {senderDomain}, pero seguirlo exigiría más de 10 consultas DNS (include, a, mx…), el límite del RFC 7208: SPF da permerror, un error en el propio registro.',
  'step.check.spf.forger':
    'SPF comprueba el dominio del remitente del sobre, {spfDomain}, no el From: que ve el lector. {ip} está en su registro SPF ({record}), así que SPF pasa: SPF solo demuestra que este servidor puede enviar por {spfDomain}.',
  'step.check.dkim.none':
    'El mensaje no lleva ninguna DKIM-Signature: el proveedor de {senderDomain} no lo firmó. DKIM no tiene resultado (none), así que ahora solo un SPF alineado que pase puede satisfacer a DMARC.',
  'step.check.dkim.broken':
    '{mx} obtiene la clave DKIM de {senderDomain} y comprueba la firma, pero un servidor en el camino cambió el cuerpo o el encabezado firmados (un pie, un asunto reescrito): los hashes no coinciden, así que DKIM falla.',
  'step.check.dkim.forger':
    'El falsificador firmó con d={dkimDomain}, un dominio suyo, y publica la clave: {mx} la verifica, así que DKIM pasa. Una firma demuestra quién firmó, no que el firmante sea quien el lector cree.',
  'step.check.dmarc.forger':
    '{mx} lee el registro DMARC de {senderDomain}: {record}. SPF y DKIM pasaron para el propio {senderDomain} y están alineados con From:, así que DMARC pasa. Nunca se consulta la política del dominio real: aquí nada está falsificado en términos de DMARC.',
  'step.check.dmarc.pct':
    '{mx} lee la política DMARC de {senderDomain}: {record}. Ni SPF ni DKIM pasaron alineados, pero pct={pct} aplica la política solo a esa parte del correo que falla. Esta simulación elige los mensajes por un hash del Message-ID (este: {bucket} de 100, no por debajo de {pct}), así que recibe el trato inmediatamente inferior: {disposition}.',
  'step.starttls.stripped':
    '{mx} ofrece STARTTLS en su respuesta a EHLO, pero {mitm}, un intermediario en el camino, borra la línea 250-STARTTLS. {mta} no ve ninguna oferta y, como permite el TLS oportunista, sigue sin cifrado.',
  'step.starttls.stripped.testing':
    '{mitm} borra 250-STARTTLS de la respuesta a EHLO de {mx}. La política MTA-STS de {recipientDomain} solo está en modo testing: {mta} anota el fallo para un informe, pero entrega igualmente en texto claro.',
  'step.starttls.stripped.mta-sts':
    '{mitm} borra 250-STARTTLS de la respuesta a EHLO de {mx}. Pero {mta} tiene en caché la política MTA-STS de {recipientDomain}, modo enforce: sin TLS no debe entregar. Dice QUIT y deja el mensaje en la cola.',
  'step.starttls.stripped.dane':
    '{mitm} borra 250-STARTTLS de la respuesta a EHLO de {mx}. Pero {recipientDomain} publica registros TLSA para {mx} en una zona firmada con DNSSEC (DANE): {mta} exige TLS, dice QUIT y deja el mensaje en la cola.',
  'step.relay.plain':
    '{mta} envía MAIL FROM, RCPT TO y el mensaje entero a {mx} sin cifrado. Cada línea cruza la red legible, y {mitm} se queda una copia. {mx} lo acepta (250): a ninguno de los dos servidores le parece que algo vaya mal.',
  'step.queue.tls':
    'El mensaje espera en la cola de {mta}: no irá a {mx} en texto claro. Cada reintento se encuentra con el mismo atacante; tras {days} días se rinde y lo devuelve con un rebote ({status}). Nada cruzó la red legible.',
  'step.report.dmarc':
    'Los servidores de {recipientDomain} envían su informe agregado DMARC diario a {rua}, como pide el registro de {senderDomain} (rua=): un resumen XML de qué IP enviaron correo como {senderDomain}, sus resultados SPF y DKIM, y qué se hizo ({disposition}).',
  'step.report.tls':
    '{mta} cuenta la sesión TLS fallida en su informe TLS diario a {recipientDomain} en {rua}, como pide su registro TLS-RPT: un resumen JSON con el resultado starttls-not-supported, enviado por HTTPS, que el intermediario no puede eliminar.',
  'step.report.tls.testing':
    '{mta} cuenta el fallo en su informe TLS diario a {rua}, como pide el registro TLS-RPT de {recipientDomain}: en modo testing, MTA-STS solo informa de los fallos. El dueño del dominio se entera del ataque, pero el mensaje ya cruzó en texto claro.',
  'myth.8':
    '«STARTTLS siempre cifra» es falso: en el puerto 25 solo se ofrece, y quien esté en el camino puede borrar la oferta. Solo MTA-STS en modo enforce o DANE hacen que un remitente exija TLS.',
  'myth.9':
    '«SPF protege la dirección From:» es falso: SPF comprueba el remitente del sobre (MAIL FROM) y la IP que envía. Solo DMARC vincula un SPF o DKIM que pasa con el dominio del From: que ve el lector.',
  'myth.10':
    '«DMARC detiene los dominios parecidos» es falso: DMARC protege un dominio y sus subdominios, no los nombres que solo se le parecen. examp1e.com o un homógrafo es otro dominio con sus propios registros; solo ayudan la atención del lector y los filtros.',
  'card.spoof': 'Un falsificador envía en su lugar (suplantador)',
  'card.forgery': 'Qué escribe el falsificador en From:',
  'card.forgery.exact': 'La dirección exacta del remitente',
  'card.forgery.display-name': 'Su nombre, con su propia dirección (nombre visible)',
  'card.forgery.lookalike': 'Un dominio parecido (examp1e.com)',
  'card.forgery.homograph': 'Un homógrafo (а cirílica, punycode)',
  'card.spf.softfail': 'Servidores del proveedor, luego ~all (softfail)',
  'card.spf.neutral': 'Servidores del proveedor, luego ?all (neutral)',
  'card.spf.permerror': 'Demasiadas consultas (permerror)',
  'card.dkim-signing': 'Firma DKIM del proveedor de {target}',
  'card.dkim-signing.signed': 'Firma cada mensaje',
  'card.dkim-signing.unsigned': 'No firma',
  'card.dkim-signing.broken': 'Firma, pero un salto rompe la firma',
  'card.dmarc-pct': 'pct= de DMARC de {target}',
  'card.dmarc-pct.value': 'pct={pct}',
  'card.dmarc-align': 'Alineación DMARC de {target}',
  'card.dmarc-align.relaxed': 'Relajada (misma organización)',
  'card.dmarc-align.strict': 'Estricta (dominio exacto, adkim=s aspf=s)',
  'card.dmarc-rua': 'Informes DMARC a dmarc-reports@{target} (rua)',
  'card.mta-sts': 'Política MTA-STS de {target}',
  'card.mta-sts.none': 'Ninguna',
  'card.mta-sts.testing': 'testing (solo informar)',
  'card.mta-sts.enforce': 'enforce (TLS, o esperar en la cola)',
  'card.dane': 'Registros TLSA de DANE de {target}',
  'card.dane.none': 'Ninguno',
  'card.dane.dnssec': 'Publicados, zona firmada con DNSSEC',
  'card.dane.no-dnssec': 'Publicados, zona sin firmar',
  'card.tls-rpt': 'Informes TLS para {target} (TLS-RPT)',
  'card.mitm': 'Un intermediario elimina STARTTLS',
  'edit.spf.softfail': 'El registro SPF de {domain} termina en ~all (softfail)',
  'edit.spf.neutral': 'El registro SPF de {domain} termina en ?all (neutral)',
  'edit.spf.permerror': 'El registro SPF de {domain} necesita demasiadas consultas (permerror)',
  'edit.dkim-signing.signed': 'El proveedor de {domain} firma con DKIM',
  'edit.dkim-signing.unsigned': 'El proveedor de {domain} no firma con DKIM',
  'edit.dkim-signing.broken': 'Un salto en el camino rompe la firma DKIM de {domain}',
  'edit.dmarc-pct': 'La política DMARC de {domain} se aplica al {pct} % del correo que falla (pct={pct})',
  'edit.dmarc-align.relaxed': 'La alineación DMARC de {domain} es relajada',
  'edit.dmarc-align.strict': 'La alineación DMARC de {domain} es estricta',
  'edit.dmarc-rua.true': '{domain} pide informes agregados DMARC',
  'edit.dmarc-rua.false': '{domain} no pide informes DMARC',
  'edit.mta-sts.none': '{domain} no publica ninguna política MTA-STS',
  'edit.mta-sts.testing': 'La política MTA-STS de {domain} está en modo testing',
  'edit.mta-sts.enforce': 'La política MTA-STS de {domain} se aplica (enforce)',
  'edit.dane.none': '{domain} no publica registros TLSA',
  'edit.dane.dnssec': '{domain} publica registros TLSA en una zona firmada con DNSSEC (DANE)',
  'edit.dane.no-dnssec': '{domain} publica registros TLSA, pero su zona no está firmada',
  'edit.tls-rpt.true': '{domain} pide informes TLS',
  'edit.tls-rpt.false': '{domain} no pide informes TLS',
  'edit.mitm.true': 'Un intermediario elimina STARTTLS entre los relays',
  'edit.mitm.false': 'Nadie manipula la conexión entre los relays',
  'edit.forgery.exact': 'El falsificador escribe la dirección exacta del remitente',
  'edit.forgery.display-name': 'El falsificador escribe su nombre con su propia dirección',
  'edit.forgery.lookalike': 'El falsificador escribe un dominio parecido',
  'edit.forgery.homograph': 'El falsificador escribe un dominio homógrafo',
  // El relé abierto y la confianza en ARC (email-facts.md §8, §9): tarjetas, cambios, imagen, textos, ideas erróneas.
  'card.forgery.open-relay': 'La dirección exacta del remitente, por un relé abierto',
  'edit.forgery.open-relay': 'El falsificador envía la dirección exacta del remitente por un relé abierto',
  'card.arc-trust': 'Confiar en el sello ARC del servidor de reenvío {target}',
  'edit.arc-trust.true': 'El MX receptor confía en el sello ARC de {domain}',
  'edit.arc-trust.false': 'El MX receptor no confía en el sello ARC de {domain}',
  'node.spoofer.open-relay': 'Un falsificador tras un relé abierto',
  'step.spoof.compose.open-relay':
    'Un servidor que no tiene nada que ver con {senderDomain}, {spoofer}, escribe un mensaje con un remitente falsificado: From: {from}, con una DKIM-Signature copiada que no puede hacer válida. No lo envía él mismo: se lo entrega a {relay}, un relé abierto.',
  'step.spoof.relay.open-relay':
    '{spoofer} entrega el mensaje a {relay}, un servidor mal configurado que retransmite para cualquiera (un relé abierto). {relay} se conecta a {mx} desde su propia dirección {ip}, diciendo MAIL FROM:<{from}>, y {mx} acepta el RCPT (250). La dirección del falsificador queda oculta, pero {ip} tampoco está en el SPF de {senderDomain}.',
  'step.reply.spoof.open-relay':
    '{mx} rechaza el mensaje tras el punto final: {reply}. El rechazo vuelve a {relay}, el relé abierto que se conectó, no a {spoofer}; el MX no escribe ningún rebote. Pero {relay} había aceptado el mensaje (250), así que, como servidor de correo real, ahora debe notificar el fallo a MAIL FROM:<{from}>: {sender} recibe un rebote (backscatter) de un correo que nunca envió.',
  'summary.spoof-rejected.open-relay':
    'Un mensaje falsificado que decía venir de {sender} fue rechazado por el servidor de correo de {recipient}: ni SPF ni DKIM pasaron para el dominio del From:, y su política DMARC dice reject. {sender} no envió nada, pero el relé abierto que lo reenvió le devuelve el rechazo como rebote: backscatter.',
  'step.check.dmarc.arc':
    '{mx} lee la política DMARC de {senderDomain}: {record}. Ni SPF ni DKIM pasaron alineados, así que DMARC falla. Pero la copia lleva una cadena ARC sellada por {sealer}, en quien {mx} confía: es válida (arc=pass) y dice que DMARC pasó en el servidor de reenvío. Como excepción de su política local, {mx} lo acepta (250) y anota dmarc=fail (p=reject dis=none).',
  'myth.11':
    '«Un relé abierto hace pasar una falsificación» es falso: solo oculta la dirección del falsificador. El MX comprueba la dirección del relé, que tampoco está en el SPF del dominio, y nadie puede firmar por el dominio. Además, los relés abiertos acaban en listas de bloqueo.',
  'myth.12':
    '«ARC hace que DMARC pase» es falso: aquí DMARC sigue fallando. ARC es una prueba sellada de lo que vio un servidor de reenvío; un receptor puede decidir confiar en ella y entonces hacer una excepción a su política.',
  'beginner.step.spoof.compose.open-relay':
    'El servidor de un desconocido escribe un mensaje que dice venir de {sender}. Para ocultar de dónde viene, lo enviará a través del servidor mal cuidado de otra persona.',
  'beginner.step.spoof.relay.open-relay':
    'Un servidor mal cuidado pasa el correo de cualquiera. El servidor receptor ve ese servidor, no al desconocido. Pero ese servidor tampoco puede enviar en nombre de {sender}.',
  'beginner.step.reply.spoof.open-relay':
    'El servidor receptor rechaza el mensaje falso. El servidor mal cuidado envía entonces a {sender} un aviso de fallo por un mensaje que ella nunca escribió.',
  'beginner.summary.spoof-rejected.open-relay':
    'Un mensaje falso que decía venir de {sender} fue rechazado por el servidor receptor de {recipient}. El servidor mal cuidado que lo pasó envía de todos modos un aviso de fallo a {sender}.',
  'beginner.step.check.dmarc.arc':
    'La comprobación 3 falla. Pero el servidor de reenvío selló en el encabezado que el mensaje pasó sus comprobaciones, y este servidor confía en él, así que lo acepta.',
  'beginner.myth.11':
    'Pasar por el servidor de otro oculta al falsificador, pero ese servidor tampoco puede enviar por el dominio, así que las comprobaciones fallan igual.',
  'beginner.myth.12':
    'El sello del servidor de reenvío no hace pasar la comprobación del remitente. Es una promesa que el servidor receptor puede decidir creer.',
  'graph.copy': 'copia',
  'graph.plain': 'legible',
  'graph.says.copy': '{node} guarda una copia legible del mensaje.',
  'graph.says.plain': 'De {from} a {to}: enviado sin cifrar.',
  'graph.says.notAligned': '{check} pasa, no alineado con From:',
  'graph.says.result': '{check}: {result}',
  'graph.ownResolver.title': 'Resolvedor DNS',
  'graph.ownResolver': 'Resolvedor de {domain}, {host}',
  'graph.says.ownResolver':
    '{node} pregunta al resolvedor propio de {domain}, {host}, por los registros que comprueba; cada respuesta viene de la zona que contiene el nombre.',
  'beginner.label.starttls': 'Alguien quita la oferta de cifrado',
  'beginner.label.report-dmarc': 'Un informe para el dueño del dominio',
  'beginner.label.report-tls': 'Un informe sobre el cifrado fallido',
  'beginner.step.spoof.compose.display-name':
    'Un desconocido escribe un mensaje que muestra el nombre {sender}, pero desde su propia dirección. El nombre es solo un texto que cualquiera puede escribir.',
  'beginner.step.spoof.compose.lookalike':
    'Un desconocido escribe desde un dominio que se parece al de {sender}: un 1 en lugar de la letra l. Es otro dominio, el del desconocido.',
  'beginner.step.spoof.compose.homograph':
    'Un desconocido escribe desde un dominio que parece idéntico al de {sender}, con una letra extranjera. Las apps cuidadosas muestran su nombre real, extraño.',
  'beginner.step.check.spf.softfail':
    'Comprobación 1: la computadora que envía no está en la lista, pero la lista solo dice «probablemente no». La mayoría de los servidores lo aceptan y lo marcan.',
  'beginner.step.check.spf.neutral':
    'Comprobación 1: la computadora que envía no está en la lista, y la lista no dice nada. Sin veredicto.',
  'beginner.step.check.spf.none':
    'Comprobación 1: este dominio no publica ninguna lista de computadoras autorizadas a enviar, así que no hay nada que comprobar.',
  'beginner.step.check.spf.permerror':
    'Comprobación 1: la lista de computadoras que envían es demasiado larga para seguirla: un error en el propio registro. La comprobación no puede responder.',
  'beginner.step.check.spf.forger':
    'Comprobación 1: la computadora del desconocido está en la lista de su propio dominio. Superada, pero esto solo comprueba el remitente oculto del sobre.',
  'beginner.step.check.dkim.none':
    'Comprobación 2: el mensaje no lleva ninguna firma digital. No hay nada que comprobar, así que no se supera.',
  'beginner.step.check.dkim.broken':
    'Comprobación 2: un servidor en el camino cambió el mensaje, así que la firma ya no coincide: fallida.',
  'beginner.step.check.dkim.forger':
    'Comprobación 2: el desconocido firmó con la clave de su propio dominio, y esa clave funciona: superada. Demuestra quién firmó, nada más.',
  'beginner.step.check.dmarc.forger':
    'Comprobación 3: las dos comprobaciones pasaron para el dominio del desconocido, así que se acepta el mensaje. Nunca se consulta el dominio real de {sender}.',
  'beginner.step.check.dmarc.pct':
    'Comprobación 3: las dos fallaron, pero la regla solo cubre una parte de ese correo, y este mensaje queda fuera: un trato más suave.',
  'beginner.step.starttls.stripped':
    'Un atacante en el camino borra la oferta de cifrado del servidor receptor. El servidor que envía sigue sin cifrado.',
  'beginner.step.starttls.stripped.testing':
    'Un atacante borra la oferta de cifrado. El dominio receptor solo pidió que se le avisara, así que el remitente sigue sin cifrar y lo informa.',
  'beginner.step.starttls.stripped.mta-sts':
    'Un atacante borra la oferta de cifrado. Pero el dominio receptor publica una regla: cifrado o nada. El remitente se detiene y espera.',
  'beginner.step.starttls.stripped.dane':
    'Un atacante borra la oferta de cifrado. Pero unos registros DNS firmados dicen que este servidor debe cifrar. El remitente se detiene y espera.',
  'beginner.step.relay.plain':
    'El mensaje viaja al servidor receptor sin cifrar. El atacante en el camino lo lee y se queda una copia.',
  'beginner.step.queue.tls':
    'El mensaje espera en la cola en vez de viajar sin cifrar. Cada nuevo intento se encuentra con el mismo atacante, así que sigue esperando.',
  'beginner.step.report.dmarc':
    'Más tarde, el proveedor receptor envía un informe al proveedor de {sender}: qué servidores enviaron correo en su nombre y qué pasó con él.',
  'beginner.step.report.tls':
    'En su informe diario, el servidor que envía avisa al dominio receptor de que el cifrado falló, así que su dueño se entera del ataque.',
  'beginner.step.report.tls.testing':
    'El servidor que envía informa del cifrado fallido. El dueño del dominio se entera del ataque, pero este mensaje ya se podía leer.',
  'beginner.myth.8':
    'El cifrado entre servidores de correo solo se ofrece, no se promete: un atacante puede borrar la oferta, salvo que el dominio lo exija.',
  'beginner.myth.9':
    'La primera comprobación no mira la línea From: que ves. Comprueba el remitente oculto del sobre y la computadora que envía.',
  'beginner.myth.10':
    'La regla del dominio protege el dominio y sus subdominios, no nombres que solo se le parecen. Un nombre parecido es otro dominio: todas sus comprobaciones pueden pasar.',
} satisfies Record<keyof typeof enJourney, string>;
