"""Issue 20, round 11: readings found in a fresh writer's development file (writer F) and in my own round-11 probes.

- **Charges against a person** (:func:`helpers.extract.stance.distance.state_claim`): a claim debunked or rejected
  ("baseless", «ملفقة», "rejected the charges") whose subject is the charges or accusations brought against a person
  (grammar kinds ``charge_noun``, ``against``, ``charged_person``: "the charges against the Uyghur poet", «التهم
  الموجهة إلى الناشطة») defends the accused, not the state: the position is critical. Accusations against the state or
  its authorities stay rejected by the state's side.
- **Described as** (grammar kind ``described_as``: «وصف … بأنها أكاذيب»): the clause that «بأنها» opens predicates the
  object of the describing verb, so a debunking word there rejects the accusation before it.
- **Scare quotes around a cue** (:func:`helpers.extract.stance.framing.scare_quoted`): quotation marks right around a
  cue of at most three words, double or single (the British style: 'forced labour'), in the author's voice hold it at
  a distance; an apostrophe is no quotation mark, and a speaker's words quoted in reported speech stay the speaker's.
- **A "that" clause of its own**: a rejecter denies the «أن» / "that" clause right after it, not one that a participle
  or speech verb after it opens («دعت إلى رفض الطلب، معتبرة أن الإيغور يتعرضون لاضطهاد», "urged it to reject the
  request, saying that …").
- **"claims" the noun** (grammar kind ``noun_of``): "claims of genocide", "the claims about …" are no claim verb, so a
  debunked claim after them is not told as somebody's claim.
- **A denial of nothing on the topic** (:func:`helpers.extract.stance.distance.denies_nothing`): a bare denial verb
  whose "that" clause holds no stance cue («نفت الوزارة أن يكون الوزير قد بحث قضية الإيغور», "denied that the minister
  had raised Xinjiang") takes no side.
- **What they call it** (grammar kinds ``naming_what``, ``naming_verb``): a defending name right after "what X calls"
  / «ما تسميه X» is held at a distance by whoever says the sentence (rejected; in an authored genre the author too),
  while X holds its own framing (defends) and nothing else by the frame ("what Beijing calls poverty alleviation is
  forced labour": the forced labour is not Beijing's); "China calls the facilities …" (no "what") stays China's. (A
  dev-set sentence, «حملة لمحاربة ما تسميه الحكومة بالإرهاب», was judged in the validation sample as the government's
  framing: China defends.)
- **Debunking predicates**: «لا تصمد أمام», "do not stand up to", "hold no water", "absurd" (grammar kind
  ``debunker``).
- **Before whom**: an actor right after "before" (testified before the Congress) is no subject (``object_marker``).
- Lexicon: accepting the Chinese version («تتبنى وجهة النظر الصينية»); trumped-up charges (round 11 block of
  ``data/stance/cues.tsv``).
- **Whose government** (``government`` rows of ``data/stance/groups.tsv``): "the government" / «الحكومة» after a
  state's speaker named earlier in the sentence is that state's government, not the target's.
- **Whom one meets** (grammar kind ``object_marker``: «خلال لقائه»، «استقباله»، «اجتماعه»): the person met or received
  right after a meeting noun is no subject of the sentence's cues.
- **Short forms among long ones** (:func:`helpers.extract.stance.lexicon.cue_regex`): a form of one or two letters in
  an alternation takes only و/ف, as a short word does: «بحث» (discussed) is not ب + «حث» (urged).
- Lexicon: the state accusing militants, separatists or extremists («تتهم الصين جماعات انفصالية», "accused Uyghur
  militants of …"; the accused without a preposition, so «بوصفهم بالإرهابيين» is not one); rights enjoyed in full
  («يتمتعون بكامل حقوقهم»); "a system in Xinjiang to detain" (a gap before "to"); "a system … that no honest observer
  can defend", «لا يمكن لأي مراقب الدفاع عنها»; incomes that grew, the noun first («دخل المزارعين … تضاعف», "the
  incomes of farmers … have tripled").
- **Sanctions of another regime** (grammar kind ``other_regime``): a sanctions cue followed by "its Russia sanctions
  list", «العقوبات على روسيا» is about that cause, even on a firm of Urumqi.
- **In which** (grammar kind ``resumptive``): «، أشادت فيها بـ…» after a letter or report is the main clause
  subject's, as a participle clause is.
- **Laws named after the policy** (grammar kind ``law_noun``): signing, passing or adopting a law or bill named after
  the Uyghurs (cue rows: "signed the Uyghur Forced Labor Prevention Act", «وقع قانون منع العمل القسري للإيغور») is a
  critical act; a cue inside a law's name ("the Uyghur forced labour bill", «مشروع قانون العمل القسري») asserts
  nothing by itself.
- **Common reporting constructions**: a detention verb with "camps" up to twelve words on («تحتجز السلطات … أكثر من
  مليون من الإيغور في معسكرات»); "may have committed" asserts the hedged finding (``hedge_assertive``); a language or
  culture erased, the noun first; «مكافحة إرهاب» without the article.  Every sentence is written for this file and
  read as a probe document of its own."""

from __future__ import annotations

import pytest

from probe_support import stance_facts

CHARGES = [
    ("Rights groups say the separatism charges against the Uyghur poet were baseless.",
     {("Rights groups", "critical")}),
    ("قالت منظمة هيومن رايتس ووتش إن التهم الموجهة إلى الناشطة الإيغورية في أورومتشي ملفقة.",
     {("Human Rights Watch", "critical")}),
    ("Amnesty International rejected the charges against the detained Uyghur scholar as politically motivated.",
     {("Amnesty International", "critical")}),
    ("ووصفت منظمة العفو الدولية الاتهامات الموجهة إلى الأكاديمي الإيغوري بأنها ملفقة.",
     {("Amnesty International", "critical")}),
    ("China's foreign ministry said the accusations against Beijing over Xinjiang were baseless.",
     {("China", "defends")}),
    ("وقالت الخارجية الصينية إن الاتهامات الموجهة إلى الصين بشأن شينجيانغ لا أساس لها.", {("China", "defends")}),
    ("Beijing said the accusations against the authorities in Xinjiang were fabricated.", {("China", "defends")}),
    ("قال محامي الشركة إن التهم الموجهة إلى موكله في قضية الاحتيال لا أساس لها.", set()),
]

DESCRIBED_AS = [
    ("ووصف الأكاديمي الصيني تشانغ مينغ الاتهامات الغربية بشأن معسكرات شينجيانغ بأنها أكاذيب.",
     {("تشانغ مينغ", "defends")}),
    ("ووصفت السفارة الصينية في الرباط المزاعم حول العمل القسري في شينجيانغ بأنها ملفقة.", {("China", "defends")}),
    ("ووصف الناشط الإيغوري عبد الولي أيوب الرواية الرسمية عن مراكز التدريب في شينجيانغ بأنها أكاذيب.",
     {("عبد الولي أيوب", "critical")}),
    ("ووصف المدرب الخسارة أمام فريق شينجيانغ بأنها قاسية.", set()),
]


SCARE_QUOTES = [
    ('Of course, nothing says "vocational training" quite like watchtowers and razor wire in Xinjiang.',
     {("(author)", "critical")}),
    ("The 'forced labour' fairy tale about Xinjiang cotton is told again and again by Western media.",
     {("(author)", "defends")}),
    ('يواصل الإعلام الغربي ترويج حكاية "العمل القسري" في شينجيانغ.', {("(author)", "defends")}),
    ("Beijing's 'vocational training centres' in Xinjiang are prisons by any other name.",
     {("(author)", "critical")}),
    ("The Uyghurs' forced labour in Xinjiang's cotton fields is well documented.", {("(author)", "critical")}),
    ("What Beijing calls poverty alleviation in Xinjiang is forced labour by another name.",
     {("(author)", "critical"), ("China", "defends")}),
    ("وانطلقت الحملة عام 2014 لمواجهة ما تصفه السلطات الصينية بالتطرف والنزعات الانفصالية في شينجيانغ.",
     {("China", "defends"), ("(author)", "critical")}),
    ("The whole story of coerced cotton pickers in Xinjiang is absurd on its face.", {("(author)", "defends")}),
    ("The claim that the camps in Xinjiang were boarding schools is absurd.", {("(author)", "critical")}),
    ("Leaked files show Beijing built a system in Xinjiang to detain and remould an entire people.",
     {("(author)", "critical")}),
    ("Those men were sent back to a system of camps in Xinjiang that no honest observer can defend.",
     {("(author)", "critical")}),
    ("إنها معسكرات في شينجيانغ لا يمكن لأي مراقب نزيه الدفاع عنها.", {("(author)", "critical")}),
    ("The champion said no rival could defend against his serve at the tournament in Urumqi.", set()),
    ("لا يمكن للمنتخب الدفاع عن لقبه في بطولة أورومتشي.", set()),
]

OWN_THAT_CLAUSE = [
    ("ودعت منظمة العفو الدولية السلطات المغربية إلى رفض طلب التسليم، معتبرة أن الإيغور يتعرضون لاضطهاد ممنهج في "
     "شينجيانغ.", {("Amnesty International", "critical")}),
    ("Amnesty International urged Morocco to reject the extradition request, saying that Uyghurs face persecution "
     "in Xinjiang.", {("Amnesty International", "critical")}),
    ("نفى المتحدث باسم الخارجية الصينية أن يكون الإيغور يتعرضون للاضطهاد في شينجيانغ.", {("China", "defends")}),
    ("China's foreign ministry denied that Uyghurs face persecution in Xinjiang.", {("China", "defends")}),
]

CLAIMS_NOUN = [
    ("The vlogger Jake Turner told his followers that claims of genocide in Xinjiang were nonsense.",
     {("Jake Turner", "defends")}),
    ("Rights groups said China claims that workers in Xinjiang are treated well.", {("Rights groups", "critical")}),
    ("The vlogger Jake Turner said the claims about forced labour in Xinjiang were nonsense.",
     {("Jake Turner", "defends")}),
]

DENIED_NOTHING = [
    ("ونفت وزارة الخارجية الكويتية أن يكون الوزير قد بحث قضية الإيغور خلال زيارته إلى بكين.", set()),
    ("Indonesia's foreign ministry denied that the minister had raised Xinjiang during his visit to Beijing.", set()),
    ("ونفت الخارجية الصينية أن يكون الإيغور محتجزين في معسكرات في شينجيانغ.", {("China", "defends")}),
    ("China's foreign ministry denied that Uyghurs were held in camps in Xinjiang.", {("China", "defends")}),
]

WHAT_THEY_CALL = [
    ("Thousands of Uyghurs were held in what the Chinese authorities call vocational training centres, Amnesty "
     "International said.", {("Amnesty International", "critical")}),
    ("وقالت منظمة العفو الدولية إن آلاف الأويغور احتجزوا في ما تسميه السلطات الصينية مراكز التعليم والتدريب المهني.",
     {("Amnesty International", "critical")}),
    ("China calls the facilities vocational training centres that have helped to curb extremism in Xinjiang.",
     {("China", "defends")}),
    ("وتسمي بكين هذه المنشآت مراكز للتعليم والتدريب المهني ساعدت في مكافحة التطرف في شينجيانغ.",
     {("China", "defends")}),
]

NOT_STANDING_UP = [
    ("Critics said China's claims about the camps in Xinjiang do not stand up to scrutiny.",
     {("Critics", "critical")}),
]

ACCEPTED_ACCOUNT = [
    ("Pakistan's foreign minister said his government accepts the Chinese version of events in Xinjiang.",
     {("Pakistan", "defends")}),
    ("وقال وزير الخارجية الباكستاني إن حكومته تتبنى وجهة النظر الصينية بشأن شينجيانغ.", {("Pakistan", "defends")}),
    ("Pakistan's foreign minister said his government had read the Chinese version of the report on Xinjiang.", set()),
]

WHOSE_GOVERNMENT = [
    ("Foreign Minister Penny Wong told reporters the government had raised its concerns about the treatment of "
     "Uyghurs with Beijing.", {("Australia", "critical")}),
    ("وقال وزير الخارجية الكندي إن الحكومة أثارت مع بكين قلقها من الاحتجاز الجماعي للإيغور في شينجيانغ.",
     {("Canada", "critical")}),
    # «أبلغت بكين قلقها» (a strict xfail in rounds 11-12) reads since round 13's grammar kind informing
    ("وقال وزير الخارجية الكندي إن الحكومة أبلغت بكين قلقها من الاحتجاز الجماعي للإيغور في شينجيانغ.",
     {("Canada", "critical")}),
    ("The government says the vocational centres in Xinjiang have curbed extremism.", {("China", "defends")}),
    ("وتقول الحكومة إن مراكز التدريب المهني في شينجيانغ ساعدت في مكافحة التطرف.", {("China", "defends")}),
]

MEETING_WHOM = [
    ("أكد الرئيس الصومالي خلال لقائه الرئيس شي جين بينغ دعم بلاده الثابت لموقف الصين في القضايا المتعلقة بشينجيانغ.",
     {("Somalia", "defends")}),
    ("جدد نائب وزير الخارجية السعودي خلال استقباله السفير الصيني دعم المملكة لموقف الصين من شينجيانغ.",
     {("Saudi Arabia", "defends")}),
    ("وخلال لقائه وزير الخارجية الأمريكي، دافع وانغ يي عن سياسات الصين في شينجيانغ.", {("China", "defends")}),
    ("التقى الرئيس الصومالي الرئيس شي جين بينغ في بكين وبحثا التعاون الاقتصادي ومشاريع في شينجيانغ.", set()),
]

SHORT_FORMS = [
    ("وبحث الجانبان التحضير لزيارة وفد تجاري صيني إلى شينجيانغ الشهر المقبل.", set()),
    ("وحث وزير الخارجية الألماني بكين على السماح للمحققين الأمميين بزيارة شينجيانغ.", {("Germany", "critical")}),
]

BEFORE_WHOM = [
    ("Three former detainees testified before the US Congress on Wednesday, describing beatings in Xinjiang's camps.",
     {("Former detainees", "critical")}),
    ("The US Congress heard on Wednesday that detainees in Xinjiang's camps were beaten.", set()),
]

INCOMES_GREW = [
    ("وقال المتحدث باسم حكومة شينجيانغ إن دخل المزارعين في خوتان تضاعف ثلاث مرات خلال عقد.", {("China", "defends")}),
    ("China's foreign ministry said the incomes of farmers in Hotan in Xinjiang have tripled in a decade.",
     {("China", "defends")}),
    ("وقال التقرير إن دخل الأسر في تونس ارتفع بنسبة 3 في المئة.", set()),
]

OTHER_REGIME = [
    ("فرض الاتحاد الأوروبي عقوبات على شركتين مسجلتين في أورومتشي ضمن حزمة جديدة من العقوبات على روسيا.", set()),
    ("The EU added a logistics firm based in Urumqi to its Russia sanctions list for shipping drone parts.", set()),
    ("فرض الاتحاد الأوروبي عقوبات على أربعة مسؤولين في شينجيانغ بسبب انتهاكات بحق الإيغور.",
     {("European Union", "critical")}),
    ("The EU sanctioned four officials in Xinjiang over the mass detention of Uyghurs.",
     {("European Union", "critical")}),
]

IN_WHICH = [
    ("وقّعت الإمارات إلى جانب 36 دولة رسالة مشتركة موجهة إلى رئيس مجلس حقوق الإنسان في جنيف، أشادت فيها بإنجازات الصين "
     "في شينجيانغ.", {("United Arab Emirates", "defends"), ("Foreign governments", "defends")}),
    ("أصدرت الخارجية الأمريكية تقريرا مطولا عن حقوق الإنسان، وصفت فيه ما يجري في شينجيانغ بالإبادة الجماعية.",
     {("United States", "critical")}),
    ("أصدرت منظمة العفو الدولية بيانا دعت فيه الصين إلى إغلاق المعسكرات في شينجيانغ.",
     {("Amnesty International", "critical")}),
]

LAWS = [
    ("President Biden signed the Uyghur Forced Labor Prevention Act into law on Thursday.",
     {("United States", "critical")}),
    ("وقع الرئيس الأمريكي قانون منع العمل القسري للإيغور.", {("United States", "critical")}),
    ("Senator Ruth Okafor said she had not yet made up her mind on the Uyghur forced labour bill.", set()),
    ("وقالت النائبة الأمريكية جين مور إنها لم تحسم موقفها بعد من مشروع قانون العمل القسري للإيغور.", set()),
    ("Senator Ruth Okafor said the forced labour of Uyghurs in Xinjiang must end.", {("Ruth Okafor", "critical")}),
    ("Senator Ruth Okafor accused China of genocide in Xinjiang, an act she said the world must not ignore.",
     {("Ruth Okafor", "critical")}),
]

BLAMES_THE_MILITANTS = [
    ("وتتهم الصين جماعات انفصالية في شينجيانغ بالوقوف وراء هجمات دامية.", {("China", "defends")}),
    ("Beijing has accused Uyghur militants of carrying out attacks in Xinjiang.", {("China", "defends")}),
    ("واتهم ناشطون إيغور الصين بوصفهم بالإرهابيين في شينجيانغ.", {("Activists", "critical")}),
    ("Rights groups accuse Beijing of branding ordinary Uyghurs in Xinjiang as terrorists.",
     {("Rights groups", "critical")}),
    ("وتؤكد السلطات الصينية أن الإيغور يتمتعون بكامل حقوقهم الدينية في شينجيانغ.", {("China", "defends")}),
]

COMMON_REPORTING = [
    ("وتحتجز السلطات الصينية أكثر من مليون من الإيغور في معسكرات، بحسب خبراء في الأمم المتحدة.",
     {("United Nations", "critical")}),
    ("وأرسلت الحكومة وفدا من الصحفيين العرب لزيارة أسواق ومصانع ومراكز تدريب في شينجيانغ.", set()),
    ("The UN human rights office said China may have committed crimes against humanity in Xinjiang.",
     {("United Nations", "critical")}),
    ("The UN human rights office said China could face questions over Xinjiang at the next session.", set()),
    ("Activists say the Uyghur language is being erased from schools in Xinjiang.", {("Activists", "critical")}),
    ("وقال المتحدث باسم الخارجية الصينية إن قضايا شينجيانغ ليست قضايا حقوق إنسان بل قضايا مكافحة إرهاب.",
     {("China", "defends")}),
]

SPEAKERS_QUOTED = [
    ("China's foreign ministry said the centres offer 'vocational training' to young people in Xinjiang.",
     {("China", "defends")}),
]


NEWS_NAMING = [
    ("وانطلقت الحملة عام 2014 لمواجهة ما تصفه السلطات الصينية بالتطرف والنزعات الانفصالية في شينجيانغ.",
     {("China", "defends")}),
]


READINGS = (NEWS_NAMING + CHARGES + DESCRIBED_AS + OWN_THAT_CLAUSE + CLAIMS_NOUN + DENIED_NOTHING + WHAT_THEY_CALL +
            NOT_STANDING_UP + ACCEPTED_ACCOUNT + WHOSE_GOVERNMENT + MEETING_WHOM + SHORT_FORMS + BEFORE_WHOM +
            INCOMES_GREW + OTHER_REGIME + IN_WHICH + LAWS + BLAMES_THE_MILITANTS + COMMON_REPORTING +
            SPEAKERS_QUOTED)


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_round11_reading(text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_facts(text) == expected


ACADEMIC = [
    ("وخلصت الدراسة إلى أن الاتهامات الغربية بشأن العمل القسري في شينجيانغ لا تصمد أمام الأرقام الرسمية.",
     {("(author)", "defends")}),
    ("The paper argues that the allegations of forced labour in Xinjiang do not stand up to scrutiny.",
     {("(author)", "defends")}),
    ("The paper argues that the reports of forced labour in Xinjiang stand on solid evidence.",
     {("(author)", "critical")}),
]


@pytest.mark.parametrize(("text", "expected"), SCARE_QUOTES)
def test_round11_opinion(text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_facts(text, genre="opinion") == expected


@pytest.mark.parametrize(("text", "expected"), ACADEMIC)
def test_round11_academic(text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_facts(text, genre="academic") == expected
