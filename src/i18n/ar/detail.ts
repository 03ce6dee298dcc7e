// الكلمات العربية لتفاصيل مستوى الخبير. Arabic words of the Expert detail, in the order of
// ../en/detail.ts; the type demands every English key and no other. Commands, reply codes and
// protocol words stay in Latin script at the start of their lines, as the transcript shows them.
import type { enDetail } from '../en/detail';

export const arDetail = {
  'note.tls':
    'يبدأ التشفير هنا (مصافحة TLS؛ يتحقق العميل من شهادة {server}). على العميل أن يقول EHLO من جديد: يُنسى ما عرفه قبل ذلك.',
  'note.imap.seen': 'الجلب دون PEEK يضع على الرسالة علامة \\Seen على الخادم، فتراها كل الأجهزة مقروءة.',
  'note.imap.idle':
    'منذ {time} ينتظر التطبيق بالأمر IDLE. وحين تُحفظ رسالة، يُعلن الخادم عنها (مثلًا "* 4 EXISTS") دون محتواها.',
  'note.imap.earlier':
    'في {time}، قبل أن يضغط {sender} على «إرسال»: اتصل التطبيق وسجّل الدخول وفتح صندوق الوارد. لم تكن رسالتنا قد وصلت بعد.',
  'note.imap.announce': '{time}: حُفظت الرسالة للتو، فيُعلن الخادم عنها فورًا للتطبيق المنتظر.',
  'note.literal': '… {octets} بايت من الرسالة …',
  'note.pop3.inboxOnly':
    'لا يرى POP3 إلا البريد الوارد؛ والرسالة التي في مجلد البريد غير المرغوب فيه ليست في هذه القائمة.',
  'note.pop3.dele': 'الأمر DELE يضع علامة على الرسالة فقط؛ لم يُحذف شيء بعد.',
  'note.pop3.update': 'بعد QUIT يحذف الخادم الرسالة المعلَّمة. ولو انقطع الاتصال قبل QUIT لما حُذف شيء.',
  'note.dsn.nullSender': 'تُرسَل رسالة الارتداد من المُرسِل الفارغ <>، فلا تُكتب أبدًا رسالة ارتداد عن رسالة ارتداد.',
  'note.dsn.srs':
    'أُعطي خادم إعادة التوجيه مُرسِل المغلّف بصيغة SRS {srs}، وهو عنوان في نطاقه هو: فيفكّ ترميزه إلى {sender} ويرسل رسالة الارتداد إليه.',
  'note.dsn.original': '… ترويسة الرسالة الأصلية …',
  'note.noAnswer': 'connect to {host} port 25: انتهت مهلة الاتصال. لا محادثة SMTP على الإطلاق.',
  'note.mailq': 'قائمة انتظار خادم الترحيل (كما يعرضها الأمر mailq في Postfix):',
  'note.check.resolver':
    'يسأل {mx} محلِّله الخاص (محلِّل المزوّد المستقبِل، لا محلِّل المُرسِل)؛ ويأتي الجواب من خوادم أسماء المنطقة التي تضم {name}.',
  'note.msa.sender':
    'تم تسجيل الدخول باسم {user}. وتتحقق خوادم الإرسال لدى كثير من المزوّدين الآن أيضًا من أن MAIL FROM وFrom: عنوانان يحق لـ {user} استعمالهما، وترفض غيرهما أو تعيد كتابته (قاعدة المزوّد).',
  'note.muaError': 'يعرض التطبيق: «تعذّر إرسال رسالتك. قال الخادم: {reply}»',
  'code.class.2': 'نجاح',
  'code.class.3': 'تابِع',
  'code.class.4': 'فشل مؤقت',
  'code.class.5': 'فشل دائم',
  'code.220': '220: الخادم جاهز (تحية، أو جاهز لبدء التشفير).',
  'code.221': '221: الخادم يغلق الاتصال.',
  'code.235': '235: قُبل تسجيل الدخول.',
  'code.250': '250: تم؛ وبعد النقطة الأخيرة يعني أن الخادم صار الآن مسؤولًا عن الرسالة.',
  'code.354': '354: تفضّل، أرسل الرسالة؛ واختمها بسطر فيه نقطة واحدة.',
  'code.451': '451: فشل مؤقت؛ حاول لاحقًا (تبقى الرسالة في قائمة الانتظار).',
  'code.452': '452: فشل مؤقت، وهو هنا صندوق بريد ممتلئ؛ سيعيد المُرسِل المحاولة.',
  'code.535': '535: اسم المستخدم أو كلمة المرور خاطئة.',
  'code.550': '550: رفض دائم؛ يجب ألا يعيد المُرسِل المحاولة.',
  'code.552': '552: رفض دائم بسبب الحجم (حجم الرسالة أو صندوق البريد).',
  'code.556': '556: النطاق لا يقبل بريدًا (null MX).',
  'code.other': '{code}: رد SMTP.',
  'cmd.EHLO': 'EHLO: يُلقي العميل التحية ويسأل عن الامتدادات التي يدعمها الخادم.',
  'cmd.LHLO': 'LHLO: نسخة LMTP من EHLO، تُستخدم للتسليم إلى مخزن صناديق البريد.',
  'cmd.STARTTLS': 'STARTTLS: حوّل هذا الاتصال إلى اتصال مشفَّر.',
  'cmd.AUTH':
    'AUTH PLAIN: تسجيل الدخول؛ النص هو اسم المستخدم وكلمة المرور بترميز base64 (ترميز لا تشفير؛ وTLS هو الذي يحميه).',
  'cmd.MAIL': 'MAIL FROM: مُرسِل المغلّف، وإليه تذهب رسائل الارتداد. قد يختلف عن سطر From:.',
  'cmd.RCPT': 'RCPT TO: مستلم المغلّف؛ هو، لا سطر To:، الذي يحدد إلى أين تذهب الرسالة.',
  'cmd.DATA': 'DATA: تتبعه الرسالة نفسها: أسطر الترويسة، ثم سطر فارغ، ثم النص.',
  'cmd.QUIT': 'QUIT: أنهِ المحادثة.',
  'cmd.dot': 'السطر الذي فيه نقطة واحدة يُنهي الرسالة.',
  'cmd.LOGIN': 'LOGIN: يسجّل تطبيق القارئ الدخول إلى خادم IMAP.',
  'cmd.SELECT': 'SELECT: افتح مجلدًا على الخادم.',
  'cmd.FETCH': 'FETCH: اقرأ أجزاء من رسالة؛ تبقى الرسالة على الخادم.',
  'cmd.IDLE': 'IDLE: انتظر إلى أن يُعلن الخادم بريدًا جديدًا.',
  'cmd.DONE': 'DONE: توقّف عن الانتظار.',
  'cmd.LOGOUT': 'LOGOUT: أنهِ جلسة IMAP.',
  'cmd.USER': 'USER: اسم المستخدم في POP3.',
  'cmd.PASS': 'PASS: كلمة المرور في POP3.',
  'cmd.STAT': 'STAT: عدد الرسائل، وحجمها بالبايت (octets).',
  'cmd.RETR': 'RETR: نزّل رسالة واحدة.',
  'cmd.DELE': 'DELE: ضع علامة حذف على رسالة (تُحذف بعد QUIT).',
  'details.heading': 'ما وراء الكواليس: الخطوة {n}، {label}',
  'details.preview': 'ما وراء الكواليس (اضغط «إرسال» لتتابع)',
  'details.tabs': 'تفاصيل البروتوكول',
  'details.tab.transcript': 'المحادثة',
  'details.tab.headers': 'ترويسة الرسالة',
  'details.tab.envelope': 'المغلّف والرسالة',
  'details.tab.mailbox': 'صندوق البريد',
  'details.legend': 'C: هو العميل، وS: هو الخادم. مرّر المؤشر فوق أمر أو رمز رد، أو ضع التركيز عليه، لترى معناه.',
  'details.noTranscript': 'لا يُقال شيء على الشبكة في هذه الخطوة.',
  'details.headersIntro':
    'الترويسة كما هي بعد هذه الخطوة. كل خادم يستلم الرسالة يضيف سطر Received واحدًا في الأعلى؛ والأقدم في الأسفل.',
  'details.showOriginal': 'اعرض الأصل',
  'details.hideOriginal': 'اعرض الحقول',
  'details.original': 'الرسالة الأصلية، كما يعرضها تطبيق القارئ',
  'details.new': 'جديد',
  'details.envelopeIntro': 'توجّه الخوادم البريد بحسب المغلّف، لا بحسب الرسالة التي في داخله.',
  'details.envelope': 'المغلّف (SMTP)',
  'details.letter': 'الرسالة (الترويسة)',
  'details.sender': 'المُرسِل',
  'details.recipient': 'المستلم',
  'details.bcc':
    'سطر To: مجرد نص للقارئ؛ أما RCPT TO فهو الذي يحدد إلى أين تذهب الرسالة. مستلم النسخة المخفية (Bcc) أمر RCPT TO إضافي لا يظهر أبدًا في الترويسة.',
  'details.envelopeBounce': 'لرسالة الارتداد مُرسِل مغلّف فارغ (MAIL FROM:<>)، فلا يُكتب ارتداد عن رسالة ارتداد أبدًا.',
  'mailbox.server': 'صندوق البريد على {store}',
  'mailbox.server.absent': 'ليست هنا بعد',
  'mailbox.server.unread': 'في {folder}، غير مقروءة',
  'mailbox.server.read': 'في {folder}، عليها علامة \\Seen (مقروءة)',
  'mailbox.server.removed': 'حُذفت: نُزّلت ثم حُذفت بعد QUIT',
  'mailbox.laptop': 'الحاسوب المحمول لدى {name}',
  'mailbox.laptop.none': 'لا شيء بعد',
  'mailbox.laptop.shown': 'يعرض الرسالة، مقروءةً من الخادم',
  'mailbox.laptop.downloaded': 'يحمل النسخة الوحيدة (نُزّلت)',
  'mailbox.phone': 'هاتف {name}',
  'mailbox.phone.none': 'لا يراها أبدًا: غادرت الرسالة الخادم',
  'mailbox.phone.unread': 'سيعرضها غير مقروءة',
  'mailbox.phone.read': 'يعرضها مقروءة أيضًا (يحفظ IMAP العلامات على الخادم)',
  'mailbox.intro.imap': 'مع IMAP تبقى الرسالة على الخادم، وترى كل الأجهزة المجلدات نفسها وعلامات القراءة نفسها.',
  'mailbox.intro.pop3':
    'مع POP3 ينزّل التطبيق البريد الوارد؛ وما لم يُبقِ نسخة هناك، يحذف الأمران DELE وQUIT الرسالة من الخادم.',
  'mailbox.server.none': 'غير موجود: لا صندوق بريد لهذا العنوان',
  'mailbox.phone.waiting': 'لا شيء بعد: لم يصل شيء',
  'mailbox.laptop.no-mailbox': 'لا شيء: من دون صندوق بريد لا يوجد ما يُقرأ',
  'mailbox.phone.no-mailbox': 'لا شيء: من دون صندوق بريد لا يوجد ما يُقرأ',
  'mailbox.laptop.copy': 'يحمل نسخة منزَّلة؛ ويحتفظ الخادم بنسخته',
  'mailbox.laptop.not-inbox': 'لا يراها أبدًا: لا يقرأ POP3 إلا البريد الوارد',
  'mailbox.phone.not-inbox': 'لا يراها أبدًا: لا يقرأ POP3 إلا البريد الوارد',
  'mailbox.nowhere': 'صندوق بريد {name}',
  'mailbox.intro.bounce':
    'رسالة الارتداد رسالة جديدة من نظام البريد، تُحفظ في صندوق بريد {name} نفسه: تقرؤها أجهزة {name} كأي بريد آخر.',
  'note.refused': 'connect to {host} port 25: Connection refused. يرفض المضيف الاتصال فورًا.',
  'note.implicitTls':
    'المنفذ 465: تأتي مصافحة TLS مع {server} أولًا، قبل أي سطر SMTP (RFC 8314 §3.3). لا يوجد STARTTLS.',
  'note.https': 'HTTPS (TLS على المنفذ 443) إلى {host}: يُرسل المتصفح النموذج؛ ولا يخرج أي SMTP من المتصفح.',
  'note.imap.appendSession': 'جلسة IMAP بين التطبيق و{host} مفتوحة بالفعل (LOGIN عبر TLS على المنفذ 993).',
  'note.pop3.noSent': 'لا مجلدات لـ POP3 على الخادم، فلا يوجد مجلد «مرسَل» تُحفظ فيه نسخة: يحتفظ التطبيق بها محليًا.',
  'note.pop3.uidl': 'يسرد UIDL المعرّف الفريد لكل رسالة: يتذكر التطبيق الرسائل التي نزّلها من قبل.',
  'note.pop3.keep': '«أبقِ نسخة على الخادم»: لا DELE، فتبقى الرسالة على الخادم بعد QUIT.',
  'note.filter.inside':
    '{host} يشغّل كل شيء على مضيف واحد: يعمل فحص البريد المزعج والفيروسات داخل Postfix الخاص به (milter)، فلا تُفتح جلسة SMTP مع نفسه ولا يُضاف سطر Received.',
  'note.forward.srs':
    'SRS: يصبح مُرسِل المغلّف {from} هو {srs}؛ ويبقى From: في الترويسة دون تغيير. يضيف خادم إعادة التوجيه:',
  'note.forward.list': 'ترسل القائمة بمُرسِل مغلّف خاص بها {srs} وتغيّر الترويسة:',
  // المُرحِّل المفتوح والثقة بختم ARC.
  'note.open-relay':
    'سلّم {spoofer} الرسالة إلى المُرحِّل المفتوح {relay}، الذي يقبل البريد لأي نطاق من أي أحد (الخادم السليم يجيب 554 5.7.1 Relay access denied) ويُرسلها من {ip}:',
  'note.arc.pass':
    'ARC (RFC 8617): السلسلة i=1 التي ختمها {sealer} (ARC-Seal cv=none، كما يجب في الختم الأول) صالحة: arc=pass. يثق {mx} بهذا الخاتم.',
  'note.arc.override':
    'ARC (RFC 8617 §7.2): السلسلة i=1 التي ختمها {sealer} (cv=none، الختم الأول) صالحة، وتقول ARC-Authentication-Results فيها إن DMARC نجح هناك. يثق {mx} بهذا الخاتم، فتتجاوز سياسته المحلية p=reject (RFC 7489 §6.7؛ وسبب التجاوز في التقرير trusted_forwarder، الملحق C).',
  'note.starttls.stripped': '(حذف وسيط دخيل السطر 250-STARTTLS هنا: الرد الذي يراه المُرسِل لا يعرض أي تشفير.)',
  'note.starttls.plain': 'لم يُعرض STARTTLS: يتابع TLS الانتهازي (RFC 3207) بنص غير مشفَّر. كل ما بعد هذا مقروء على الخط.',
  'note.starttls.mta-sts':
    'سياسة MTA-STS المحفوظة (id={id}) تقول mode: enforce وmx: {mx}: دون TLS لا يجوز للمُرسِل التسليم (RFC 8461 §5). فيؤجّل الرسالة.',
  'note.starttls.dane':
    'توجد سجلات TLSA للخادم {mx} متحقَّق منها بـ DNSSEC (DANE، RFC 7672): يُشترط TLS بشهادة مطابقة. فيؤجّل المُرسِل الرسالة.',
  'note.mta-sts.txt': 'MTA-STS ‏(RFC 8461): هل ينشر {domain} سياسة؟ سجل TXT يقول ذلك فقط ويذكر معرّفها id:',
  'note.mta-sts.fetch': 'السياسة نفسها، عبر HTTPS من {host} (موثوقة بفضل شهادته، لا بفضل DNS):',
  'note.mta-sts.cached':
    'يحتفظ المُرسِل بهذه السياسة مدة max_age ‏({days} أيام) ولا يجلبها من جديد إلا إذا تغيّر المعرّف id في سجل TXT.',
  'note.report.dmarc': 'تقرير DMARC الإجمالي (RFC 7489 §7.2) إلى {to}، سجل واحد من ملف XML الخاص به:',
  'note.report.tls': 'تقرير TLS (RFC 8460) المُرسَل إلى {to}:',
} satisfies Record<keyof typeof enDetail, string>;
