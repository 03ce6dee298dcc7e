// الكلمات العربية للرحلة. Arabic words of the journey, in the order of ../en/journey.ts (which says
// when they load and what each group is for); the type demands every English key and no other.
// Conventions as in ./screen.ts: steps, seconds, minutes and days are plural choices. The Beginner
// captions name the model's fixed waits (5 minutes, 5 days, 30 seconds) in the form those numbers
// take, so the translation report counts their words as a learner reads them.
import type { enJourney } from '../en/journey';

export const arJourney = {
  'label.webmail': 'الإرسال من المتصفح (HTTPS)',
  'label.sent': 'نسخة في «المرسَل»',
  'protocol.HTTPS': 'HTTPS',
  'label.forward': 'خادم إعادة التوجيه يُرسلها إلى وجهتها',
  'client.legend': 'مكان الكتابة',
  'client.app': 'تطبيق بريد على الحاسوب المحمول',
  'client.webmail': 'بريد الويب في المتصفح',
  'submission.legend': 'يُرسل تطبيق البريد عبر المنفذ',
  'submission.587': '587 مع STARTTLS',
  'submission.465': '465، مشفَّر من أول بايت',
  'keep.label': 'POP3: أبقِ نسخة على الخادم',
  'label.compose': 'الكتابة والإرسال',
  'label.submit': 'التسليم إلى خادم الإرسال (MSA)',
  'label.refuse': 'عرض الخطأ',
  'label.handoff': 'التمرير إلى خادم الترحيل الصادر',
  'label.dns-mx': 'سؤال DNS عن سجلات MX',
  'label.dns-a': 'سؤال DNS عن العنوان (A)',
  'label.dns-aaaa': 'سؤال DNS عن عنوان IPv6 (AAAA)',
  'label.check-ptr': 'خادم MX يبحث عمّن اتصل (PTR)',
  'label.check-spf': 'خادم MX يتحقق من SPF',
  'label.check-dkim': 'خادم MX يتحقق من DKIM',
  'label.check-dmarc': 'خادم MX يتحقق من DMARC',
  'label.reply': 'الرد يعود',
  'label.notice': 'إشعار «بريد جديد»',
  'label.fetch': 'طلب الرسالة',
  'label.bounce-fetch': 'المُرسِل يطلب البريد الجديد',
  'label.bounce-read': 'المُرسِل يقرأ رسالة الارتداد',
  'label.relay': 'الترحيل إلى خادم MX',
  'label.queue': 'الانتظار في قائمة الانتظار',
  'label.filter': 'فحص البريد المزعج والفيروسات',
  'label.store': 'الحفظ في صندوق البريد',
  'label.login': 'سؤال صندوق البريد',
  'label.read': 'قراءة الرسالة',
  'label.bounce': 'رسالة ارتداد إلى صندوق بريد المُرسِل',
  'label.store.of': 'الحفظ في صندوق بريد {name}',
  'label.login.of': 'تطبيق {name} يسأل صندوق البريد',
  'label.notice.of': 'إشعار «بريد جديد» إلى {name}',
  'label.fetch.of': 'تطبيق {name} يطلب الرسالة',
  'label.read.of': '{name} يقرأ البريد',
  'timeline.label': 'الخط الزمني للرحلة',
  'timeline.heading': 'الخط الزمني',
  'timeline.hidden': 'ماذا يحدث بعد ذلك؟',
  'timeline.step': 'الخطوة {n}:',
  'narration.stepOf': 'الخطوة {n} من {total}',
  'narration.port': 'المنفذ {port}',
  'narration.clock': 'ساعة الإنترنت: {time} (تستغرق هذه الخطوة نحو {took} على الإنترنت الحقيقي)',
  'narration.clockStart': 'ساعة الإنترنت: {time}',
  'protocol.RFC 5322': 'RFC 5322',
  'protocol.SMTP submission': 'SMTP (تقديم)',
  'protocol.SMTP': 'SMTP',
  'protocol.SMTP relay': 'SMTP (ترحيل)',
  'protocol.DNS': 'DNS',
  'protocol.Queue': 'قائمة الانتظار',
  'protocol.LMTP': 'LMTP',
  'protocol.IMAP': 'IMAP',
  'protocol.POP3': 'POP3',
  'protocol.DSN (bounce)': 'DSN (ارتداد)',
  'error.address.empty': 'يُرجى كتابة عنوان بريد إلكتروني.',
  'error.address.spaces': 'لا يحتوي عنوان البريد الإلكتروني على مسافات.',
  'error.address.no-at': 'يحتاج عنوان البريد الإلكتروني إلى @ بين الاسم والنطاق، مثل bob@example.org.',
  'error.address.many-at': 'يحتوي عنوان البريد الإلكتروني على @ واحدة فقط.',
  'error.address.bad-local':
    'الجزء الذي قبل @ يمكن أن يحتوي على حروف وأرقام و . _ + - (بلا نقطة في أوله أو آخره، وبلا نقطتين متتاليتين).',
  'error.address.bad-domain': 'الجزء الذي بعد @ يجب أن يكون نطاقًا مثل example.org.',
  'error.address.too-long': 'هذا العنوان طويل جدًا: الحد الأقصى 64 حرفًا قبل @ و253 حرفًا بعدها.',
  'error.from.provider': 'يحتاج المُرسِل إلى حساب لدى أحد المزوّدين في هذه المحاكاة: استخدم عنوانًا في {domains}.',
  'error.to.outside':
    'لا تضم هذه المحاكاة إلا النطاقات التجريبية (example.com وexample.org وexample.net)، فلا يمكنها أن تتحدث باسم {domain}. جرّب bob@example.org.',
  'error.subject.long': 'الموضوع طويل جدًا (أقصى عدد للأحرف: {max}).',
  'error.body.long': 'الرسالة أطول مما تحتمله هذه المحاكاة (أقصى عدد للأحرف: {max}).',
  'notice.hint.motion': 'استخدم reduce أو auto.',
  'notice.hint.trace': 'استخدم 1 لفتح أداة التتبّع، أو اسم عيّنة: webmail أو small-server أو forwarded أو greylisted.',
  'notice.hint.checkpoints': 'استخدم 1 لطرح أسئلة التوقّع.',
  'notice.hint.depth': 'استخدم beginner أو expert.',
  'notice.heading': 'لم تُستخدم بعض الإعدادات الواردة في الرابط',
  'notice.badValue': '{key}={value} ليست قيمة صالحة، لذا تُستخدم القيمة الافتراضية ({fallback}). {hint}',
  'notice.dismiss': 'إخفاء',
  'notice.hint.mode': 'استخدم cross-domain أو same-domain.',
  'notice.hint.speed': 'استخدم رقمًا من 0.25 إلى 20.',
  'notice.hint.retrieval': 'استخدم imap أو pop3.',
  'notice.hint.scenario': 'راجع ملف README لقائمة السيناريوهات.',
  'notice.hint.autoplay': 'استخدم 1 للإرسال عند التحميل.',
  'notice.hint.step': 'استخدم رقم خطوة يبدأ من 1.',
  'notice.hint.lang': 'استخدم رمز لغة مثل en أو de أو ar.',
  'notice.hint.theme': 'استخدم light أو dark أو contrast.',
  'notice.hint.controls': 'استخدم full أو minimal أو none.',
  'notice.hint.address': 'استخدم عنوانًا مثل bob@example.org.',
  'notice.hint.text': 'كان طويلًا جدًا.',
  'notice.hint.conflict': 'عنوان المستلم هو الذي يحدد الوضع.',
  'notice.emptyValue': '(فارغ)',
  'share.textLeftOut': 'نص الرسالة أطول من أن يتسع له رابط، لذا لا يحفظ الرابط إلا الإعدادات والخطوة.',
  'notice.hint.origin':
    'استخدم أصل موقع الدرس، مثل https://lessons.example.org. وإلى أن تفعل ذلك، لا يقبل هذا الإطار أي أوامر ولا يُخبر أي صفحة بما يحدث.',
  'step.compose':
    'تُكتب رسالة من {sender} إلى {recipient} ويُضغط «إرسال». يبني تطبيق البريد الرسالة: أسطر الترويسة (From وTo وSubject وDate)، ثم سطر فارغ، ثم النص. سيضيف خادم الإرسال الحقل Message-ID.',
  'step.compose.attachment':
    'تُكتب رسالة من {sender} إلى {recipient}، ويُرفق بها مقطع فيديو حجمه {mb} MB، ويُضغط «إرسال». يبني تطبيق البريد الرسالة: أسطر الترويسة (From وTo وSubject وDate)، ثم سطر فارغ، ثم النص والفيديو مرمَّزًا نصًّا (base64)، وهذا يزيد حجمه نحو الثلث.',
  'step.submit':
    'يتصل تطبيق {sender} بالخادم {msa}، خادم الإرسال لدى مزوّد {sender}، عبر المنفذ 587. يُفعّلان التشفير (STARTTLS)، ويُسجَّل دخول {sender} (AUTH)، فيقبل الخادم الرسالة بالرد 250: من الآن فصاعدًا هو المسؤول عنها.',
  'step.submit.refused':
    'يتصل تطبيق {sender} بالخادم {msa} عبر المنفذ 587، ويُفعّل التشفير (STARTTLS)، ويحاول تسليم الرسالة، لكن الخادم يرفض.',
  'step.submit.refused.password':
    'يتصل تطبيق {sender} بالخادم {msa} عبر المنفذ 587، ويُفعّل التشفير (STARTTLS)، ويسجّل الدخول (AUTH)، لكن كلمة المرور خاطئة: يرفض الخادم تسجيل الدخول، فلا يستلم الرسالة أبدًا.',
  'step.submit.refused.size':
    'يتصل تطبيق {sender} بالخادم {msa} عبر المنفذ 587، ويُفعّل التشفير (STARTTLS)، ويسجّل الدخول. وعند MAIL FROM يُعلن حجم الرسالة (SIZE=): أكبر مما يقبله الخادم، فيرفض قبل أن يُرسَل أي جزء منها.',
  'step.refuse':
    'يرد {msa} بـ {reply}. يعرض تطبيق {sender} الخطأ. لم يدخل شيء قائمة الانتظار ولم يغادر شيء: عند التقديم لا تُكتب رسالة ارتداد.',
  'step.refuse.password':
    'يرد {msa} بـ {reply}: فشل تسجيل الدخول. يعرض تطبيق {sender} الخطأ ويطلب كلمة المرور مرة أخرى. لم يدخل شيء قائمة الانتظار ولم يغادر شيء: عند التقديم لا تُكتب رسالة ارتداد.',
  'step.refuse.size':
    'يرد {msa} بـ {reply}: الرسالة أكبر مما يقبله. يعرض تطبيق {sender} الخطأ. لم يدخل شيء قائمة الانتظار ولم يغادر شيء: عند التقديم لا تُكتب رسالة ارتداد.',
  'step.handoff':
    '{recipientDomain} ليس من نطاقات {senderDomain} نفسه، لذا يمرّر خادم الإرسال الرسالة إلى خادم الترحيل الصادر لدى المزوّد، {mta}.',
  'step.dns-mx.found':
    'يسأل {mta} نظام DNS: أي الخوادم تستقبل البريد للنطاق {recipientDomain}؟ (سجلات MX الخاصة به). الجواب: {mxList}. يُجرَّب صاحب الرقم الأصغر أولًا.',
  'step.dns-mx.empty':
    'يسأل {mta} نظام DNS عن سجلات MX للنطاق {recipientDomain}. الاسم موجود لكن ليس له سجل MX، لذا يقوم النطاق نفسه مقام خادم بريده (الأفضلية 0).',
  'step.dns-mx.null':
    'يسأل {mta} نظام DNS عن سجلات MX للنطاق {recipientDomain}. الجواب «null MX» (MX 0 .): هذا النطاق لا يقبل أي بريد إلكتروني إطلاقًا.',
  'step.dns-mx.nxdomain':
    'يسأل {mta} نظام DNS عن سجلات MX للنطاق {recipientDomain}. الجواب NXDOMAIN: لا يوجد نطاق بهذا الاسم، فلا أحد تُسلَّم إليه الرسالة.',
  // Issue 24: the MTA-STS policy looked up and fetched with the MX records.
  'step.dns-mx.found.mta-sts':
    'يسأل {mta} نظام DNS عن سجلات MX للنطاق {recipientDomain} ‏({mxList}) وعن سجل TXT ‏_mta-sts.{recipientDomain}، الذي لا يقول إلا إن هناك سياسة (v=STSv1 ومعرّف id). أما السياسة نفسها فتصل عبر HTTPS من mta-sts.{recipientDomain}، ويُوثق بها بفضل شهادة ذلك الخادم: الوضع {mode} وخوادم MX المسموح بها. ويُحتفظ بها مدة max_age ‏({days} أيام)؛ وفي المرات التالية لا يُقارَن إلا المعرّف id.',
  'beginner.step.dns-mx.found.mta-sts':
    'يذكر دليل العناوين (DNS) خوادم البريد وفيه ملاحظة: توجد قاعدة للتشفير. فيُنزّل الخادم القاعدة من موقع ويب آمن.',
  'dns.q.mta-sts': 'MTA-STS للنطاق {domain}؟',
  'dns.a.mta-sts': 'HTTPS: mode {mode}',
  'myth.13':
    '«MTA-STS سجل DNS يشفّر» خطأ: سجل TXT ‏_mta-sts لا يقول إلا إن هناك سياسة. السياسة تصل عبر HTTPS ويُوثق بها بفضل شهادة خادم الويب؛ والتشفير يبقى STARTTLS، الذي تُلزم السياسةُ المُرسِلَ بالإصرار عليه.',
  'beginner.myth.13':
    'الملاحظة في دليل العناوين لا تشفّر شيئًا: إنها تقول فقط إن هناك قاعدة. القاعدة تأتي من موقع ويب آمن وتجعل المُرسِلين يُصرّون على التشفير.',
  'step.dns-mx.servfail':
    'يسأل {mta} نظامَ DNS عن سجلات MX للنطاق {recipientDomain}. الجواب SERVFAIL: لم يحصل المحلِّل على جواب من خوادم أسماء {recipientDomain}. وهذا لا يعني «لا يوجد نطاق بهذا الاسم»، وإخفاق DNS لا يُرجع البريد فورًا: إنه خطأ مؤقت (4.4.3)، لذا يحتفظ {mta} بالرسالة وسيسأل مرة أخرى.',
  'step.queue.dns':
    'تبقى الرسالة في طابور {mta}: لم يُجب DNS عن {recipientDomain}، فلا يُعرف بعدُ أي خادم استقبال. يعيد المرحِّل السؤال أول مرة بعد نحو {minutes} دقيقة، ثم على فترات أطول (حتى نحو ساعة بين المحاولات)؛ ولا يستسلم ويُرجع الرسالة ({status}) إلا إذا ظل DNS يُخفق بعد {days} أيام.',
  'step.dns-host':
    'يسأل {mta} نظام DNS عن عنوان {mx}: {addresses}. هذا عنوان خادم بريد {recipient}، لا عنوان حاسوب {recipient}.',
  'step.dns-host.implicit': 'يسأل {mta} نظام DNS عن عنوان {mx} نفسه: {addresses}. هذا العنوان هو الذي سيستقبل البريد.',
  'step.dns-host.none': 'يسأل {mta} نظام DNS عن عنوان {mx}، لكن لا عنوان له.',
  'step.relay.accepted':
    'يتصل {mta} بالخادم {mx} عبر المنفذ 25 ويُفعّل التشفير (STARTTLS) لأنه معروض. لا تسجيل دخول: الخوادم تسلّم البريد بعضها إلى بعض دون AUTH. يقبل {mx} البريد الموجّه إلى {to} (250).',
  'step.relay.retry-accepted':
    'يعيد {mta} محاولة الاتصال بالخادم {mx} عبر المنفذ 25 (المحاولة رقم {attempt}). هذه المرة يقبل الخادم البريد الموجّه إلى {to} (250).',
  'step.relay.accepted.some':
    'يتصل {mta} بالخادم {mx} عبر المنفذ 25. لكل أمر RCPT TO جوابه الخاص: يقبل {mx} البريد الموجّه إلى {to} (250) لكنه يرفض {refused}: {reply}. تستمر الجلسة للعناوين المقبولة؛ أما العنوان المرفوض فستُكتب له رسالة ارتداد.',
  'step.relay.rejected': 'يتصل {mta} بالخادم {mx} عبر المنفذ 25. وعند RCPT TO يرفض الخادم: {reply}.',
  'step.relay.rejected.full':
    'يتصل {mta} بالخادم {mx} عبر المنفذ 25. العنوان موجود، لكن صندوق بريده ممتلئ، والخادم يعدّ ذلك نهائيًا: عند RCPT TO يرفض: {reply}.',
  'step.relay.rejected.relay':
    'يتصل {mta} بالخادم {mx} عبر المنفذ 25. هذا الخادم لا يستقبل البريد للنطاق {recipientDomain}: فليس وجهة ذلك النطاق ولا مسموحًا له بالترحيل نيابةً عنه، لذا يرفض عند RCPT TO: {reply}.',
  'step.relay.rejected.loop':
    'يتصل {mta} بالخادم {mx} عبر المنفذ 25. العنوان لا يفعل سوى إعادة التوجيه، وإعادة التوجيه تعيد الرسالة إلى عنوان مرّت به من قبل: حلقة. يوقف الخادم الحلقة بدل أن يدير الرسالة بلا نهاية، فيرفض عند RCPT TO: {reply}.',
  'step.relay.deferred':
    'يتصل {mta} بالخادم {mx} عبر المنفذ 25. يرد الخادم بـ {reply}: الرمز 4xx يعني «ليس الآن، حاول لاحقًا».',
  'step.relay.no-answer':
    'يحاول {mta} الاتصال بالخادم {mx} عبر المنفذ 25، لكن لا شيء يجيب. وبعد نحو {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}} يتخلّى عن هذا الخادم.',
  'step.queue.retry':
    'تنتظر الرسالة في قائمة انتظار {mta}. تأتي أول إعادة محاولة بعد نحو {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} (المهلة الأولى المعتادة في Postfix، وهي أطول من مهلة القائمة الرمادية)، وفي هذه المرة يقبلها الخادم.',
  'step.queue.stuck':
    'تبقى الرسالة في قائمة انتظار {mta}. يعيد خادم الترحيل المحاولة أول مرة بعد نحو {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}، ثم ينتظر مدة أطول في كل مرة (حتى ساعة تقريبًا بين المحاولات)، وبعد {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} يستسلم ويكتب رسالة ارتداد.',
  'step.filter':
    'تحقّق {mx} ممّن أرسل الرسالة (SPF وDKIM وDMARC) ويمرّرها إلى {filter}، الذي يفحصها بحثًا عن البريد المزعج والفيروسات.',
  'step.filter.spam':
    'يفحص {filter} الرسالة ويقرّر أنها تبدو بريدًا مزعجًا. ستذهب إلى مجلد البريد غير المرغوب فيه، لا إلى البريد الوارد.',
  'step.store':
    'تُسلَّم الرسالة إلى صندوق بريد {recipient} على {store} (عبر LMTP). تنتظر هناك: لم يُدفع شيء بعد إلى جهاز {recipient}.',
  'step.store.junk': 'تُحفظ الرسالة في مجلد البريد غير المرغوب فيه ضمن صندوق بريد {recipient} على {store} (عبر LMTP).',
  'step.store.local':
    '{recipientDomain} هو مزوّد {sender} نفسه، فلا بحث في DNS ولا رحلة عبر الإنترنت: يحفظ الخادم الرسالة مباشرةً في صندوق بريد {recipient} على {store} (عبر LMTP). ومع ذلك تعمل مرشّحات البريد المزعج والقواعد.',
  'step.login.imap':
    'تطبيق البريد لدى {recipient} مسجَّل الدخول إلى {access} عبر IMAP (المنفذ 993، مشفَّرًا بـ TLS) منذ {since}، أي قبل أن يضغط {sender} على «إرسال». فتح صندوق الوارد لدى {recipient} (SELECT) وينتظر في وضع IDLE، كي يتمكّن الخادم من الإعلان عن البريد الجديد.',
  'step.login.pop3':
    'يُفتح تطبيق البريد لدى {recipient}. يسجّل التطبيق الدخول إلى {access} عبر POP3 (المنفذ 995، مشفَّرًا بـ TLS)، ويفتح خادم POP3 صندوق بريد {recipient} في المخزن.',
  'step.read.imap':
    'يجلب التطبيق الرسالة (IMAP FETCH) ويعرضها على {recipient}. تبقى الرسالة على الخادم، فتراها أجهزة {recipient} الأخرى أيضًا.',
  'step.read.imap.junk':
    'يعرض تطبيق {recipient} الرسالة في مجلد البريد غير المرغوب فيه (يحفظ IMAP المجلدات على الخادم).',
  'step.read.pop3': 'ينزّل التطبيق الرسالة (POP3 RETR) ويعرضها على {recipient}.',
  'step.read.pop3.junk':
    'لا يقرأ POP3 إلا البريد الوارد، فتبقى الرسالة في مجلد البريد غير المرغوب فيه دون أن يراها أحد.',
  'step.bounce':
    'لا يستطيع {mta} تسليم الرسالة، فيكتب رسالة ارتداد (إشعار حالة التسليم، الحالة {status}) من المُرسِل الفارغ <> ويحفظها رسالةً جديدة في صندوق بريد {sender} على {senderStore}.',
  'summary.delivered':
    'وصلت الرسالة إلى {recipient}: {steps, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتان} few {# خطوات} many {# خطوة} other {# خطوة}}، في نحو {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}} من زمن الإنترنت الحقيقي.',
  'summary.delivered.minutes':
    'وصلت الرسالة إلى {recipient}: {steps, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتان} few {# خطوات} many {# خطوة} other {# خطوة}}، في نحو {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} من زمن الإنترنت الحقيقي.',
  'summary.bounced.list':
    'تعذّر تسليم نسخة القائمة البريدية. ذهبت رسالة الارتداد إلى القائمة، فلا يحوي البريد الوارد لدى {sender} شيئًا عن ذلك.',
  'summary.bounced': 'تعذّر تسليم الرسالة. يحوي البريد الوارد لدى {sender} الآن رسالة الارتداد التي تشرح السبب.',
  'summary.rejected': 'رفض خادم الإرسال الرسالة. عرض تطبيق {sender} الخطأ ولم يُرسَل شيء.',
  'summary.deferred': 'لم تُسلَّم بعد: تنتظر الرسالة في قائمة انتظار خادم الترحيل وستُعاد المحاولة.',
  'summary.quarantined': 'سُلّمت الرسالة، لكن إلى مجلد البريد غير المرغوب فيه لدى {recipient}.',
  'myth.heading': 'خلط شائع',
  'myth.1':
    'ليس الأمر «صندوقًا للصادر وصندوقًا للوارد»: إنها أدوار. خادم الإرسال يطلب من تطبيق المُرسِل تسجيل الدخول (AUTH) عبر المنفذ 587 أو 465؛ أما حين يسلّم خادمٌ البريدَ إلى خادم آخر عبر المنفذ 25 فلا تسجيل دخول، بل يتحقق المستقبِل من المُرسِل بـ SPF وDKIM وDMARC.',
  'myth.2':
    'يمنح IMAP وPOP3 تطبيقَ القارئ وصولًا إلى مخزن صناديق البريد: يجلب التطبيق منه البريد، ويمكنه عبر IMAP أيضًا أن يحفظ فيه نسخته الخاصة (النسخة في «المرسَل»). ولا يُرسل أيٌّ من البروتوكولين بريدًا إلى أحد ولا يستقبل بريدًا من خوادم أخرى: فتلك مهمة SMTP. والأمان يأتي من TLS (المنفذان 993 و995)، لا من البروتوكول نفسه.',
  'myth.3':
    'مع بريد الويب في المتصفح لا يوجد SMTP من المتصفح: فهو يتحدث HTTPS مع المزوّد، وخوادم المزوّد هي التي تسلّم الرسالة إلى خادم الإرسال هذا. أما تطبيقات البريد على الحاسوب أو الهاتف فتستخدم تقديم SMTP (المنفذ 587 أو 465) كما هنا.',
  'myth.4':
    'البريد المحلي لا «يُرسَل مباشرةً إلى خادم IMAP»: بل يُحفظ في مخزن صناديق البريد (هنا عبر LMTP). ولا تخدم خوادم IMAP وPOP3 المخزن إلا حين يتصل تطبيق القارئ.',
  'myth.5':
    'يعطي DNS عنوان خادم بريد المستلم، لا عنوان حاسوب المستلم. يسأل خادم الترحيل أولًا عن سجلات MX للنطاق الذي بعد @، ثم عن عنوان ذلك الخادم.',
  'myth.6':
    'لا تمر الرسالة عبر «كومة من الخوادم التي لا علاقة لها بها». تنقل موجّهات الإنترنت حزمها لكنها لا تقرأ البريد ولا تخزنه أبدًا؛ لا يتعامل معها إلا خوادم البريد المرسومة هنا، ويضيف كلٌّ منها سطر Received واحدًا.',
  'myth.7':
    'يتحقق الخادم المستقبِل من مستلم المغلّف (RCPT TO) لا من سطر To:، ويتحقق أولًا هل يستقبل البريد لذلك النطاق أصلًا. ولهذا تعمل النسخة المخفية (Bcc).',
  'outcome.delivered': 'سُلّمت',
  'outcome.bounced': 'ارتدّت',
  'outcome.rejected': 'رُفضت',
  'outcome.deferred': 'أُرجئت',
  'outcome.quarantined': 'سُلّمت إلى غير المرغوب فيه',
  'wait.timeout': 'لا جواب: {seconds} ث',
  'wait.retry':
    'إعادة المحاولة بعد {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}',
  'wait.give-up':
    'يستسلم بعد {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'dns.q.mx': 'MX للنطاق {domain}؟',
  'dns.q.a': 'A للمضيف {host}؟',
  'dns.a.list': '{list}',
  'dns.a.none': 'لا عنوان',
  'dns.a.nxdomain': 'NXDOMAIN',
  'dns.a.servfail': 'SERVFAIL',
  'dns.a.empty': 'لا MX',
  'dns.a.null-mx': '0 .',
  'verdict.nxdomain': 'لا يوجد نطاق بهذا الاسم',
  'verdict.null-mx': 'لا يقبل بريدًا',
  'dns.q.aaaa': 'AAAA للمضيف {host}؟',
  'dns.q.ptr': 'PTR للاسم {name}؟',
  'dns.q.txt': 'TXT للاسم {name}؟',
  'dns.a.no-record': 'لا سجل',
  'step.dns-aaaa':
    'يطرح {mta} سؤالًا ثانيًا، عن عنوان IPv6 (AAAA) للخادم {mx}: {addresses}. كل سؤال DNS يطلب نوعًا واحدًا من السجلات.',
  'step.dns-aaaa.none': 'يطرح {mta} سؤالًا ثانيًا، عن عنوان IPv6 (AAAA) للخادم {mx}: لا يوجد، لذا يتصل عبر IPv4.',
  'step.dns-aaaa.nothing':
    'يسأل {mta} عن عنوان IPv6 (AAAA) للخادم {mx} أيضًا: لا يوجد هو الآخر. ومن دون أي عنوان لا يمكن الوصول إلى {mx}.',
  'step.relay.refused-connection':
    'يحاول {mta} الاتصال بالخادم {mx} عبر المنفذ 25. يرد المضيف فورًا بأن لا شيء يستمع هناك (رفض الاتصال).',
  'step.relay.rejected-mail':
    'يتصل {mta} بالخادم {mx} عبر المنفذ 25 ويُعلن حجم الرسالة. وعند MAIL FROM يرفض الخادم: {reply}.',
  'step.reply.rejected': 'يعود رفض {mx}، أي {reply}، إلى {mta}. تبقى الرسالة لدى {mta}، وعليه الآن أن يُبلغ {sender}.',
  'step.reply.deferred':
    'يعود جواب {mx}، أي {reply}، إلى {mta}: ليس الآن، حاول لاحقًا. تبقى الرسالة في قائمة انتظار {mta}.',
  'step.reply.rejected-data':
    'تحقّق {mx} ممّن أرسل الرسالة فعلًا ويرفضها بعد النقطة الأخيرة: {reply}. يعود الرفض إلى {mta}.',
  'step.check.ptr.pass':
    'جاء هذا الفحص أولًا، عند الاتصال، قبل أن يُلقي {mx} التحية: سأل محلِّل DNS لديه عن الاسم الذي وراء العنوان المتصل ({ip}): {record}. يُكتب الاسم في سطر Received الخاص به.',
  'step.check.ptr.fail':
    'جاء هذا الفحص أولًا، عند الاتصال، قبل أن يُلقي {mx} التحية: سأل محلِّل DNS لديه عن الاسم الذي وراء {ip}. لا يوجد اسم.',
  'step.check.spf.pass':
    'عند MAIL FROM، أثناء الجلسة، جلب {mx} سجل SPF للنطاق {senderDomain}: {record}. عنوان خادم الترحيل {ip} موجود في القائمة، لذا ينجح SPF.',
  'step.check.spf.fail':
    'عند MAIL FROM، أثناء الجلسة، جلب {mx} سجل SPF للنطاق {senderDomain}: عنوان خادم الترحيل {ip} غير مسموح له بالإرسال باسم {senderDomain}، لذا يفشل SPF.',
  'step.check.dkim.pass':
    'يجلب {mx} مفتاح DKIM للنطاق {senderDomain} (s2025._domainkey) ويتحقق من التوقيع الذي أضافه المزوّد: ينجح DKIM.',
  'step.check.dkim.permerror':
    'يبحث {mx} عن مفتاح DKIM للنطاق {senderDomain} (s2025._domainkey)، لكن لم يُنشر أي مفتاح، فلا يمكن التحقق من التوقيع: نتيجة DKIM هي permerror (لا مفتاح).',
  'step.check.dmarc.pass':
    'يقرأ {mx} سياسة DMARC للنطاق {senderDomain}: {record}. نجح SPF أو DKIM للنطاق {senderDomain}، لذا ينجح DMARC ويقبل الخادم الرسالة (250).',
  'step.check.dmarc.absent':
    'لا ينشر {senderDomain} أي سجل DMARC، لذا لا نتيجة لـ DMARC (none) ولا سياسة تُطبَّق: يقبل الخادم الرسالة (250).',
  'step.check.dmarc.none':
    'يقرأ {mx} سياسة DMARC للنطاق {senderDomain}: {record}. لم ينجح SPF ولا DKIM، لكن السياسة p=none لا تطلب إلا التقارير: يقبل الخادم الرسالة (250). يتبع هنا DMARC وحده؛ وكثير من الخوادم المستقبِلة ترفض من تلقاء نفسها فشل SPF الصارم (-all) أو تضعه في البريد غير المرغوب (550 5.7.23).',
  'step.check.dmarc.quarantine':
    'يقرأ {mx} سياسة DMARC للنطاق {senderDomain}: {record}. لم ينجح SPF ولا DKIM، والسياسة p=quarantine تقول: اقبلها، لكن بوصفها بريدًا مزعجًا.',
  'step.check.dmarc.reject':
    'يقرأ {mx} سياسة DMARC للنطاق {senderDomain}: {record}. لم ينجح SPF ولا DKIM، والسياسة p=reject تقول: ارفضها.',
  'step.filter.quarantine':
    'يمرّر {mx} الرسالة إلى {filter}. ولأن الإجراء الذي يطبّقه DMARC على الرسالة هو العزل (quarantine)، ستذهب إلى مجلد البريد غير المرغوب فيه، لا إلى البريد الوارد.',
  'step.login.imap.junk':
    'يُفتح مجلد البريد غير المرغوب فيه لدى {recipient}: يسأل التطبيق {access} عبر IMAP (المنفذ 993، مشفَّرًا بـ TLS) عمّا فيه.',
  'step.notice':
    'تطبيق {recipient} ينتظر في وضع IMAP IDLE. وما إن تُحفظ الرسالة حتى يُعلن {access} عن «بريد جديد» (EXISTS): إشعار قصير لا يحوي الرسالة.',
  'step.fetch': 'الآن فقط يطلب التطبيق الرسالة نفسها (IMAP FETCH). لا يصل البريد إلى تطبيق إلا حين يطلبه التطبيق.',
  'step.bounce-fetch': 'يطلب تطبيق {sender} البريد الجديد من {senderStore} عبر IMAP.',
  'step.bounce-read':
    'يجلب تطبيق {sender} رسالة الارتداد: رسالة جديدة من MAILER-DAEMON تشرح لماذا تعذّر تسليم الرسالة (الحالة {status}).',
  'world.changes': 'تغييراتك',
  'world.none': 'لا تغييرات: العالم كما هو في العادة.',
  'world.undo': 'تراجع: {edit}',
  'world.reset': 'أعد العالم إلى حاله',
  'world.full': 'لا يتّسع الرابط لأكثر من {max} تغييرًا: تراجع عن واحد لتُجري آخر.',
  'world.pending': 'يسري تغييرك عند الإرسال التالي.',
  'world.pendingJourney': 'الرحلة المعروضة تستمر كما أُرسلت.',
  'card.open': 'غيّر {node}',
  'card.close': 'إغلاق',
  'card.reach': 'هل {target} يعمل؟',
  'card.reach.up': 'نعم، يجيب',
  'card.reach.timeout': 'لا جواب (تنتهي مهلة الاتصال)',
  'card.reach.refused': 'رفض الاتصال',
  'card.greylisting': 'القائمة الرمادية: «حاول لاحقًا» للمحاولة الأولى',
  'card.size-limit': 'أكبر رسالة يقبلها (MB)',
  'card.knows-user': 'لديه صندوق بريد لـ {target} (عند الإيقاف: يرفض هذا المستخدم)',
  'card.spam': 'يصنّف البريد الوارد بريدًا مزعجًا',
  'card.mailbox': 'صندوق بريد {target}',
  'card.mailbox.ok': 'فيه متسع',
  'card.mailbox.temporary': 'ممتلئ مؤقتًا (452: حاول لاحقًا)',
  'card.mailbox.permanent': 'ممتلئ (552: رفض)',
  'card.mailbox.absent': 'غير موجود',
  'card.mx': 'سجلات MX للنطاق {target}',
  'card.domain': 'هل {target} موجود؟',
  'card.domain.exists': 'نعم',
  'card.domain.nxdomain': 'لا (NXDOMAIN)',
  'card.domain.null-mx': 'نعم، لكنه لا يقبل بريدًا (null MX)',
  'card.servfail': 'خوادم أسماء {target} معطّلة: يجيب DNS بـ SERVFAIL (إخفاق مؤقت)',
  'card.spf': 'سجل SPF للنطاق {target}',
  'card.spf.provider': 'يذكر خوادم المزوّد نفسه',
  'card.spf.other': 'يذكر خوادم أخرى فقط',
  'card.spf.none': 'لا سجل SPF',
  'card.dkim': 'مفتاح DKIM للنطاق {target} منشور',
  'card.dmarc': 'سياسة DMARC للنطاق {target}',
  'card.dmarc.none': 'p=none (تقارير فقط)',
  'card.dmarc.quarantine': 'p=quarantine (إلى غير المرغوب فيه)',
  'card.dmarc.reject': 'p=reject (رفض)',
  'card.dmarc.absent': 'لا سجل DMARC',
  'card.password': 'التطبيق يرسل كلمة المرور الصحيحة',
  'card.attachment': 'المرفق',
  'card.attachment.mb': '{mb} MB',
  'edit.reach.up': '{host} يجيب من جديد',
  'edit.reach.timeout': '{host} لا يجيب',
  'edit.reach.refused': '{host} يرفض الاتصالات',
  'edit.greylisting.true': '{host} يضع المحاولات الأولى في القائمة الرمادية',
  'edit.greylisting.false': '{host} لا يستخدم القائمة الرمادية',
  'edit.size-limit': '{host} يقبل رسائل حتى {mb} MB',
  'edit.spam.true': '{host} يصنّف البريد الوارد بريدًا مزعجًا',
  'edit.spam.false': '{host} لا يصنّف البريد بريدًا مزعجًا',
  'edit.mailbox.ok': 'في صندوق بريد {address} متسع',
  'edit.mailbox.temporary': 'صندوق بريد {address} ممتلئ مؤقتًا (452)',
  'edit.mailbox.permanent': 'صندوق بريد {address} ممتلئ (552)',
  'edit.mailbox.absent': '{address} غير موجود',
  'edit.alias': '{address} يُعيد التوجيه إلى {target}',
  'edit.alias.none': '{address} لم يعد يُعيد التوجيه',
  'edit.mx': 'سجلات MX للنطاق {domain}: {list}',
  'edit.mx.none': 'ليس للنطاق {domain} سجلات MX',
  'edit.domain.exists': '{domain} موجود',
  'edit.domain.nxdomain': '{domain} غير موجود (NXDOMAIN)',
  'edit.domain.null-mx': '{domain} لا يقبل بريدًا (null MX)',
  'edit.servfail.true': 'يجيب DNS الخاص بـ {domain} بـ SERVFAIL (إخفاق مؤقت)',
  'edit.servfail.false': 'يجيب DNS الخاص بـ {domain} إجابة عادية',
  'edit.spf.provider': 'سجل SPF للنطاق {domain} يذكر خوادم مزوّده',
  'edit.spf.other': 'سجل SPF للنطاق {domain} يذكر خوادم أخرى فقط',
  'edit.spf.none': '{domain} لا ينشر سجل SPF',
  'edit.dkim.true': '{domain} ينشر مفتاح DKIM الخاص به',
  'edit.dkim.false': '{domain} لا ينشر مفتاح DKIM',
  'edit.dmarc.none': 'سياسة DMARC للنطاق {domain} هي p=none',
  'edit.dmarc.quarantine': 'سياسة DMARC للنطاق {domain} هي p=quarantine',
  'edit.dmarc.reject': 'سياسة DMARC للنطاق {domain} هي p=reject',
  'edit.dmarc.absent': '{domain} لا ينشر سياسة DMARC',
  'edit.password.true': 'تطبيق المُرسِل يرسل كلمة المرور الصحيحة',
  'edit.password.false': 'تطبيق المُرسِل يرسل كلمة مرور خاطئة',
  'edit.attachment': 'المُرسِل يُرفق {mb} MB',
  'edit.attachment.none': 'المُرسِل لا يُرفق شيئًا',
  'notice.hint.world': 'استخدم الصيغة المختصرة التي يشرحها ملف README، مثل r_mx1.example.org_t.',
  'graph.noAnswer': 'لا جواب',
  'graph.refusedCode': 'رُفض بالرمز {code}',
  'graph.deferredCode': 'حاول لاحقًا: {code}',
  'dns.record.mx': 'MX للنطاق {domain}: {list}',
  'dns.record.no-mx': 'لا MX للنطاق {domain}: النطاق نفسه',
  'graph.folder.inbox': 'البريد الوارد',
  'graph.folder.junk': 'غير المرغوب فيه',
  'graph.notAligned': 'غير متوافق',
  'graph.folder.sent': 'المرسَل',
  'graph.historyHeading': 'ما حدث في الطريق',
  'graph.result.accepted': 'من {from} إلى {to}: قُبل.',
  'graph.result.refused': 'من {from} إلى {to}: رُفض بالرمز {code}.',
  'graph.result.no-answer': 'من {from} إلى {to}: لا جواب.',
  'graph.result.deferred': 'من {from} إلى {to}: «حاول لاحقًا»، {code}.',
  'graph.result.request': '{from} يسأل {to}.',
  'graph.result.response': '{from} يجيب {to}.',
  'graph.says.queue': 'تنتظر الرسالة في قائمة انتظار {node}: {wait}.',
  'graph.says.folder': 'حُفظت في مجلد {folder}.',
  'graph.says.verdicts': '{node} يتحقق: {verdicts}.',
  'graph.says.verdict': 'يقول DNS عن نطاق المستلم: {verdict}. لا تُرسم له أي خوادم.',
  'graph.says.pass': '{check} ينجح',
  'graph.says.fail': '{check} يفشل',
  'card.undo': 'تراجع',
  'card.replanned': 'خُطّطت الرحلة من جديد مع تغييرك. اضغط «إرسال» لمشاهدتها.',
  'card.nothing': 'لا شيء يمكن تغييره هنا.',
  'card.about.sender-mta':
    'يحتفظ {host} بالرسالة في قائمة انتظاره ويسلّمها: يسأل DNS عن MX، ثم يتحدث SMTP عبر المنفذ 25. إذا أجاب المستقبِل بـ 4xx أو لم يُجب، يحتفظ بالرسالة ويعيد المحاولة، أول مرة بعد نحو 5 دقائق، ثم على فترات أطول (حتى ساعة تقريبًا بين المحاولات)، لمدة تصل إلى 5 أيام. والرفض بـ 5xx، أو انقضاء تلك الأيام، يجعله يكتب رسالة ارتداد إلى المُرسِل.',
  'card.about.recipient-imap':
    'يخدم {host} صندوق بريد {recipient} عبر IMAP (المنفذ 993، مع TLS): تبقى الرسائل على الخادم، وترى كل الأجهزة المجلدات نفسها وعلامات القراءة نفسها.',
  'card.about.recipient-pop3':
    'يتيح {host} لتطبيق {recipient} تنزيل البريد الوارد عبر POP3 (المنفذ 995، مع TLS). وما لم يُبقِ التطبيق نسخة، تُحذف الرسائل بعد التنزيل (DELE ثم QUIT). لا يرى POP3 إلا البريد الوارد، ولا يرى مجلد غير المرغوب فيه أبدًا.',
  'card.about.recipient-client':
    'لا يُسلَّم شيء إلى تطبيق {recipient}: فهو يسجّل الدخول إلى خادم القراءة ويجلب ما ينتظر في صندوق البريد.',
  'card.about.dns':
    'تُحفظ سجلات DNS في منطقة كل نطاق، على خوادم أسماء ذلك النطاق: سجلات MX للنطاق {recipientDomain}، وسجلات SPF وDKIM وDMARC للنطاق {senderDomain}. هذه البطاقة تغيّر تلك المناطق. {host} هو المحلِّل الذي يسأله المرحِّل الصادر عن MX؛ أما خادم MX المستقبِل فيسأل محلِّله الخاص لإجراء فحوصه.',
  'card.title.dns': 'منطقتا DNS للنطاقين {recipientDomain} و{senderDomain}',
  'card.about.sender-msa':
    'لا يقبل {host} البريد إلا من مستخدمين يسجّلون الدخول (AUTH عبر المنفذ 587 أو 465). ويتحقق كثير من المزوّدين هنا أيضًا من أن عنوان المُرسِل (MAIL FROM وFrom:) عنوانٌ يحق للمستخدم المسجَّل استعماله، ويرفضون غيره أو يعيدون كتابته: تلك قاعدة المزوّد، لا قاعدة في SMTP.',
  'card.reader.later': 'هذا يغيّر طريقة انتهاء الرحلة: اختره قبل أن ترسل مرة أخرى.',
  'card.on': 'تشغيل',
  'card.off': 'إيقاف',
  'card.changed': 'غيّرته أنت',
  'cards.hint': 'يفتح بطاقة تستطيع فيها تغيير سلوكه.',
  'cards.mx.hint': 'خوادم البريد أسماء ضمن example.com أو example.org أو example.net؛ ويُسمح باسم غير موجود.',
  'cards.mx.preference': 'الأفضلية',
  'cards.mx.exchange': 'خادم البريد',
  'cards.mx.remove': 'احذف سجل MX {exchange}',
  'cards.mx.removeShort': 'حذف',
  'cards.mx.add': 'أضف سجل MX',
  'error.recipient.empty': 'يوجد إدخال فارغ بين فاصلتين.',
  'error.recipients.separator':
    'يبدو «{typed}» مثل عدة عناوين (عددها {count}) لا يفصل بينها إلا مسافات. افصل بينها بفواصل: {fixed}',
  'error.recipient.spaces': 'في «{address}» مسافة: افصل بين العناوين بفواصل.',
  'error.recipient.no-at': 'يحتاج «{address}» إلى @ بين الاسم والنطاق، مثل bob@example.org.',
  'error.recipient.many-at': 'في «{address}» أكثر من @ واحدة.',
  'error.recipient.bad-local':
    'في «{address}» يمكن أن يحتوي الجزء الذي قبل @ على حروف وأرقام و . _ + - (بلا نقطة في أوله أو آخره، وبلا نقطتين متتاليتين).',
  'error.recipient.bad-domain': 'في «{address}» يجب أن يكون الجزء الذي بعد @ نطاقًا مثل example.org.',
  'error.recipient.too-long': '«{address}» طويل جدًا: الحد الأقصى 64 حرفًا قبل @ و253 حرفًا بعدها.',
  'error.recipient.twice': '{address} من مستلمي هذه الرسالة بالفعل.',
  'error.recipients.many': 'أقصى عدد للمستلمين في هذه المحاكاة: {max} (في To وCc وBcc معًا).',
  'summary.all':
    'وصلت الرسالة إلى جميع المستلمين ({total}): {steps, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتان} few {# خطوات} many {# خطوة} other {# خطوة}}، في نحو {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}} من زمن الإنترنت الحقيقي.',
  'summary.all.minutes':
    'وصلت الرسالة إلى جميع المستلمين ({total}): {steps, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتان} few {# خطوات} many {# خطوة} other {# خطوة}}، في نحو {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} من زمن الإنترنت الحقيقي.',
  'summary.some':
    'وصلت الرسالة إلى {reached} من أصل {total} من المستلمين. أما الباقون فتعذّر الوصول إليهم (حتى الآن): رسالة ارتداد في البريد الوارد لدى {sender} تذكر كل من فشل التسليم إليه نهائيًا.',
  'notice.hint.client': 'استخدم app أو webmail.',
  'notice.hint.submission': 'استخدم 587 (STARTTLS) أو 465 (TLS من أول بايت).',
  'notice.hint.keep': 'استخدم 1 لإبقاء نسخة على خادم POP3.',
  'notice.hint.answers': 'استخدم ما يصل إلى 20 إجابة مثل 5.1.1*9.0.0 (الخطوة، والاختيار، ثم 1 للصحيحة أو 0 للخاطئة).',
  'step.spoof.compose':
    'خادم لا علاقة له بالنطاق {senderDomain}، هو {spoofer}، يكتب رسالة بمُرسِل مزوَّر: From: {from}. بل إنه ينسخ حقل DKIM-Signature فيه d={senderDomain}، لكنه لا يستطيع التوقيع بالمفتاح الخاص للنطاق {senderDomain}.',
  'step.spoof.relay':
    'يبحث {spoofer} عن MX للنطاق {recipientDomain} ويتصل بنفسه بالخادم {mx} عبر المنفذ 25، مدّعيًا MAIL FROM:<{from}>. يستطيع أي أحد الاتصال بخادم MX: عند RCPT TO يقبل البريد الموجّه إلى {to} (250)، لكنه لم يقرّر بعد هل يصدّق المُرسِل.',
  'step.check.dkim.forged':
    'يجلب {mx} مفتاح DKIM للنطاق {senderDomain} (s2025._domainkey) ويتحقق به من التوقيع: التوقيع غير صحيح، لذا يفشل DKIM.',
  'step.reply.spoof':
    'يرفض {mx} الرسالة بعد النقطة الأخيرة: {reply}. يعود الرفض إلى {spoofer}، الخادم الذي أرسلها؛ ولا يكتب خادم MX رسالة ارتداد بنفسه. لو تلقّى خادم بريد حقيقي هذا الرمز 550 لأرسل رسالة ارتداد إلى MAIL FROM:<{from}>، ولوصلت إلى {sender} رسائل ارتداد (backscatter) عن بريد لم تُرسله قط؛ أمّا برامج البريد المزعج التي تزوّر المُرسِلين فتتجاهل الرفض ببساطة، كما هنا، فلا يصل إلى {sender} شيء.',
  'summary.spoof-rejected':
    'رفض خادم بريد {recipient} رسالة مزوَّرة تدّعي أنها من {sender}: لم ينجح SPF ولا DKIM لنطاق From:، وسياسة DMARC الخاصة به تقول: ارفض. لم يصدر عن {sender} أي إرسال، ولا تصل إلى {sender} أي رسالة ارتداد.',
  'edit.spoof.true': 'خادم من خارج قائمة SPF لنطاق المُرسِل يزوّر عنوان المُرسِل',
  'edit.spoof.false': 'لا أحد يزوّر عنوان المُرسِل',
  'step.compose.webmail':
    'تُكتب رسالة من {sender} إلى {recipient} في المتصفح، في صفحة بريد الويب لدى {senderDomain}، ويُضغط «إرسال». يبني بريد الويب على خادم المزوّد الرسالة: أسطر الترويسة (From وTo وSubject وDate)، ثم سطر فارغ، ثم النص.',
  'step.webmail':
    'يرسل متصفح {sender} الرسالة إلى واجهة الويب لدى المزوّد، {webmail}، عبر HTTPS (المنفذ 443). لا يخرج أي SMTP من المتصفح: يضيف بريد الويب سطر Received خاصًا به ("with HTTP") وسيسلّم الرسالة إلى خادم الإرسال الخاص به.',
  'step.submit.webmail':
    'يسلّم {webmail} الرسالة إلى {msa}، خادم الإرسال لدى المزوّد نفسه، داخل المزوّد: SMTP مع STARTTLS وتسجيل دخول نيابةً عن {sender}. يقبلها الخادم بالرد 250.',
  'step.submit.465':
    'يتصل تطبيق {sender} بالخادم {msa} عبر المنفذ 465: يبدأ التشفير من أول بايت (TLS ضمني)، فلا حاجة إلى STARTTLS. يُسجَّل دخول {sender} (AUTH)، فيقبل الخادم الرسالة بالرد 250: من الآن فصاعدًا هو المسؤول عنها.',
  'step.submit.refused.webmail': 'يحاول {webmail} تسليم الرسالة إلى {msa}، خادم الإرسال لدى المزوّد، لكن الخادم يرفض.',
  'step.submit.refused.465':
    'يتصل تطبيق {sender} بالخادم {msa} عبر المنفذ 465 (مشفَّرًا من أول بايت) ويحاول تسليم الرسالة، لكن الخادم يرفض.',
  'step.submit.refused.password.webmail':
    'يحاول {webmail} تسليم الرسالة إلى {msa}، خادم الإرسال لدى المزوّد، مسجّلًا الدخول نيابةً عن {sender}، لكن تسجيل الدخول يُرفض: كلمة المرور خاطئة.',
  'step.submit.refused.password.465':
    'يتصل تطبيق {sender} بالخادم {msa} عبر المنفذ 465 (مشفَّرًا من أول بايت) ويسجّل الدخول (AUTH)، لكن كلمة المرور خاطئة: يرفض الخادم تسجيل الدخول، فلا يستلم الرسالة أبدًا.',
  'step.submit.refused.size.webmail':
    'يحاول {webmail} تسليم الرسالة إلى {msa}، خادم الإرسال لدى المزوّد، لكن الرسالة أكبر مما يقبله الخادم، فيرفض.',
  'step.submit.refused.size.465':
    'يتصل تطبيق {sender} بالخادم {msa} عبر المنفذ 465 (مشفَّرًا من أول بايت) ويسجّل الدخول. وعند MAIL FROM يُعلن حجم الرسالة: أكبر مما يقبله الخادم، فيرفض قبل أن يُرسَل أي جزء منها.',
  'step.refuse.webmail':
    'يرد {msa} بـ {reply}. يعرض بريد الويب الخطأ في متصفح {sender}. لم يدخل شيء قائمة الانتظار ولم يغادر شيء: عند التقديم لا تُكتب رسالة ارتداد.',
  'step.refuse.password.webmail':
    'يرد {msa} بـ {reply}: فشل تسجيل الدخول. يعرض بريد الويب الخطأ في متصفح {sender}. لم يدخل شيء قائمة الانتظار ولم يغادر شيء: عند التقديم لا تُكتب رسالة ارتداد.',
  'step.refuse.size.webmail':
    'يرد {msa} بـ {reply}: الرسالة أكبر مما يقبله. يعرض بريد الويب الخطأ في متصفح {sender}. لم يدخل شيء قائمة الانتظار ولم يغادر شيء: عند التقديم لا تُكتب رسالة ارتداد.',
  'step.sent.imap':
    'يحفظ تطبيق {sender} نسخته في مجلد «المرسَل» على {senderStore} بالأمر IMAP APPEND (المنفذ 993، TLS). ولأن المجلد على الخادم، يعرض هاتف {sender} الرسالة المرسَلة أيضًا. بعض المزوّدين (Gmail مثلًا) يحفظون النسخة بأنفسهم؛ فلا يجوز للتطبيقات المضبوطة عليهم أن تضيف نسخة ثانية بـ APPEND.',
  'step.sent.pop3':
    'لا يوجد في POP3 مجلد «مرسَل» على الخادم: يحفظ تطبيق {sender} نسخته في مجلد «المرسَل» على هذا الحاسوب المحمول فقط، فلن يراها هاتف {sender}.',
  'step.sent.webmail':
    'يحفظ بريد الويب بنفسه النسخة في مجلد «المرسَل» لدى {sender} على {senderStore}، فتراها جميع الأجهزة. بعض المزوّدين يفعلون ذلك أيضًا للبريد المرسَل من التطبيقات؛ فلا يجوز للتطبيقات المضبوطة عليهم أن تضيف نسخة ثانية بـ APPEND.',
  'step.bounce.forwarded':
    'لم يستطع {mta}، خادم إعادة التوجيه، تسليم نسخته (الحالة {status})، فيكتب رسالة الارتداد بنفسه، من المُرسِل الفارغ <>، إلى مُرسِل المغلّف الذي أُعطي له: {srs}. عنوان SRS هذا عنوانه هو، فيفكّ ترميزه إلى {from} ويرسل رسالة الارتداد إليه، إلى صندوق بريد {sender} على {senderStore}.',
  'step.bounce.list':
    'لم يستطع {mta} تسليم نسخة القائمة البريدية (الحالة {status}). تذهب رسالة الارتداد إلى مُرسِل المغلّف الخاص بالقائمة، {srs}، حيث يحصيها برنامج القائمة؛ ولا يُبلَّغ {sender}.',
  'step.forward':
    '{alias} يُعيد التوجيه إلى {target}، لذا يرسل {forwarder} الرسالة إلى وجهتها: تسليم SMTP ثانٍ، من عنوان IP الخاص به. يعيد كتابة مُرسِل المغلّف بـ SRS ({srs}) كي يُفحص SPF لنطاقه هو وتعود رسائل الارتداد إليه؛ ويبقى From: كما هو {from}. ويختم أيضًا ما تحقّق منه ({sealed}) في ترويسات ARC، النسخة i=1.',
  'step.forward.list':
    '{alias} قائمة بريدية: يرسل {forwarder} نسخة إلى {target}، مع [{list}] في أول الموضوع وتذييل تحت النص. وهذا يغيّر ما يغطيه توقيع DKIM للنطاق {senderDomain}، فلن يصح بعد الآن، ومن عنوان IP هذا لا يمكن أن ينجح SPF للنطاق {senderDomain}: مع From: {from} سيفشل DMARC. لذا تعيد القائمة كتابة From: إلى عنوانها هي ("{sender} via the list") وتضع {sender} في Reply-To:. ومُرسِل المغلّف لديها هو {srs}.',
  'step.check.spf.forwarded':
    'يجلب {mx} سجل SPF للنطاق {spfDomain}، نطاق مُرسِل المغلّف بصيغة SRS: يذكر {ip}، لذا ينجح SPF. لكنه ينجح للنطاق {spfDomain}، ونطاق From: هو {senderDomain}: النطاقان غير متوافقين، فلا يفيد هذا النجاح DMARC بشيء، ويجب أن يحمله DKIM.',
  'step.check.spf.list':
    'يجلب {mx} سجل SPF للنطاق {spfDomain}، نطاق مُرسِل المغلّف الخاص بالقائمة: يذكر {ip}، لذا ينجح SPF، ويطابق نطاق From: بعد إعادة كتابته.',
  'step.check.dkim.list':
    'يجلب {mx} مفتاح DKIM للنطاق {dkimDomain} (s2025._domainkey) ويتحقق من التوقيع: غيّرت القائمة الموضوع وأضافت تذييلًا، فلم يعد التوقيع صحيحًا. يفشل DKIM.',
  'card.forwards-to': 'هذا العنوان يُعيد التوجيه إلى',
  'card.forwards-to.address': '{address}',
  'card.forwards-to.none': 'لا أحد (بلا إعادة توجيه)',
  'card.list': 'إنه قائمة بريدية (يوسم الموضوع ويضيف تذييلًا)',
  'edit.list.true': '{address} قائمة بريدية',
  'edit.list.false': '{address} ليس قائمة بريدية',
  'graph.recipient.delivered': 'سُلّمت',
  'graph.recipient.downloaded': 'نُزّلت',
  'graph.recipient.bounced': 'ارتدّت {code}',
  'graph.recipient.rejected': 'رُفضت {code}',
  'graph.recipient.deferred': 'تنتظر {code}',
  'graph.recipient.quarantined': 'في غير المرغوب فيه',
  'graph.recipient.says': '{address}: {result}.',
  'graph.recipient.who': '{who}: {result}',
  'checkpoint.next-server.0.why':
    'لا يعرف خادم الترحيل أين يوجد حاسوب {recipient}، والبريد لا يذهب إليه مباشرةً أبدًا: بل يذهب إلى خوادم البريد لدى المزوّد.',
  'checkpoint.next-server.2.why':
    'خادم القراءة لدى {sender} لا يخدم إلا صندوق بريد {sender} نفسه. ولا دور له في إرسال البريد إلى {recipient}.',
  'checkpoint.next-server.3.why':
    'تنقل الموجّهات حزم الشبكة لكنها لا تقرأ البريد أبدًا. على خادم الترحيل أولًا أن يعرف أي خادم بريد يخاطب.',
  'checkpoint.after-mx.0.why':
    'تُسلَّم الرسالة مرة واحدة. يجرّب خادم الترحيل الخوادم واحدًا بعد الآخر، بدءًا بالرقم الأصغر، ويتوقف عند أول خادم يقبلها.',
  'checkpoint.after-mx.1.why':
    'الرقم الأصغر هو الذي يفوز: 10 قبل 20. الخادم صاحب الرقم 20 احتياطي، لا يُجرَّب إلا إذا تعذّر الوصول إلى الأول.',
  'checkpoint.no-mailbox.q':
    'يذكر خادم الترحيل الآن العنوان الموجّهة إليه الرسالة (RCPT TO). ماذا يفعل خادم الاستقبال لدى {domain} بعنوان لا يعرفه؟',
  'checkpoint.no-mailbox.0': 'يحتفظ بالرسالة حتى يُنشئ أحدٌ صندوق البريد',
  'checkpoint.no-mailbox.1': 'يرفضها فورًا، وخادم الترحيل ما زال متصلًا',
  'checkpoint.no-mailbox.2': 'يتخلّص منها دون أن يُخبر أحدًا',
  'checkpoint.no-mailbox.3': 'يرسلها بدلًا من ذلك إلى حاسوب {recipient}',
  'checkpoint.no-mailbox.why':
    'يقول «لا» في الحال (550 5.1.1 عند RCPT TO). الرفض نهائي، لذا يجب على خادم الترحيل الذي يحمل الرسالة أن يُبلغ المُرسِل.',
  'checkpoint.no-mailbox.0.why':
    'لا تحتفظ الخوادم بالبريد لصناديق بريد غير موجودة. جواب «حاول لاحقًا» يكون مؤقتًا؛ أما هذا فنهائي.',
  'checkpoint.no-mailbox.2.why': 'لا يُرمى البريد بصمت: يجيب خادم الاستقبال بالرفض، كي يمكن إبلاغ المُرسِل.',
  'checkpoint.no-mailbox.3.why':
    'لا يذهب البريد مباشرةً إلى حاسوب القارئ أبدًا؛ ومن دون صندوق بريد لا مكان في {domain} يوضع فيه.',
  'checkpoint.no-login.q':
    'خادم الترحيل على وشك تسليم الرسالة إلى خادم الاستقبال لدى {domain}. لماذا لا يسجّل الدخول بكلمة مرور؟',
  'checkpoint.no-login.0': 'سجّل الدخول قبل ذلك، عند خادم الإرسال',
  'checkpoint.no-login.1': 'يعرف كلمة مرور {recipient}',
  'checkpoint.no-login.2':
    'التسليم بين المزوّدين عبر المنفذ 25 لا يحتاج إلى تسجيل دخول؛ بل يتحقق المستقبِل من المُرسِل في DNS',
  'checkpoint.no-login.3': 'تُرسَل كلمات المرور لاحقًا، مع الرسالة',
  'checkpoint.no-login.why':
    'على المنفذ 25 يحق لأي أحد أن يعرض بريدًا لمستخدمين محليين. وبدلًا من تسجيل الدخول، يسأل المستقبِل DNS هل يحق لهذا الخادم الإرسال باسم النطاق (SPF وDKIM وDMARC).',
  'checkpoint.no-login.0.why':
    'كان تسجيل دخول {sender} عند خادم الإرسال لدى مزوّد {sender} نفسه. وهذا الدخول لا يُحتسب إلا هناك؛ ولا يعرف عنه خادم {domain} شيئًا.',
  'checkpoint.no-login.1.why':
    'لا أحد غير {recipient} يعرف كلمة مرور {recipient}، وهي لا تُستخدم إلا لقراءة البريد، لا لاستقباله أبدًا.',
  'checkpoint.no-login.3.why': 'لا تحمل الرسالة أي كلمة مرور. يقرّر المستقبِل من سجلات DNS هل يثق بالخادم المُرسِل.',
  'checkpoint.forged-sender.q':
    'تدّعي هذه الرسالة أنها آتية من مزوّد {sender}، لكن الخادم الذي يرسلها ليس في قائمة ذلك المزوّد. أي فحص يفشل؟',
  'checkpoint.forged-sender.0': 'تسجيل الدخول (AUTH)',
  'checkpoint.forged-sender.1': 'SPF: قائمة المزوّد بالخوادم المسموح لها بالإرسال',
  'checkpoint.forged-sender.2': 'مرشّح البريد المزعج',
  'checkpoint.forged-sender.3': 'البحث عن MX',
  'checkpoint.forged-sender.why':
    'يقارن SPF عنوان الخادم المتصل بالقائمة التي ينشرها نطاق المُرسِل في DNS. ليس في القائمة: يفشل SPF.',
  'checkpoint.forged-sender.0.why':
    'التسليم من مزوّد إلى آخر عبر المنفذ 25 لا تسجيل دخول فيه، فلا يوجد تسجيل دخول يفشل. الفحوص تستخدم DNS بدلًا من ذلك.',
  'checkpoint.forged-sender.2.why':
    'يأتي مرشّح البريد المزعج لاحقًا وينظر في المحتوى. أما التحقق ممّن يحق له الإرسال باسم نطاق فهو مهمة SPF.',
  'checkpoint.forged-sender.3.why': 'وجد البحث عن MX أين يُسلَّم البريد. ولا يقول شيئًا عمّن يحق له إرساله.',
  'checkpoint.final-dot.q':
    'بعد آخر سطر في الرسالة (سطر فيه نقطة فقط)، سيجيب خادم الاستقبال لدى {domain} بالرد 250. ماذا يعني ذلك؟',
  'checkpoint.final-dot.0': 'صارت الرسالة مقروءة لدى {recipient}',
  'checkpoint.final-dot.1': 'يتولى الخادم مسؤولية تسليمها',
  'checkpoint.final-dot.2': 'الرسالة موجودة بالفعل في البريد الوارد لدى {recipient} على الهاتف',
  'checkpoint.final-dot.3': 'كانت كلمة مرور {sender} صحيحة',
  'checkpoint.final-dot.why':
    'من هذا الرد 250 فصاعدًا يصبح خادم الاستقبال هو المسؤول: يستطيع خادم الترحيل أن ينسى الرسالة. وإذا فشل شيء لاحقًا، فعلى المستقبِل أن يُبلغ عنه.',
  'checkpoint.final-dot.0.why':
    'لا تُقرأ لدى {recipient} إلا بعد ذلك بوقت طويل، وحين يسأل تطبيق البريد المخزن فقط. الرد 250 وعدٌ بين خادمين.',
  'checkpoint.final-dot.2.why':
    'ما زال على الرسالة أن تمر بالمرشّح وتُحفظ في مخزن صناديق البريد، ولا يصل شيء إلى الهاتف حتى يطلبه تطبيقه.',
  'checkpoint.final-dot.3.why':
    'لم تُرسَل أي كلمة مرور هنا: التسليم بين المزوّدين عبر المنفذ 25 لا تسجيل دخول فيه. الرد 250 جواب عن الرسالة نفسها.',
  'checkpoint.same-domain.0.why': 'يُسأل DNS للعثور على مزوّد آخر. و{domain} هو المزوّد نفسه، فلا أحد يُبحث عنه.',
  'checkpoint.same-domain.2.why':
    'لا يقرأ خادم IMAP من مخزن صناديق البريد إلا حين يطلب تطبيق {recipient}. التسليم يكون إلى المخزن.',
  'checkpoint.who-fetches.1.why':
    'يدفع SMTP البريد بين الخوادم، لكن ليس إلى جهاز القارئ أبدًا. ينتظر المخزن حتى يأتي التطبيق ويسأل.',
  'checkpoint.who-fetches.2.why': 'لا يجيب DNS إلا عن أسئلة حول الأسماء والعناوين؛ ولا ينقل البريد أبدًا.',
  'checkpoint.who-bounces.q': 'تعذّر تسليم الرسالة. من يكتب رسالة الارتداد التي تُبلغ {sender}؟',
  'checkpoint.who-bounces.0': 'خادم الاستقبال لدى مزوّد {recipient}',
  'checkpoint.who-bounces.1': 'خادم الترحيل الصادر لدى مزوّد {sender}، الذي ما زال يحمل الرسالة',
  'checkpoint.who-bounces.2': 'تطبيق البريد لدى {recipient}',
  'checkpoint.who-bounces.3': 'تطبيق البريد لدى {sender}',
  'checkpoint.who-bounces.why':
    'خادم الترحيل الذي يحمل الرسالة وتلقّى الرفض يكتب رسالة جديدة (رسالة ارتداد) ويسلّمها إلى صندوق بريد {sender} نفسه.',
  'checkpoint.who-bounces.0.why':
    'لم يفعل خادم الاستقبال إلا أن قال «لا» وخادم الترحيل متصل. كتابة رسالة الارتداد مهمة من يحمل الرسالة.',
  'checkpoint.who-bounces.2.why': 'لم تصل الرسالة إلى {recipient} قط، فلا يعرف تطبيق {recipient} عنها شيئًا.',
  'checkpoint.who-bounces.3.why':
    'سلّم تطبيق {sender} الرسالة منذ وقت طويل. ولا يعرض رسالة الارتداد إلا حين يجلب البريد الجديد.',
  'recap.heading': 'توقّعاتك',
  'recap.score': 'توقّعاتك الصحيحة: {right} من {total}.',
  'recap.right': 'صحيح',
  'recap.wrong': 'ليس تمامًا',
  'recap.skipped': 'جرى تخطّيه',
  'recap.yours': 'إجابتك: {choice}',
  'recap.answer': 'الإجابة: {choice}',
  'checkpoint.tag': 'توقّع:',
  'checkpoint.right': 'الإجابة الصحيحة',
  'checkpoint.notThis': 'اختيارك',
  'checkpoint.correct': 'توقّع موفّق!',
  'checkpoint.incorrect': 'ليس تمامًا.',
  'checkpoint.continue': 'متابعة',
  'checkpoint.skip': 'تخطَّ السؤال',
  'checkpoint.next-server.q': '{recipient} لدى مزوّد آخر. أي خادم يسأله مزوّد {sender} بعد ذلك؟',
  'checkpoint.next-server.0': 'حاسوب {recipient}',
  'checkpoint.next-server.1': 'محلِّل DNS',
  'checkpoint.next-server.2': 'خادم IMAP لدى {sender}',
  'checkpoint.next-server.3': 'أقرب موجّه على الإنترنت',
  'checkpoint.next-server.why':
    'يجب على خادم الترحيل أولًا أن يعرف أي الخوادم تستقبل البريد للنطاق {domain}، لذا يسأل DNS عن سجلات MX لذلك النطاق.',
  'checkpoint.after-mx.q': 'ذكر DNS خادمَي بريد، أفضليتهما 10 و20. عمّ يسأل خادم الترحيل بعد ذلك؟',
  'checkpoint.after-mx.0': 'لا شيء: يرسل الرسالة إلى كليهما',
  'checkpoint.after-mx.1': 'عنوان الخادم ذي الأفضلية 20',
  'checkpoint.after-mx.2': 'عنوان الخادم ذي الأفضلية 10',
  'checkpoint.after-mx.why':
    'يُجرَّب رقم الأفضلية الأصغر أولًا. يسمّي سجل MX مضيفًا، لذا ما زال خادم الترحيل يحتاج إلى عنوان ذلك المضيف (A/AAAA).',
  'checkpoint.same-domain.q':
    '{recipient} لدى المزوّد نفسه الذي لدى {sender}. ماذا يحدث بعد أن يقبل خادم الإرسال الرسالة؟',
  'checkpoint.same-domain.0': 'يسأل DNS عن MX للنطاق {domain}',
  'checkpoint.same-domain.1': 'يحفظ الرسالة في صندوق بريد {recipient} مباشرةً',
  'checkpoint.same-domain.2': 'يرسل الرسالة إلى خادم IMAP لدى {recipient}',
  'checkpoint.same-domain.why':
    'النطاق من نطاقات المزوّد نفسه، فلا بحث في DNS ولا قفزة عبر الإنترنت: التسليم المحلي يحفظها في مخزن صناديق البريد. ولا يخدم IMAP المخزن إلا لاحقًا.',
  'checkpoint.who-fetches.q': 'تنتظر الرسالة في مخزن صناديق البريد. كيف تصل إلى شاشة {recipient}؟',
  'checkpoint.who-fetches.0': 'يسجّل تطبيق {recipient} الدخول (IMAP أو POP3) ويجلبها',
  'checkpoint.who-fetches.1': 'يدفعها المخزن إلى حاسوب {recipient} عبر SMTP',
  'checkpoint.who-fetches.2': 'يمرّرها DNS إلى الحاسوب',
  'checkpoint.who-fetches.why': 'ينتهي التسليم عند المخزن. يتصل تطبيق القارئ متى شاء ويقرأ من المخزن عبر IMAP أو POP3.',
  'missions.heading': 'المهام',
  'missions.intro':
    'العب دور المهاجم، ثم دور مالك النطاق. غيّر العالم من البطاقات (انقر خادمًا أو محلِّل DNS)، ثم اضغط «إرسال».',
  'missions.progress': 'المهام المنجزة: {done} من {total}',
  'missions.done': 'منجزة',
  'missions.todo': 'لم تُنجز',
  'missions.back': 'كل المهام',
  'missions.close': 'أغلق المهام',
  'missions.goal': 'الهدف',
  'missions.attempts': 'مرات الإرسال: {n}',
  'missions.hintsUsed': 'التلميحات: {n} من {total}',
  'missions.hint': 'اعرض تلميحًا',
  'missions.hintHeading': 'تلميحات',
  'missions.notYet': 'ليس بعد. غيّر العالم من البطاقات واضغط «إرسال» مرة أخرى.',
  'missions.answerFirst': 'بلغت الرحلة الهدف. أجب الآن عن السؤال.',
  'missions.success': 'أُنجزت المهمة: {title}.',
  'missions.learned': 'ما يبيّنه هذا',
  'missions.question': 'إجابتك',
  'missions.wrong': 'ليس تمامًا: انظر مرة أخرى إلى الفحوص عند خادم الاستقبال.',
  'missions.settings': 'المهام المعروضة',
  'missions.none': 'لا توجد مهمة معروضة في هذا الدرس.',
  'notice.hint.mission':
    'استخدم اسم مهمة: forge أو stop-the-spoof أو lookalike أو eavesdrop أو stop-the-downgrade أو forwarding-breaks.',
  'notice.hint.missions': 'استخدم أسماء مهام تفصل بينها فواصل، مثل forge,stop-the-spoof.',
  'mission.forge.title': 'زوّر رسالة',
  'mission.forge.goal':
    'اجعل رسالة مزوَّرة من alice@example.com تصل إلى البريد الوارد لدى Bob. أنت المهاجم: خادمك ليس مزوّد Alice.',
  'mission.forge.hint.1': 'اضغط «إرسال» وراقب خادم الاستقبال لدى Bob: أي فحص يردّ التزوير؟',
  'mission.forge.hint.2':
    'لا ينجح SPF وDKIM أبدًا للنطاق example.com حين تزوّر عنوانه. الحَكَم هو سياسة DMARC للنطاق example.com: افتح بطاقة المهاجم أو بطاقة محلِّل DNS.',
  'mission.forge.hint.3': 'من دون سجل DMARC، أو مع p=none، لا يفعل خادم الاستقبال إلا تسجيل الفشل ثم يسلّم الرسالة.',
  'mission.forge.done':
    'فشل SPF وDKIM، ومع ذلك سُلّمت الرسالة المزوَّرة: لم تطلب أي سياسة DMARC من خادم Bob أن يتصرف بناءً على هذا الفشل في هذه الرسالة (لا سياسة منشورة، أو p=none، أو استثنتها pct=). وSPF وحده لا يحمي عنوان From:، فهو يفحص مُرسِل المغلّف.',
  'beginner.mission.forge.done':
    'فشلت الفحوص، لكن قاعدة example.com لم تطلب من خادم Bob رفض هذا البريد أو وضعه جانبًا، فوصلت الرسالة المزيّفة إلى Bob. الفحوص وحدها لا تحمي عنوان المُرسِل.',
  'mission.stop-the-spoof.title': 'والآن أوقفه',
  'mission.stop-the-spoof.goal':
    'تصل الرسالة المزوَّرة إلى Bob. بصفتك مالك example.com، اجعل خادمه يرفضها، دون أن تلمس خادم المهاجم.',
  'mission.stop-the-spoof.hint.1': 'يفحص خادم الاستقبال DMARC: انظر إلى ما ينشره example.com.',
  'mission.stop-the-spoof.hint.2':
    'غيّر سياسة DMARC للنطاق example.com في بطاقة محلِّل DNS (أو بطاقة المهاجم). القيمة p=quarantine لا تفعل إلا وضعها في غير المرغوب فيه.',
  'mission.stop-the-spoof.hint.3':
    'القيمة p=reject تجعل خادم الاستقبال يرفض بالرد 550 5.7.1 بعد النقطة الأخيرة (نهاية DATA). اطلب التقارير الإجمالية (rua) لترى ذلك يحدث.',
  'mission.stop-the-spoof.done':
    'مع p=reject رفض خادم Bob الرسالة المزوَّرة بالرد 550 5.7.1، ولا يصل إلى Alice شيء: فهي لم ترسل شيئًا. ومع rua يرسل كل مستقبِل إلى example.com تقريرًا إجماليًا يوميًا يذكر من أرسل باسمه وما الذي فُعل.',
  'beginner.mission.stop-the-spoof.done':
    'صار example.com يطلب من الخوادم رفض البريد الذي يفشل في فحوصه، فردّ خادم Bob الرسالة المزيّفة. لم ترسل Alice شيئًا ولا يصلها شيء.',
  'mission.lookalike.title': 'نطاق شبيه يمر',
  'mission.lookalike.goal':
    'تصل إلى Bob رسالة من نطاق يشبه example.com، مع أن example.com يقول p=reject. أرسلها، وراقب الفحوص، ثم قل لماذا.',
  'mission.lookalike.hint.1': 'اقرأ عنوان المُرسِل بعناية، حرفًا حرفًا.',
  'mission.lookalike.hint.2': 'لأي نطاق فحص خادم الاستقبال SPF وDKIM وDMARC؟ ليس نطاق Alice.',
  'mission.lookalike.hint.3': 'سياسة example.com لا تتحدث إلا باسم example.com. وللنطاق الآخر سجلاته الخاصة.',
  'mission.lookalike.question': 'نجحت كل الفحوص. لماذا؟',
  'mission.lookalike.choice.1': 'نجحت لنطاق المهاجم نفسه: الفحوص تثبت أي نطاق أرسلها، لا أنه النطاق الذي يظنه Bob.',
  'mission.lookalike.choice.2': 'سياسة DMARC للنطاق example.com ضعيفة جدًا: p=reject كانت ستوقفها.',
  'mission.lookalike.choice.3': 'يفحص SPF عنوان From:، وكان مسموحًا للمهاجم باستخدامه.',
  'mission.lookalike.done':
    'لا يوقف DMARC النطاقات الشبيهة: examp1e.com، أو نطاق متماثل الشكل مثل exаmple.com بحرف а سيريلي (xn--… بترميز punycode)، يجتاز فحوصه الخاصة. ما يساعد هو أن يعرض تطبيق Bob العنوان الحقيقي، وانتباه Bob.',
  'beginner.mission.lookalike.done':
    'جاءت الرسالة المزيّفة من نطاق آخر يشبه نطاق Alice فقط، واجتازت فحوصها الخاصة. ما يساعد هو أن يرى Bob العنوان الحقيقي.',
  'mission.eavesdrop.title': 'اقرأ بريد Bob على الخط',
  'mission.eavesdrop.goal':
    'كن الوسيط الدخيل بين خادم الترحيل لدى Alice وخادم Bob، واجعل رسالة Alice تعبر الإنترنت مقروءة.',
  'mission.eavesdrop.hint.1': 'افتح بطاقة خادم الاستقبال لدى Bob: هناك أحد على الخط.',
  'mission.eavesdrop.hint.2': 'لا يبدأ التشفير بين الخوادم إلا حين يعرض المستقبِل STARTTLS.',
  'mission.eavesdrop.hint.3': 'شغّل الوسيط الدخيل: يحذف STARTTLS من الجواب، فيرسل خادم الترحيل نصًّا غير مشفَّر.',
  'mission.eavesdrop.done':
    'STARTTLS بين الخوادم انتهازي: وسيط دخيل يحذفه من جواب EHLO يجعل المُرسِل يعود إلى النص غير المشفَّر، فيقرأ نسخة منه. STARTTLS لا يشفّر دائمًا.',
  'beginner.mission.eavesdrop.done':
    'أخفى المهاجم عرض التشفير، فتحادث الخادمان بنص غير مشفَّر وقرأ الرسالة. التشفير بين الخوادم غير مضمون.',
  'mission.stop-the-downgrade.title': 'أوقف خفض الحماية',
  'mission.stop-the-downgrade.goal':
    'الوسيط الدخيل يحذف STARTTLS. بصفتك مالك example.org، تأكّد من أن رسالة Alice لا تعبر أبدًا نصًّا غير مشفَّر، والوسيط ما زال هناك.',
  'mission.stop-the-downgrade.hint.1': 'افتح بطاقة خادم الاستقبال لدى Bob: ماذا يستطيع example.org أن ينشر؟',
  'mission.stop-the-downgrade.hint.2':
    'MTA-STS في وضع testing يُبلغ فقط. أما enforce فيطلب من المُرسِلين ألا يسلّموا أبدًا دون TLS.',
  'mission.stop-the-downgrade.hint.3': 'DANE ينفع أيضًا، لكن فقط في منطقة موقَّعة بـ DNSSEC.',
  'mission.stop-the-downgrade.done':
    'مع MTA-STS في وضع enforce (أو DANE مع DNSSEC) يرفض المُرسِل التسليم دون TLS: تنتظر الرسالة في قائمة الانتظار ولا يعبر شيء مقروءًا. التسليم الأول قبل أن يحفظ المُرسِل سياسة MTA-STS غير محمي؛ وليس في DANE هذه الثغرة.',
  'beginner.mission.stop-the-downgrade.done':
    'صار example.org يطلب من المُرسِلين ألا يسلّموا إلا مشفَّرًا، فانتظر خادم Alice بدل الإرسال بنص غير مشفَّر.',
  'mission.forwarding-breaks.title': 'تُفسد بريدك بنفسك',
  'mission.forwarding-breaks.goal':
    'يقول example.com إن p=reject لكنه لا يوقّع شيئًا، وعنوان Bob القديم يُعيد التوجيه إلى bob@example.org. فتُرفض رسالة Alice نفسها. أصلح ذلك مع إبقاء p=reject.',
  'mission.forwarding-breaks.hint.1': 'اضغط «إرسال»: عند example.org ينجح SPF، لكن لنطاق مَن؟',
  'mission.forwarding-breaks.hint.2':
    'يرسل خادم إعادة التوجيه من عنوانه هو (SRS)، فلا يعود SPF يتحدث باسم example.com. التوقيع وحده ينجو من إعادة التوجيه.',
  'mission.forwarding-breaks.hint.3': 'اجعل مزوّد example.com يوقّع بـ DKIM (المفتاح منشور في DNS): بطاقة محلِّل DNS.',
  'mission.forwarding-breaks.done':
    'يُفسد خادم إعادة التوجيه SPF للنطاق الأصلي، لكن توقيع DKIM يسافر مع الرسالة، فينجح DMARC عبر DKIM. أو يثق خادم MX لدى Bob بختم ARC لخادم إعادة التوجيه: يظل DMARC فاشلًا، لكن النتائج المختومة تسمح لسياسته المحلية بتسليم الرسالة.',
  'beginner.mission.forwarding-breaks.done':
    'تُرسل خدمة إعادة التوجيه من خادمها الخاص، فلم تعد قائمة الحواسيب المسموح لها تنطبق. التوقيع يسافر مع الرسالة؛ أو يصدّق خادم Bob الكلمة المختومة لخادم إعادة التوجيه بأنه فحص البريد.',
  'shortcuts.title': 'اختصارات لوحة المفاتيح',
  'shortcuts.close': 'إغلاق',
  'shortcuts.note': 'لا تعمل الاختصارات أثناء الكتابة في حقل.',
  'shortcuts.key.space': 'مسافة',
  'shortcuts.key.right': '→',
  'shortcuts.key.left': '←',
  'shortcuts.key.home': 'Home',
  'shortcuts.key.end': 'End',
  'shortcuts.key.help': '?',
  'shortcuts.playPause': 'تشغيل أو إيقاف مؤقت',
  'shortcuts.forward': 'الخطوة التالية',
  'shortcuts.back': 'الخطوة السابقة',
  'shortcuts.first': 'الخطوة الأولى',
  'shortcuts.last': 'الخطوة الأخيرة',
  'shortcuts.help': 'اعرض هذه القائمة',
  'embed.title': 'ضع هذه الرحلة في صفحة درس',
  'embed.intro': 'يحمل المقتطفان الرسالة والاختيارات التي تراها الآن. لا يُرسَل شيء إلى أي مكان: تعمل الصفحة دون اتصال.',
  'embed.tag': 'عنصرًا (حمّل السكربت مرة واحدة في كل صفحة)',
  'embed.iframe': 'إطارًا iframe (يعمل في أي موقع يسمح بالإطارات)',
  'embed.copy': 'نسخ',
  'embed.copied': 'نُسخ.',
  'embed.copyFailed': 'رُفض النسخ؛ حدّد النص وانسخه يدويًا.',
  'embed.close': 'إغلاق',
  'beginner.step.compose':
    'تُكتب رسالة من {sender} إلى {recipient} ويُضغط «إرسال». يضع تطبيق البريد النص في رسالة عليها بطاقة في أعلاها: المُرسِل، والمستلم، والموضوع.',
  'beginner.step.compose.attachment':
    'تُكتب رسالة من {sender} إلى {recipient}، ويُرفق بها فيديو عطلة حجمه {mb} MB، ويُضغط «إرسال». يضع التطبيق الاثنين في رسالة واحدة عليها بطاقة في أعلاها.',
  'beginner.step.submit':
    'يسجّل تطبيق {sender} الدخول إلى خادم الإرسال لدى المزوّد، فيتولّى الخادم الرسالة. ويتحقق كثير من هذه الخوادم أيضًا من أنها صادرة من عنوان يخص {sender}.',
  'beginner.step.submit.refused': 'يحاول تطبيق {sender} تسليم الرسالة إلى خادم الإرسال لدى المزوّد، لكن الخادم يرفض.',
  'beginner.step.submit.refused.password':
    'يحاول تطبيق {sender} تسجيل الدخول إلى خادم الإرسال لدى المزوّد، لكن كلمة المرور خاطئة. لن يستلم الخادم الرسالة.',
  'beginner.step.submit.refused.size':
    'يُخبر تطبيق {sender} خادم الإرسال لدى المزوّد بحجم الرسالة. ومع الفيديو صارت أكبر مما يقبله الخادم، فيرفضها.',
  'beginner.step.refuse':
    'يعرض تطبيق {sender} خطأ الخادم. لم يُرسَل شيء، فلا يرى أحد آخر هذه الرسالة أبدًا ولا تُكتب رسالة ارتداد.',
  'beginner.step.refuse.password':
    'يقول تطبيق {sender} إن كلمة المرور كانت خاطئة. لم يُرسَل شيء، فلا يرى أحد آخر الرسالة ولا تُكتب رسالة ارتداد.',
  'beginner.step.refuse.size':
    'يقول تطبيق {sender} إن الرسالة أكبر من أن تُرسَل. لم يُرسَل شيء، فلا يراها أحد آخر ولا تُكتب رسالة ارتداد.',
  'beginner.step.handoff':
    '{recipient} لدى مزوّد آخر، لذا يمرّر خادم الإرسال الرسالة إلى الخادم الصادر لدى المزوّد، الذي يسلّم البريد إلى المزوّدين الآخرين.',
  'beginner.step.dns-mx.found':
    'يسأل الخادم الصادر دليل عناوين الإنترنت (DNS): أي الخوادم تستقبل البريد لمزوّد {recipient}؟ يذكرها الجواب، الأفضل أولًا.',
  'beginner.step.dns-mx.empty':
    'يعرف دليل عناوين الإنترنت (DNS) نطاق {recipient} لكنه لا يذكر له خادم بريد، لذا سيستقبل حاسوب النطاق نفسه البريد.',
  'beginner.step.dns-mx.null':
    'يقول دليل عناوين الإنترنت (DNS): هذا النطاق لا يقبل أي بريد إلكتروني إطلاقًا. لا مكان تُسلَّم إليه الرسالة.',
  'beginner.step.dns-mx.nxdomain': 'يقول دليل عناوين الإنترنت (DNS): هذا النطاق غير موجود. لا أحد تُعطى له الرسالة.',
  'beginner.step.dns-mx.servfail':
    'لا يستطيع الدليل (DNS) الآن أن يقول إلى أين يذهب بريد {recipient}. هذا أمر مؤقت، لذا لا يُعاد البريد.',
  'beginner.step.queue.dns':
    'تنتظر الرسالة في طابور الخادم الصادر. يسأل الخادم الدليلَ مرة أخرى لاحقًا، حتى {days} أيام، قبل أن يُخبر {sender}.',
  'beginner.step.dns-host':
    'السؤال التالي للدليل: ما عنوان الشبكة لذلك الخادم؟ إنه عنوان الخادم، لا عنوان حاسوب {recipient}.',
  'beginner.step.dns-host.implicit':
    'يسأل الخادم الصادر الدليل عن عنوان الشبكة لنطاق {recipient} نفسه. ذلك الحاسوب هو الذي سيستقبل البريد.',
  'beginner.step.dns-host.none': 'يسأل الخادم الصادر الدليل عن عنوان الشبكة لخادم البريد، لكن لا عنوان له.',
  'beginner.step.dns-aaaa':
    'سؤال ثانٍ: النوع الأحدث والأطول من عناوين الشبكة للخادم. كل سؤال للدليل يطلب نوعًا واحدًا من الأجوبة.',
  'beginner.step.dns-aaaa.none': 'سؤال ثانٍ: النوع الأحدث والأطول من عناوين الشبكة. لا يوجد، لذا يكفي النوع الأقدم.',
  'beginner.step.dns-aaaa.nothing':
    'يسأل الخادم الصادر عن النوع الأحدث من العناوين أيضًا: لا يوجد هو الآخر. ومن دون أي عنوان لا يمكن الوصول إلى الخادم.',
  'beginner.step.relay.accepted':
    'يتصل الخادم الصادر بخادم الاستقبال لدى مزوّد {recipient}. لا تحتاج هذه التسليمة إلى كلمة مرور. يقول المستقبِل: نعم، أعرف {recipient}.',
  'beginner.step.relay.retry-accepted':
    'يحاول الخادم الصادر مع خادم الاستقبال مرة أخرى (المحاولة رقم {attempt}). هذه المرة يوافق ويستقبل البريد الموجّه إلى {recipient}.',
  'beginner.step.relay.accepted.some':
    'يجيب خادم الاستقبال عن كل عنوان على حدة: نعم لـ {recipient}، لكن لا لـ «{refusedName}»: لا يستطيع استقبال بريد لذلك العنوان.',
  'beginner.step.relay.rejected':
    'يتصل الخادم الصادر بخادم الاستقبال لدى {recipient}، فيرفض رفضًا نهائيًا: لا أحد بهذا الاسم لديه صندوق بريد هناك.',
  'beginner.step.relay.rejected.full':
    'يتصل الخادم الصادر بخادم الاستقبال لدى {recipient}. العنوان موجود، لكن صندوق بريده ممتلئ، فيرفض الخادم رفضًا نهائيًا.',
  'beginner.step.relay.rejected.relay':
    'يتصل الخادم الصادر بالخادم الذي ذكره الدليل، لكن ذلك الخادم لا يستقبل البريد لنطاق {recipient}، فيرفض.',
  'beginner.step.relay.rejected.loop':
    'يتصل الخادم الصادر بخادم الاستقبال لدى {recipient}. العنوان يعيد التوجيه في دائرة إلى نفسه، فيوقف الخادم الحلقة ويرفض.',
  'beginner.step.relay.deferred':
    'يتصل الخادم الصادر بخادم الاستقبال، فيجيب: ليس الآن، حاول مرة أخرى لاحقًا. إنه رفض مؤقت.',
  'beginner.step.relay.no-answer':
    'يحاول الخادم الصادر الوصول إلى خادم الاستقبال، لكن لا شيء يجيب. وبعد {seconds} ثانية يتخلّى عن هذا الخادم.',
  'beginner.step.relay.refused-connection':
    'يحاول الخادم الصادر الوصول إلى خادم الاستقبال، لكن ذلك الحاسوب يصدّه فورًا: لا يوجد خادم بريد يستمع هناك.',
  'beginner.step.relay.rejected-mail':
    'يُخبر الخادم الصادر خادم الاستقبال بحجم الرسالة. يرفض المستقبِل: إنها أكبر من أن يقبلها.',
  'beginner.step.reply.rejected': 'يعود الرفض إلى الخادم الصادر. ما زال يحمل الرسالة، وعليه الآن أن يُبلغ {sender}.',
  'beginner.step.reply.deferred': 'يعود جواب «حاول لاحقًا» إلى الخادم الصادر، فيُبقي الرسالة في طابور الانتظار لديه.',
  'beginner.step.reply.rejected-data':
    'يرفض خادم الاستقبال الرسالة كلها: تقول الفحوص إنها قد لا تكون آتية حقًا من مزوّد {sender}. يعود الرفض.',
  'beginner.step.check.ptr.pass': 'يبحث خادم الاستقبال عن اسم الحاسوب الذي اتصل به ويكتبه في سجل رحلة الرسالة.',
  'beginner.step.check.ptr.fail': 'يبحث خادم الاستقبال عن اسم الحاسوب الذي اتصل به، لكن ذلك الحاسوب بلا اسم.',
  'beginner.step.check.spf.pass':
    'فحص المُرسِل 1: ينشر مزوّد {sender} قائمة بحواسيب الإرسال لديه. الحاسوب الذي اتصل موجود فيها: نجح الفحص.',
  'beginner.step.check.spf.fail':
    'فحص المُرسِل 1: ينشر مزوّد {sender} قائمة بحواسيب الإرسال المسموح لها. الحاسوب الذي اتصل ليس فيها: فشل الفحص.',
  'beginner.step.check.dkim.pass':
    'فحص المُرسِل 2: تحمل الرسالة توقيعًا رقميًا لمزوّد {sender}. يتحقق منه المستقبِل بالمفتاح الذي ينشره المزوّد: نجح الفحص.',
  'beginner.step.check.dkim.permerror':
    'فحص المُرسِل 2: يبحث المستقبِل عن المفتاح الذي ينشره المزوّد ليتحقق من التوقيع، لكنه لا يجده: لا يمكن التحقق منه أصلًا.',
  'beginner.step.check.dmarc.pass':
    'فحص المُرسِل 3: نجح واحد على الأقل من الفحصين الأولين لمزوّد {sender}، لذا يقبل خادم الاستقبال الرسالة.',
  'beginner.step.check.dmarc.absent':
    'لا ينشر مزوّد {sender} أي قاعدة للفحوص الفاشلة، فلا يُطلب شيء آخر. يقبل خادم الاستقبال الرسالة.',
  'beginner.step.check.dmarc.none':
    'فحص المُرسِل 3: فشل الفحصان، لكن قاعدة مزوّد {sender} تقول: أبلِغ فقط. يقبل خادم الاستقبال الرسالة.',
  'beginner.step.check.dmarc.quarantine':
    'فحص المُرسِل 3: فشل الفحصان، وقاعدة مزوّد {sender} تقول: اقبلها، لكن عاملها معاملة البريد المزعج.',
  'beginner.step.check.dmarc.reject':
    'فحص المُرسِل 3: فشل الفحصان، وقاعدة مزوّد {sender} تقول: ارفضها. قد تكون الرسالة مزيّفة.',
  'beginner.step.filter': 'يسلّم خادم الاستقبال الرسالة إلى مرشّح يفحصها بحثًا عن البريد المزعج والفيروسات. تبدو سليمة.',
  'beginner.step.filter.spam':
    'يفحص المرشّح الرسالة ويقرّر أنها تبدو بريدًا مزعجًا. ستذهب إلى مجلد غير المرغوب فيه، لا إلى البريد الوارد.',
  'beginner.step.filter.quarantine':
    'فشلت فحوص المُرسِل، وقاعدة نطاق المُرسِل كما تنطبق على هذه الرسالة تقول: غير مرغوب فيه، لذا يرسلها المرشّح إلى مجلد غير المرغوب فيه.',
  'beginner.step.store':
    'تُحفظ الرسالة في صندوق بريد {recipient} لدى المزوّد. تنتظر هناك: لم يُرسَل شيء بعد إلى هاتف {recipient}.',
  'beginner.step.store.junk': 'تُحفظ الرسالة في مجلد غير المرغوب فيه ضمن صندوق بريد {recipient} لدى المزوّد.',
  'beginner.step.store.local':
    '{recipient} لدى المزوّد نفسه الذي لدى {sender}، فلا رحلة عبر الإنترنت: يحفظ الخادم الرسالة مباشرةً في صندوق البريد.',
  'beginner.step.login.imap':
    'تطبيق البريد لدى {recipient} متصل بخادم القراءة لدى المزوّد منذ ما قبل أن يضغط {sender} على «إرسال». وهو ينتظر هناك أن يُبلَّغ بالبريد الجديد.',
  'beginner.step.login.pop3':
    'يُفتح تطبيق البريد لدى {recipient}. يسجّل التطبيق الدخول إلى خادم القراءة لدى المزوّد، فيفتح صندوق بريد {recipient} للتنزيل.',
  'beginner.step.login.imap.junk':
    'يُفتح مجلد غير المرغوب فيه لدى {recipient}. يسأل التطبيق خادم القراءة لدى المزوّد عمّا في داخله.',
  'beginner.step.notice':
    'يُخبر خادم القراءة تطبيق {recipient}: وصل بريد جديد. هذا الإشعار القصير لا يحوي الرسالة نفسها.',
  'beginner.step.fetch': 'الآن فقط يطلب التطبيق الرسالة نفسها. لا يصل البريد إلى تطبيق إلا حين يطلبه التطبيق.',
  'beginner.step.read.imap':
    'يعرض التطبيق الرسالة على {recipient}. تبقى على الخادم، فتراها أجهزة {recipient} الأخرى أيضًا.',
  'beginner.step.read.imap.junk': 'يعرض تطبيق {recipient} الرسالة في مجلد غير المرغوب فيه. المجلدات محفوظة على الخادم.',
  'beginner.step.read.pop3': 'ينزّل التطبيق الرسالة إلى هذا الجهاز، ويعرضها على {recipient}.',
  'beginner.step.read.pop3.junk':
    'هذا النوع من التطبيقات لا ينزّل إلا البريد الوارد، فتبقى الرسالة في مجلد غير المرغوب فيه دون أن تُرى.',
  'beginner.step.queue.retry':
    'تنتظر الرسالة في طابور الانتظار لدى الخادم الصادر. وبعد نحو {minutes} دقائق يحاول الخادم مرة أخرى.',
  'beginner.step.queue.stuck':
    'تبقى الرسالة في طابور الانتظار. يواصل الخادم المحاولة مدةً تصل إلى {days} أيام، ثم يستسلم ويُبلغ {sender}.',
  'beginner.step.bounce':
    'لا يستطيع الخادم الصادر تسليم الرسالة، فيكتب رسالة جديدة، رسالة ارتداد، تشرح السبب، ويضعها في صندوق بريد {sender}.',
  'beginner.step.bounce-fetch': 'يطلب تطبيق {sender} البريد الجديد من صندوق بريد {sender} نفسه.',
  'beginner.step.bounce-read':
    'تُعرض على {sender} رسالة الارتداد: رسالة آلية من نظام البريد تشرح لماذا تعذّر تسليم الرسالة.',
  'beginner.summary.delivered':
    'وصلت الرسالة إلى {recipient}، بعد {steps, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتين} few {# خطوات} many {# خطوة} other {# خطوة}}.',
  'beginner.summary.delivered.minutes':
    'وصلت الرسالة إلى {recipient}، بعد {steps, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتين} few {# خطوات} many {# خطوة} other {# خطوة}}.',
  'beginner.summary.bounced.list':
    'لم تستطع القائمة البريدية تمرير الرسالة. ذهبت رسالة الارتداد إلى القائمة نفسها، فلا يُبلَّغ {sender}.',
  'beginner.summary.bounced': 'تعذّر تسليم الرسالة. في البريد الوارد لدى {sender} الآن رسالة ارتداد تشرح السبب.',
  'beginner.summary.rejected': 'رفض خادم الإرسال الرسالة، فلم يُرسَل شيء. عرض تطبيق {sender} السبب.',
  'beginner.summary.deferred': 'لم تُسلَّم بعد: تنتظر الرسالة عند الخادم الصادر، الذي سيحاول مرة أخرى لاحقًا.',
  'beginner.summary.quarantined': 'سُلّمت الرسالة، لكن إلى مجلد غير المرغوب فيه لدى {recipient}.',
  'beginner.summary.all':
    'وصلت الرسالة إلى جميع المستلمين ({total})، بعد {steps, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتين} few {# خطوات} many {# خطوة} other {# خطوة}}.',
  'beginner.summary.all.minutes':
    'وصلت الرسالة إلى جميع المستلمين ({total})، بعد {steps, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتين} few {# خطوات} many {# خطوة} other {# خطوة}}.',
  'beginner.summary.some':
    'وصلت الرسالة إلى {reached} من أصل {total} من المستلمين. رسالة ارتداد في البريد الوارد لدى {sender} تذكر كل من فشل التسليم إليه نهائيًا.',
  'beginner.summary.spoof-rejected':
    'رفض خادم الاستقبال لدى {recipient} رسالة مزيّفة تدّعي أنها من {sender}. لم يصدر عن {sender} أي إرسال، ولا يصل إلى {sender} أي خبر.',
  'beginner.label.compose': 'الكتابة والإرسال',
  'beginner.label.submit': 'التسليم إلى المزوّد',
  'beginner.label.refuse': 'عرض الخطأ',
  'beginner.label.handoff': 'التمرير إلى الخادم الصادر',
  'beginner.label.dns-mx': 'العثور على خوادم البريد',
  'beginner.label.dns-host': 'العثور على العنوان',
  'beginner.label.dns-a': 'العثور على العنوان',
  'beginner.label.dns-aaaa': 'العثور على العنوان الأحدث',
  'beginner.label.relay': 'التسليم إلى خادم الاستقبال',
  'beginner.label.check-ptr': 'من المتصل؟',
  'beginner.label.check-spf': 'فحص المُرسِل 1',
  'beginner.label.check-dkim': 'فحص المُرسِل 2',
  'beginner.label.check-dmarc': 'فحص المُرسِل 3',
  'beginner.label.reply': 'الجواب يعود',
  'beginner.label.queue': 'الانتظار ثم المحاولة مجددًا',
  'beginner.label.filter': 'فحص البريد المزعج',
  'beginner.label.store': 'الحفظ في صندوق البريد',
  'beginner.label.login': 'فتح تطبيق البريد',
  'beginner.label.notice': 'إشعار بريد جديد',
  'beginner.label.fetch': 'طلب الرسالة',
  'beginner.label.read': 'قراءة الرسالة',
  'beginner.label.bounce': 'كتابة رسالة ارتداد',
  'beginner.label.bounce-fetch': 'المُرسِل يتفقد بريده',
  'beginner.label.store.of': 'الحفظ في صندوق بريد {name}',
  'beginner.label.login.of': 'تطبيق البريد لدى {name}',
  'beginner.label.notice.of': 'إشعار بريد جديد إلى {name}',
  'beginner.label.fetch.of': 'تطبيق {name} يطلب الرسالة',
  'beginner.label.read.of': '{name} يقرأ البريد',
  'beginner.label.bounce-read': 'قراءة رسالة الارتداد',
  'beginner.myth.1':
    'هذه أدوار لا صناديق: خادم الإرسال يطلب كلمة مرور المُرسِل؛ أما حين يسلّم خادمُ مزوّدٍ البريدَ إلى خادم مزوّد آخر فلا كلمة مرور، بل يتحقق المستقبِل من المُرسِل.',
  'beginner.myth.2':
    'خادم القراءة لا يُدخل التطبيق إلا إلى صندوق بريده: ليجلب البريد، أو ليحفظ نسخته الخاصة، مثل النسخة في «المرسَل». ولا يُرسل بريدًا إلى أحد أبدًا، ولا يستقبل بريدًا من خوادم أخرى.',
  'beginner.myth.3': 'مع بريد الويب في المتصفح، يتحدث المتصفح مع موقع المزوّد؛ ثم ترسل خوادم المزوّد نفسه البريد.',
  'beginner.myth.4':
    'البريد إلى شخص لدى المزوّد نفسه يذهب أولًا إلى صندوق البريد أيضًا. ولا يسلّمه خادم القراءة إلا حين يطلبه التطبيق.',
  'beginner.myth.5': 'يعطي دليل العناوين عنوان خادم بريد المستلم، لا عنوان حاسوب المستلم.',
  'beginner.myth.6':
    'تنقل موجّهات الإنترنت أجزاء الرسالة لكنها لا تقرأ البريد ولا تحتفظ به أبدًا. لا يتعامل معها إلا خوادم البريد المرسومة في الصورة.',
  'beginner.myth.7':
    'يتحقق خادم الاستقبال من العنوان المكتوب على المغلّف، لا من سطر «إلى» الذي تراه. وهكذا تعمل النسخ المخفية.',
  'beginner.label.sent': 'الاحتفاظ بنسخة في «المرسَل»',
  'beginner.label.forward': 'التمرير إلى مزوّد آخر',
  'beginner.step.compose.webmail':
    'تُكتب رسالة من {sender} إلى {recipient} في صفحة الويب لدى المزوّد ويُضغط «إرسال». يبني موقع المزوّد الرسالة، وعليها بطاقة في أعلاها.',
  'beginner.step.webmail':
    'يرسل متصفح {sender} الرسالة إلى موقع المزوّد عبر اتصال ويب مشفَّر. المتصفح نفسه لا يتحدث مع خوادم البريد أبدًا.',
  'beginner.step.submit.webmail':
    'يسلّم موقع المزوّد الرسالة إلى خادم الإرسال لدى المزوّد نفسه، داخل المزوّد. يرد الخادم: وصلتني، والمهمة الآن مهمتي.',
  'beginner.step.submit.465':
    'يتصل تطبيق {sender} بخادم الإرسال لدى المزوّد، مشفَّرًا من أول بايت، ويسجّل الدخول ويسلّم الرسالة. يتولّى الخادم المسؤولية.',
  'beginner.step.submit.refused.webmail':
    'يحاول موقع المزوّد تسليم الرسالة إلى خادم الإرسال لدى المزوّد، لكن الخادم يرفض.',
  'beginner.step.submit.refused.465':
    'يتصل تطبيق {sender} بخادم الإرسال لدى المزوّد، مشفَّرًا من أول بايت، ويحاول تسليم الرسالة، لكن الخادم يرفض.',
  'beginner.step.submit.refused.password.webmail':
    'يحاول موقع المزوّد تسليم الرسالة نيابةً عن {sender}، لكن بيانات الدخول خاطئة، فيرفض خادم الإرسال.',
  'beginner.step.submit.refused.password.465':
    'يتصل تطبيق {sender} بخادم الإرسال، مشفَّرًا من أول بايت، لكنه يسجّل الدخول بكلمة مرور خاطئة. يرفض الخادم.',
  'beginner.step.submit.refused.size.webmail':
    'يحاول موقع المزوّد تسليم الرسالة، لكنها أكبر مما يقبله خادم الإرسال لدى المزوّد، فيرفضها.',
  'beginner.step.submit.refused.size.465':
    'يتصل تطبيق {sender} بخادم الإرسال، مشفَّرًا من أول بايت، ويُخبره بحجم الرسالة: أكبر من اللازم، فيرفض الخادم.',
  'beginner.step.refuse.webmail':
    'تعرض صفحة الويب على {sender} خطأ الخادم. لم يُرسَل شيء، فلا يرى أحد آخر هذه الرسالة ولا تُكتب رسالة ارتداد.',
  'beginner.step.refuse.password.webmail':
    'تُخبر صفحة الويب {sender} أن بيانات الدخول خاطئة. لم يُرسَل شيء، فلا يرى أحد آخر هذه الرسالة ولا تُكتب رسالة ارتداد.',
  'beginner.step.refuse.size.webmail':
    'تُخبر صفحة الويب {sender} أن الرسالة أكبر من أن تُرسَل. لم يُرسَل شيء، فلا يراها أحد آخر ولا تُكتب رسالة ارتداد.',
  'beginner.step.sent.imap':
    'يحفظ تطبيق {sender} نسخة في مجلد «المرسَل» على خادم المزوّد، فيعرض هاتف {sender} الرسالة المرسَلة أيضًا.',
  'beginner.step.sent.pop3':
    'يحفظ هذا التطبيق نسخة «المرسَل» على الحاسوب المحمول فقط: مع هذه الطريقة في قراءة البريد لا يوجد مجلد «مرسَل» على الخادم.',
  'beginner.step.sent.webmail':
    'يحفظ المزوّد نسخة في مجلد «المرسَل» لدى {sender} على خادمه، فتعرض كل أجهزة {sender} الرسالة المرسَلة.',
  'beginner.step.spoof.compose':
    'خادم شخص غريب، لا علاقة له بمزوّد {sender}، يكتب رسالة يدّعي أنها من {sender}. ولا يستطيع توقيعها بمفتاح مزوّد {sender}.',
  'beginner.step.spoof.relay':
    'يسلّم خادم الغريب الرسالة المزيّفة مباشرةً إلى خادم الاستقبال لدى {recipient}. يستطيع أي أحد الاتصال؛ أما تصديق المُرسِل فيُقرَّر لاحقًا.',
  'beginner.step.check.dkim.forged':
    'يتحقق خادم الاستقبال من توقيع الرسالة بالمفتاح الذي ينشره مزوّد {sender}. التوقيع لا يطابق: شخص آخر كتب هذه الرسالة.',
  'beginner.step.reply.spoof':
    'يرفض خادم الاستقبال الرسالة المزيّفة ويُخبر خادم الغريب. لا يصل إلى {sender} شيء من ذلك: فالرسالة لم تصدر عن {sender} أصلًا.',
  'beginner.step.bounce.forwarded':
    'لم يستطع خادم إعادة التوجيه تمرير الرسالة، فيكتب رسالة الارتداد بنفسه ويرسلها إلى صندوق بريد {sender}.',
  'beginner.step.bounce.list':
    'لم يستطع خادم القائمة البريدية تمرير الرسالة. تعود رسالة الارتداد إلى القائمة نفسها، فلا يصل إلى {sender} أي خبر.',
  'beginner.step.forward':
    'العنوان القديم لـ {recipient} يُعيد توجيه البريد: يرسل خادم ذلك المزوّد الرسالة إلى المزوّد الحالي لـ {recipient}، مع ملاحظة أنه تحقّق من المُرسِل.',
  'beginner.step.forward.list':
    'العنوان قائمة بريدية: يرسل خادمها نسخة إلى كل عضو، ويوسم الموضوع، ويضيف تذييلًا، ويرسل باسم القائمة.',
  'beginner.step.check.spf.forwarded':
    'يتحقق خادم الاستقبال ممّن يحق له الإرسال باسم نطاق خادم إعادة التوجيه: يحق له ذلك، فينجح الفحص. لكنه ليس نطاق {sender}.',
  'beginner.step.check.spf.list':
    'يتحقق خادم الاستقبال ممّن يحق له الإرسال باسم نطاق القائمة: خادم القائمة مسموح له، والقائمة تكتب الآن باسمها هي.',
  'beginner.step.check.dkim.list':
    'يتحقق خادم الاستقبال من التوقيع: غيّرت القائمة الموضوع وأضافت تذييلًا، فلم يعد التوقيع مطابقًا.',
  'label.starttls': 'وسيط دخيل يحذف STARTTLS',
  'label.report-dmarc': 'تقرير DMARC إلى مالك النطاق',
  'label.report-tls': 'تقرير TLS إلى نطاق المستلم',
  'step.spoof.compose.display-name':
    'يكتب {spoofer} رسالة From: "{display}" <{forgedFrom}>. يبدو الاسم كأنه {sender} من {senderDomain}، لكن العنوان في نطاق المزوِّر نفسه، الذي يوقّع باسمه ويذكره في SPF الخاص به.',
  'step.spoof.compose.lookalike':
    'يكتب {spoofer} رسالة From: {forgedFrom}: نطاق شبيه (ابن عم)، فيه الرقم 1 مكان الحرف l. يملك المزوِّر هذا النطاق، فينشر له SPF ومفتاح DKIM وDMARC.',
  'step.spoof.compose.homograph':
    'يكتب {spoofer} رسالة From: {forgedFrom}. العميل الذي يعرض Unicode يُظهره {unicode}، بحرف а سيريلي؛ والاسم الحقيقي هو ترميز punycode {forgedFrom}، نطاق يملكه المزوِّر ويوقّع باسمه.',
  'step.check.spf.softfail':
    'عند MAIL FROM جلب {mx} سجل SPF للنطاق {senderDomain}: {record}. العنوان {ip} غير مذكور والسجل ينتهي بـ ~all، فيعطي SPF النتيجة softfail: مشبوه، لكن المستقبِلين يقبلونه عادةً ويعلّمونه.',
  'step.check.spf.neutral':
    'عند MAIL FROM جلب {mx} سجل SPF للنطاق {senderDomain}: {record}. العنوان {ip} غير مذكور والسجل ينتهي بـ ?all، فيقول SPF إن النتيجة neutral: لا يقول النطاق عنه شيئًا.',
  'step.check.spf.none':
    'يطلب {mx} سجل SPF للنطاق {senderDomain} (نطاق مُرسِل المغلّف): لم يُنشر أي سجل، فلا نتيجة لـ SPF (none). لا شيء يقول أي الخوادم يحق لها الإرسال باسمه.',
  'step.check.spf.permerror':
    'جلب {mx} سجل SPF للنطاق {senderDomain}، لكن تتبّعه يحتاج إلى أكثر من 10 عمليات بحث DNS (include وa وmx…)، وهو حد RFC 7208: يعطي SPF النتيجة permerror، أي خطأ في السجل نفسه.',
  'step.check.spf.forger':
    'يفحص SPF نطاق مُرسِل المغلّف، {spfDomain}، لا From: كما يراه القارئ. العنوان {ip} موجود في سجل SPF الخاص به ({record})، فينجح SPF: لا يثبت SPF إلا أن هذا الخادم يحق له الإرسال باسم {spfDomain}.',
  'step.check.dkim.none':
    'لا تحمل الرسالة أي DKIM-Signature: لم يوقّعها مزوّد {senderDomain}. لا نتيجة لـ DKIM (none)، فلا يُرضي DMARC الآن إلا نجاح SPF متوافق.',
  'step.check.dkim.broken':
    'يجلب {mx} مفتاح DKIM للنطاق {senderDomain} ويتحقق من التوقيع، لكن خادمًا في الطريق غيّر النص أو الترويسة الموقَّعين (تذييل، موضوع أُعيدت كتابته): تختلف البصمات، فيفشل DKIM.',
  'step.check.dkim.forger':
    'وقّع المزوِّر بـ d={dkimDomain}، نطاق يملكه، وينشر المفتاح: يتحقق منه {mx}، فينجح DKIM. التوقيع يثبت من وقّع، لا أن الموقِّع هو من يظنه القارئ.',
  'step.check.dmarc.forger':
    'يقرأ {mx} سجل DMARC للنطاق {senderDomain}: {record}. نجح SPF وDKIM للنطاق {senderDomain} نفسه وتوافقا مع From:، فينجح DMARC. لا تُسأل سياسة النطاق الحقيقي أبدًا: لا شيء هنا مزوَّر بمقاييس DMARC.',
  'step.check.dmarc.pct':
    'يقرأ {mx} سياسة DMARC للنطاق {senderDomain}: {record}. لم ينجح SPF ولا DKIM متوافقًا، لكن pct={pct} يطبّق السياسة على تلك النسبة فقط من البريد الفاشل. تختار هذه المحاكاة الرسائل ببصمة Message-ID (هذه الرسالة: {bucket} من 100، ليست أقل من {pct})، فتنال المعاملة الأخف التالية: {disposition}.',
  'step.starttls.stripped':
    'يعرض {mx} الأمر STARTTLS في ردّه على EHLO، لكن {mitm}، وسيطًا دخيلًا على المسار، يحذف السطر 250-STARTTLS. لا يرى {mta} أي عرض، فيتابع دون تشفير كما يسمح TLS الانتهازي.',
  'step.starttls.stripped.testing':
    'يحذف {mitm} السطر 250-STARTTLS من ردّ {mx} على EHLO. سياسة MTA-STS للنطاق {recipientDomain} في وضع testing فقط: يسجّل {mta} الفشل لتقرير، لكنه يسلّم بنص غير مشفَّر على أي حال.',
  'step.starttls.stripped.mta-sts':
    'يحذف {mitm} السطر 250-STARTTLS من ردّ {mx} على EHLO. لكن لدى {mta} سياسة MTA-STS للنطاق {recipientDomain} محفوظة، بوضع enforce: دون TLS لا يجوز له التسليم. فيقول QUIT ويُبقي الرسالة في قائمة الانتظار.',
  'step.starttls.stripped.dane':
    'يحذف {mitm} السطر 250-STARTTLS من ردّ {mx} على EHLO. لكن {recipientDomain} ينشر سجلات TLSA للخادم {mx} في منطقة موقَّعة بـ DNSSEC (DANE): يشترط {mta} وجود TLS، فيقول QUIT ويُبقي الرسالة في قائمة الانتظار.',
  'step.relay.plain':
    'يرسل {mta} الأوامر MAIL FROM وRCPT TO والرسالة كاملة إلى {mx} دون تشفير. يعبر كل سطر الشبكة مقروءًا، ويحتفظ {mitm} بنسخة. يقبلها {mx} (250): لا شيء يبدو خطأً لأي من الخادمين.',
  'step.queue.tls':
    'تنتظر الرسالة في قائمة انتظار {mta}: لن تذهب إلى {mx} بنص غير مشفَّر. كل إعادة محاولة تلقى المهاجم نفسه؛ وبعد {days} أيام يستسلم ويكتب رسالة ارتداد ({status}). لم يعبر شيء الشبكة مقروءًا.',
  'step.report.dmarc':
    'ترسل خوادم {recipientDomain} تقرير DMARC الإجمالي اليومي إلى {rua}، كما يطلب سجل {senderDomain} (rua=): ملخص XML يذكر عناوين IP التي أرسلت بريدًا باسم {senderDomain}، ونتائج SPF وDKIM لها، وما الذي فُعل ({disposition}).',
  'step.report.tls':
    'يَحسب {mta} جلسة TLS الفاشلة في تقرير TLS اليومي الذي يرسله إلى {recipientDomain} على {rua}، كما يطلب سجل TLS-RPT الخاص به: ملخص JSON بالنتيجة starttls-not-supported، يُرسَل عبر HTTPS، فلا يستطيع الوسيط الدخيل حذفه.',
  'step.report.tls.testing':
    'يَحسب {mta} الفشل في تقرير TLS اليومي الذي يرسله إلى {rua}، كما يطلب سجل TLS-RPT للنطاق {recipientDomain}: في وضع testing لا يفعل MTA-STS إلا الإبلاغ عن الفشل. يعلم مالك النطاق بالهجوم، لكن الرسالة عبرت بالفعل بنص غير مشفَّر.',
  'myth.8':
    '«STARTTLS يشفّر دائمًا» خطأ: على المنفذ 25 هو مجرد عرض، ومن يجلس على المسار يستطيع حذف العرض. لا يجعل المُرسِل يُصرّ على TLS إلا MTA-STS بوضع enforce أو DANE.',
  'myth.9':
    '«SPF يحمي عنوان From:» خطأ: يفحص SPF مُرسِل المغلّف (MAIL FROM) وعنوان IP المُرسِل. DMARC وحده يربط نجاح SPF أو DKIM بنطاق From: الذي يراه القارئ.',
  'myth.10':
    '«DMARC يوقف النطاقات الشبيهة» خطأ: يحمي DMARC النطاق ونطاقاته الفرعية، لا الأسماء التي تشبهه فحسب. examp1e.com أو النطاق متماثل الشكل نطاق آخر له سجلاته؛ ولا يساعد إلا انتباه القارئ والمرشّحات.',
  'card.spoof': 'مزوِّر يرسل بدلًا منه (منتحِل)',
  'card.forgery': 'ما يكتبه المزوِّر في From:',
  'card.forgery.exact': 'عنوان المُرسِل بالضبط',
  'card.forgery.display-name': 'اسمها، مع عنوانه هو (اسم العرض)',
  'card.forgery.lookalike': 'نطاق شبيه (examp1e.com)',
  'card.forgery.homograph': 'نطاق متماثل الشكل (а سيريلي، punycode)',
  'card.spf.softfail': 'خوادم المزوّد، ثم ~all (softfail)',
  'card.spf.neutral': 'خوادم المزوّد، ثم ?all (neutral)',
  'card.spf.permerror': 'عمليات بحث كثيرة جدًا (permerror)',
  'card.dkim-signing': 'توقيع DKIM لدى مزوّد {target}',
  'card.dkim-signing.signed': 'يوقّع كل رسالة',
  'card.dkim-signing.unsigned': 'لا يوقّع',
  'card.dkim-signing.broken': 'يوقّع، لكن قفزة في الطريق تُفسد التوقيع',
  'card.dmarc-pct': 'قيمة DMARC pct= للنطاق {target}',
  'card.dmarc-pct.value': 'pct={pct}',
  'card.dmarc-align': 'توافق DMARC للنطاق {target}',
  'card.dmarc-align.relaxed': 'مرن (المؤسسة نفسها)',
  'card.dmarc-align.strict': 'صارم (النطاق نفسه تمامًا، adkim=s aspf=s)',
  'card.dmarc-rua': 'تقارير DMARC إلى dmarc-reports@{target} (rua)',
  'card.mta-sts': 'سياسة MTA-STS للنطاق {target}',
  'card.mta-sts.none': 'لا شيء',
  'card.mta-sts.testing': 'testing (إبلاغ فقط)',
  'card.mta-sts.enforce': 'enforce (TLS، أو البقاء في قائمة الانتظار)',
  'card.dane': 'سجلات DANE TLSA للنطاق {target}',
  'card.dane.none': 'لا شيء',
  'card.dane.dnssec': 'منشورة، والمنطقة موقَّعة بـ DNSSEC',
  'card.dane.no-dnssec': 'منشورة، والمنطقة غير موقَّعة',
  'card.tls-rpt': 'تقارير TLS للنطاق {target} (TLS-RPT)',
  'card.mitm': 'وسيط دخيل يحذف STARTTLS',
  'edit.spf.softfail': 'سجل SPF للنطاق {domain} ينتهي بـ ~all (softfail)',
  'edit.spf.neutral': 'سجل SPF للنطاق {domain} ينتهي بـ ?all (neutral)',
  'edit.spf.permerror': 'سجل SPF للنطاق {domain} يحتاج إلى عمليات بحث كثيرة جدًا (permerror)',
  'edit.dkim-signing.signed': 'مزوّد {domain} يوقّع بـ DKIM',
  'edit.dkim-signing.unsigned': 'مزوّد {domain} لا يوقّع بـ DKIM',
  'edit.dkim-signing.broken': 'قفزة في الطريق تُفسد توقيع DKIM للنطاق {domain}',
  'edit.dmarc-pct': 'تنطبق سياسة DMARC للنطاق {domain} على {pct}% من البريد الفاشل (pct={pct})',
  'edit.dmarc-align.relaxed': 'توافق DMARC للنطاق {domain} مرن',
  'edit.dmarc-align.strict': 'توافق DMARC للنطاق {domain} صارم',
  'edit.dmarc-rua.true': '{domain} يطلب تقارير DMARC الإجمالية',
  'edit.dmarc-rua.false': '{domain} لا يطلب تقارير DMARC',
  'edit.mta-sts.none': '{domain} لا ينشر سياسة MTA-STS',
  'edit.mta-sts.testing': 'سياسة MTA-STS للنطاق {domain} في وضع testing',
  'edit.mta-sts.enforce': 'سياسة MTA-STS للنطاق {domain} مفروضة (enforce)',
  'edit.dane.none': '{domain} لا ينشر سجلات TLSA',
  'edit.dane.dnssec': '{domain} ينشر سجلات TLSA في منطقة موقَّعة بـ DNSSEC (DANE)',
  'edit.dane.no-dnssec': '{domain} ينشر سجلات TLSA، لكن منطقته غير موقَّعة',
  'edit.tls-rpt.true': '{domain} يطلب تقارير TLS',
  'edit.tls-rpt.false': '{domain} لا يطلب تقارير TLS',
  'edit.mitm.true': 'وسيط دخيل يحذف STARTTLS بين خادمَي الترحيل',
  'edit.mitm.false': 'لا أحد يعبث بالاتصال بين خادمَي الترحيل',
  'edit.forgery.exact': 'يكتب المزوِّر عنوان المُرسِل بالضبط',
  'edit.forgery.display-name': 'يكتب المزوِّر اسمها مع عنوانه هو',
  'edit.forgery.lookalike': 'يكتب المزوِّر نطاقًا شبيهًا',
  'edit.forgery.homograph': 'يكتب المزوِّر نطاقًا متماثل الشكل',
  // المُرحِّل المفتوح والثقة بختم ARC (email-facts.md §8، §9): البطاقات والتعديلات والصورة والشروح والمفاهيم الخاطئة.
  'card.forgery.open-relay': 'عنوان المُرسِل بالضبط، عبر مُرحِّل مفتوح',
  'edit.forgery.open-relay': 'يُرسل المزوِّر عنوان المُرسِل بالضبط عبر مُرحِّل مفتوح',
  'card.arc-trust': 'الثقة بختم ARC لخادم إعادة التوجيه {target}',
  'edit.arc-trust.true': 'خادم MX المستقبِل يثق بختم ARC للنطاق {domain}',
  'edit.arc-trust.false': 'خادم MX المستقبِل لا يثق بختم ARC للنطاق {domain}',
  'node.spoofer.open-relay': 'مزوِّر خلف مُرحِّل مفتوح',
  'step.spoof.compose.open-relay':
    'خادم لا علاقة له بالنطاق {senderDomain}، هو {spoofer}، يكتب رسالة بمُرسِل مزوَّر: From: {from}، مع DKIM-Signature منسوخ لا يستطيع جعله صالحًا. ولا يُرسلها بنفسه: بل يسلّمها إلى {relay}، وهو مُرحِّل مفتوح.',
  'step.spoof.relay.open-relay':
    'يسلّم {spoofer} الرسالة إلى {relay}، وهو خادم سيّئ الإعداد يُرحِّل البريد لأي أحد (مُرحِّل مفتوح). يتصل {relay} بالخادم {mx} من عنوانه الخاص {ip}، مدّعيًا MAIL FROM:<{from}>، فيقبل {mx} أمر RCPT (250). عنوان المزوِّر مخفي، لكن {ip} ليس في سجل SPF للنطاق {senderDomain} أيضًا.',
  'step.reply.spoof.open-relay':
    'يرفض {mx} الرسالة بعد النقطة الأخيرة: {reply}. يعود الرفض إلى {relay}، المُرحِّل المفتوح الذي اتّصل، لا إلى {spoofer}؛ ولا يكتب خادم MX رسالة ارتداد بنفسه. لكنّ {relay} كان قد قبل الرسالة (250)، فعليه الآن بوصفه خادم بريد حقيقيًّا أن يُبلغ بالإخفاق إلى MAIL FROM:<{from}>: فتصل إلى {sender} رسالة ارتداد (backscatter) عن بريد لم تُرسله قط.',
  'summary.spoof-rejected.open-relay':
    'رفض خادم بريد {recipient} رسالة مزوَّرة تدّعي أنها من {sender}: لم ينجح SPF ولا DKIM لنطاق From:، وسياسة DMARC الخاصة به تقول: ارفض. لم يصدر عن {sender} أي إرسال، ومع ذلك يُعيد المُرحِّل المفتوح الذي مرّر الرسالة الرفضَ إلى عنوانها في رسالة ارتداد: backscatter.',
  'step.check.dmarc.arc':
    'يقرأ {mx} سياسة DMARC للنطاق {senderDomain}: {record}. لم ينجح SPF ولا DKIM بتوافق مع From:، فيفشل DMARC. لكن النسخة تحمل سلسلة ARC ختمها {sealer}، ويثق به {mx}: السلسلة صالحة (arc=pass) وتقول إن DMARC نجح عند خادم إعادة التوجيه. فيقبلها {mx} (250) استثناءً بسياسته المحلية، ويسجّل dmarc=fail (p=reject dis=none).',
  'myth.11':
    '«المُرحِّل المفتوح يجعل التزوير ينجح» خطأ: إنه يخفي عنوان المزوِّر فقط. يفحص خادم MX عنوان المُرحِّل، وهو ليس في سجل SPF للنطاق أيضًا، ولا أحد يستطيع التوقيع باسم النطاق. كما أن المُرحِّلات المفتوحة ينتهي بها الأمر في قوائم الحظر.',
  'myth.12':
    '«ARC يجعل DMARC ينجح» خطأ: DMARC ما زال يفشل هنا. ARC دليل مختوم على ما رآه خادم إعادة التوجيه، وللمستقبِل أن يختار الثقة به، ثم أن يستثني الرسالة من سياسته.',
  'beginner.step.spoof.compose.open-relay':
    'يكتب خادم غريب رسالة تدّعي أنها من {sender}. ولكي يخفي مصدرها، سيُرسلها عبر خادم شخص آخر سيّئ الإدارة.',
  'beginner.step.spoof.relay.open-relay':
    'خادم سيّئ الإدارة يمرّر البريد لأي أحد. يرى خادم الاستقبال ذلك الخادم لا الغريب. لكنه أيضًا غير مسموح له بالإرسال باسم {sender}.',
  'beginner.step.reply.spoof.open-relay':
    'يرفض خادم الاستقبال الرسالة المزيّفة. ثم يرسل الخادم سيّئ الإدارة إلى {sender} إشعار إخفاق عن رسالة لم تكتبها قط.',
  'beginner.summary.spoof-rejected.open-relay':
    'رفض خادم الاستقبال لدى {recipient} رسالة مزيّفة تدّعي أنها من {sender}. ومع ذلك يرسل الخادم سيّئ الإدارة الذي مرّرها إشعار إخفاق إلى {sender}.',
  'beginner.step.check.dmarc.arc':
    'يفشل فحص المُرسِل 3. لكن خادم إعادة التوجيه ختم في الترويسة أن الرسالة اجتازت فحوصه، وهذا الخادم يثق به، فيقبلها.',
  'beginner.myth.11':
    'المرور عبر خادم شخص آخر يخفي المزوِّر، لكن ذلك الخادم غير مسموح له بالإرسال باسم النطاق أيضًا، فتفشل الفحوص رغم ذلك.',
  'beginner.myth.12':
    'ختم خادم إعادة التوجيه لا يجعل فحص المُرسِل ينجح. إنه وعد من ذلك الخادم، ولخادم الاستقبال أن يختار تصديقه.',
  'graph.copy': 'نسخة',
  'graph.plain': 'مقروء',
  'graph.says.copy': 'يحتفظ {node} بنسخة مقروءة من الرسالة.',
  'graph.says.plain': 'من {from} إلى {to}: أُرسلت دون تشفير.',
  'graph.says.notAligned': '{check} ينجح، غير متوافق مع From:',
  'graph.says.result': '{check}: {result}',
  'graph.ownResolver.title': 'محلِّل DNS',
  'graph.ownResolver': 'محلِّل {domain}، {host}',
  'graph.says.ownResolver':
    '{node} يسأل المحلِّل الخاص بـ {domain}، {host}، عن السجلات التي يتحقق منها؛ وكل إجابة تأتي من المنطقة التي تضم الاسم.',
  'beginner.label.starttls': 'أحدهم يحذف عرض التشفير',
  'beginner.label.report-dmarc': 'تقرير لمالك النطاق',
  'beginner.label.report-tls': 'تقرير عن فشل التشفير',
  'beginner.step.spoof.compose.display-name':
    'يكتب غريب رسالة تُظهر الاسم {sender}، لكن من عنوانه هو. الاسم مجرد نص يستطيع أي أحد كتابته.',
  'beginner.step.spoof.compose.lookalike':
    'يكتب غريب من نطاق يشبه نطاق {sender}: الرقم 1 مكان الحرف l. إنه نطاق آخر، نطاق الغريب نفسه.',
  'beginner.step.spoof.compose.homograph':
    'يكتب غريب من نطاق يبدو تمامًا مثل نطاق {sender}، بحرف أجنبي واحد. التطبيقات الحذرة تعرض اسمه الحقيقي الغريب الشكل.',
  'beginner.step.check.spf.softfail':
    'فحص المُرسِل 1: الحاسوب المُرسِل ليس في القائمة، لكن القائمة تقول «على الأرجح لا» فقط. معظم الخوادم تقبل وتعلّم الرسالة.',
  'beginner.step.check.spf.neutral':
    'فحص المُرسِل 1: الحاسوب المُرسِل ليس في القائمة، والقائمة لا تقول شيئًا في أي اتجاه. لا حكم.',
  'beginner.step.check.spf.none': 'فحص المُرسِل 1: هذا النطاق لا ينشر قائمة بحواسيب الإرسال المسموح لها، فلا شيء يُفحص.',
  'beginner.step.check.spf.permerror':
    'فحص المُرسِل 1: قائمة حواسيب الإرسال أطول من أن تُتتبَّع: خطأ في السجل نفسه. لا يستطيع الفحص أن يجيب.',
  'beginner.step.check.spf.forger':
    'فحص المُرسِل 1: حاسوب الغريب موجود في قائمة نطاقه هو. نجح الفحص، لكنه لا يفحص إلا مُرسِل المغلّف المخفي.',
  'beginner.step.check.dkim.none': 'فحص المُرسِل 2: لا تحمل الرسالة أي توقيع رقمي. لا شيء يُفحص، فلا نجاح هنا.',
  'beginner.step.check.dkim.broken': 'فحص المُرسِل 2: غيّر خادم في الطريق الرسالة، فلم يعد التوقيع مطابقًا: فشل الفحص.',
  'beginner.step.check.dkim.forger':
    'فحص المُرسِل 2: وقّع الغريب بمفتاح نطاقه هو، والمفتاح يعمل: نجح الفحص. إنه يثبت من وقّع، لا أكثر.',
  'beginner.step.check.dmarc.forger':
    'فحص المُرسِل 3: نجح الفحصان لنطاق الغريب نفسه، فتُقبل الرسالة. ولا يُسأل نطاق {sender} الحقيقي أبدًا.',
  'beginner.step.check.dmarc.pct':
    'فحص المُرسِل 3: فشل الفحصان، لكن القاعدة لا تشمل إلا جزءًا من هذا البريد، وهذه الرسالة خارجه: معاملة أخف.',
  'beginner.step.starttls.stripped':
    'يحذف مهاجم في الطريق عرض التشفير من خادم الاستقبال. فيتابع الخادم المُرسِل دون تشفير.',
  'beginner.step.starttls.stripped.testing':
    'يحذف مهاجم عرض التشفير. طلب النطاق المستقبِل أن يُبلَّغ فقط، فيتابع المُرسِل دون تشفير ويُبلغ عن ذلك.',
  'beginner.step.starttls.stripped.mta-sts':
    'يحذف مهاجم عرض التشفير. لكن النطاق المستقبِل ينشر قاعدة: مشفَّرًا أو لا شيء. فيتوقف المُرسِل وينتظر.',
  'beginner.step.starttls.stripped.dane':
    'يحذف مهاجم عرض التشفير. لكن سجلات DNS موقَّعة تقول إن هذا الخادم يجب أن يستخدم التشفير. فيتوقف المُرسِل وينتظر.',
  'beginner.step.relay.plain':
    'تنتقل الرسالة إلى خادم الاستقبال دون تشفير. يقرؤها المهاجم الذي في الطريق ويحتفظ بنسخة.',
  'beginner.step.queue.tls':
    'تنتظر الرسالة في قائمة الانتظار بدل أن تنتقل دون تشفير. كل محاولة جديدة تلقى المهاجم نفسه، فتظل تنتظر.',
  'beginner.step.report.dmarc':
    'لاحقًا يرسل المزوّد المستقبِل إلى مزوّد {sender} تقريرًا: أي الخوادم أرسلت بريدًا باسمه، وماذا حدث له.',
  'beginner.step.report.tls':
    'في تقريره اليومي، يُخبر الخادم المُرسِل النطاق المستقبِل بأن التشفير فشل، فيعلم مالكه بالهجوم.',
  'beginner.step.report.tls.testing':
    'يُبلغ الخادم المُرسِل عن فشل التشفير. يعلم مالك النطاق بالهجوم، لكن هذه الرسالة كانت مقروءة بالفعل.',
  'beginner.myth.8': 'التشفير بين خوادم البريد مجرد عرض لا وعد: يستطيع مهاجم حذف العرض ما لم يُصرّ النطاق عليه.',
  'beginner.myth.9': 'الفحص الأول لا ينظر إلى سطر «من» الذي تراه. بل يفحص مُرسِل المغلّف المخفي والحاسوب المُرسِل.',
  'beginner.myth.10':
    'قاعدة النطاق تحمي النطاق ونطاقاته الفرعية، لا الأسماء التي تشبهه فحسب. الاسم الشبيه نطاق آخر، ويمكن أن تنجح كل فحوصه.',
} satisfies Record<keyof typeof enJourney, string>;
