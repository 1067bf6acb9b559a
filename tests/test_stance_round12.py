"""Issue 20, round 12: readings found in my own round-12 probes (a battery of common wire constructions) and a fresh
writer's development file (writer H).

- **A pretext that names what follows** (grammar kind ``pretext_of``: "under the pretext of", "in the name of",
  «بذريعة», «تحت غطاء»): the defending word right after it is the pretext, held by nobody; the phrase calls nothing
  before it a pretext, so "interference … under the pretext of human rights" stays a defence. "X was a pretext for
  …" (the claim before the pretext word) is still held at a distance.
- **Opposing** (grammar kind ``opposer``; cue rows "oppose … interference in", "oppose … sanctions", «معارضة
  التدخل», «رفضت … العقوبات»): opposing interference or sanctions defends the policy; opposing an abuse (detention,
  deportation, forced labour) condemns it, where other rejecters ("denied the detention") reject it.
- **No comment from X** (cue "no immediate/official comment|response|reaction"; :func:`helpers.extract.stance.
  holders._own_subject`): the agent after "from" / «من» declines, also when the sentence before it in the same
  sentence is somebody's quote.
- **The object of an English rejecting verb** (:func:`helpers.extract.stance.attribution._object_after_verb`):
  "dismissed the BBC report" — the BBC owns the report, it does not dismiss it; an Arabic verb first is followed by
  its subject.
- **Accusing others of lies** («اتهمتهم بنشر الأكاذيب»): a defence, not an accusation of the policy.
- **No evidence that** (grammar ``rejecter`` rows "no evidence", "no sign", «أي دليل»): the claim after it (its
  "that" clause or its "of" noun) is rejected; a clause joined by "and that" to a speech verb is not the rejecter's
  (:meth:`helpers.extract.stance.sentence.SentenceView.that_clause`, grammar kind ``coordinator``).
- **Whose report is rejected** (grammar ``claim_noun`` rows report, white paper, «التقرير»): rejecting the policy
  owner's report ("dismissed the Chinese government's report", «رفضت واشنطن التقرير الصيني») is critical, as rejecting
  its claims is (:func:`helpers.extract.stance.distance.state_claim`; a possessive after one lower-case word that is
  no self-speaking role counts: "the Chinese government's").
- **Declining to say nothing on the topic** (:func:`helpers.extract.stance.distance.declines_nothing`): "declined to
  say whether he would be disciplined" leaves open a question that names no topic, owner, policy word or cue.
- Lexicon: «شأن صيني داخلي» (the adjective inside), «موقف بلاده الداعم/المؤيد لجهود الصين».
- Lexicon: no attack for years ("had not suffered a violent attack", "free of terrorist incidents"), warning against
  interference, "a mockery/travesty of justice", «مهزلة», «عدد الإيغور … تضاعف».
- **The victims counted** (grammar kind ``victims``, :func:`helpers.extract.stance.fields.about_else`): "the number
  of Uyghurs detained … grew" is no population claim (the critical reading of the count is left: no row).
- **Religious bodies** (gazetteer): Al-Azhar, the Muslim World League, the International Union of Muslim Scholars,
  Nahdlatul Ulama, Muhammadiyah, the Islamic Association of China.
- **«عبّر» without its shadda** (:func:`helpers.extract.stance.links._opening_verb`): «عبر» opening its clause is the
  verb "expressed", not the preposition "via": the name after it is its subject.
- **An adverbial of purpose** (grammar kind ``adverbial``: «تضامنا», «احتجاجا»): the clause's subject holds it, not
  the nearest noun ("حملة لمقاطعة المنتجات الصينية تضامنا مع الإيغور": not China).
- **Goods, firms, associations and students are not their state** (grammar kind ``described``; an indefinite
  adjective of origin too): «البضائع الصينية», «جمعيات مغربية», «طلاب أتراك».
- **A country of a region** (grammar kind ``described``: «دولة أوروبية», "a European country"): the adjective describes
  the country, it is not the EU.
- Debunkers: "does not survive", "could not be verified", «لا يمكن التحقق».
- Lexicon: solidarity with the Uyghurs («تضامنه مع الإيغور»), boycotting Chinese goods, thanking for support on the
  topic («شكر … على دعمها»), «المضطهدين», "nothing but progress" («سوى الازدهار»), "shoot-to-kill"
  («إطلاق النار على الفارين»).
- **A state's official named** (:func:`helpers.extract.stance.refs.drop_official_names`): "Britain's ambassador
  Simon Manley" is the United Kingdom in the stance table as in the quote table.
Every sentence is written for this file and read as a probe document of its own."""

from __future__ import annotations

import pytest

from probe_support import stance_facts

PRETEXT_OF = [
    ("Nicaragua's delegate said Western capitals were meddling in Xinjiang under the pretext of protecting rights.",
     {("Nicaragua", "defends")}),
    ("وقال سفير فنزويلا إن بعض الدول تتدخل في الشؤون الداخلية للصين تحت غطاء حقوق الإنسان في شينجيانغ.",
     {("Venezuela", "defends")}),
    ("Human Rights Watch said Uyghurs in Xinjiang were being jailed in the name of fighting terrorism.",
     {("Human Rights Watch", "critical")}),
    ("وقالت منظمة العفو الدولية إن السلطات الصينية تسجن الإيغور في شينجيانغ بذريعة مكافحة التطرف.",
     {("Amnesty International", "critical")}),
    ("Amnesty International said the fight against terrorism was a pretext for detaining Uyghurs in Xinjiang.",
     {("Amnesty International", "critical")}),
]

OPPOSING = [
    ("Laos opposes any interference in China's internal affairs over Xinjiang, its foreign ministry said.",
     {("Laos", "defends")}),
    ("Belarus opposed sanctions on Chinese officials over Xinjiang.", {("Belarus", "defends")}),
    ("رفضت كوبا العقوبات الغربية على مسؤولين صينيين في شينجيانغ.", {("Cuba", "defends")}),
    ("Amnesty International said it opposes the mass detention of Uyghurs in Xinjiang.",
     {("Amnesty International", "critical")}),
    ("وقالت هيومن رايتس ووتش إنها تعارض ترحيل اللاجئين الإيغور إلى الصين.", {("Human Rights Watch", "critical")}),
    ("China's foreign ministry denied the detention of Uyghur students in Xinjiang.", {("China", "defends")}),
    ("Germany opposed the merger of the two car makers, a deal unrelated to Xinjiang.", set()),
]

NO_COMMENT_FROM = [
    ("There was no immediate comment from Beijing on the Xinjiang report.", {("China", "declined")}),
    ('France condemned the "mass detention" of Uyghurs in Xinjiang, and there was no official reaction from the '
     'Chinese embassy.', {("France", "critical"), ("China", "declined")}),
    ('دانت كندا "الاحتجاز التعسفي" للإيغور في شينجيانغ، ولم يصدر أي تعليق من السفارة الصينية.',
     {("Canada", "critical"), ("China", "declined")}),
    ("The Xinjiang report drew praise from rights groups and no comment at all.", set()),
]

OBJECT_OF_VERB = [
    ("China Daily dismissed the Reuters investigation into Xinjiang as a smear.", {("China", "defends")}),
    ("Beijing rejected the European Parliament's resolution on Xinjiang as interference in China's internal affairs.",
     {("China", "defends")}),
    ("رفضت الخارجية الصينية تقرير الأمم المتحدة بشأن شينجيانغ.",
     {("China", "defends"), ("United Nations", "critical")}),
    ("Washington dismissed the Chinese government's report on Xinjiang as propaganda.",
     {("United States", "critical")}),
    ("رفضت واشنطن التقرير الصيني عن شينجيانغ.", {("United States", "critical")}),
    ("Amnesty International dismissed a Chinese dissident's account of Xinjiang as exaggerated.", set()),
]

ACCUSED_OF_LIES = [
    ("وردت بكين بفرض عقوبات على باحثين بريطانيين متهمة إياهم بنشر الأكاذيب حول شينجيانغ.", {("China", "defends")}),
    ("اتهمت منظمة العفو الدولية الصين باحتجاز الإيغور تعسفيا في شينجيانغ.", {("Amnesty International", "critical")}),
]

NO_EVIDENCE = [
    ("A Pakistani delegation that toured Xinjiang said it found no evidence of forced labour in the cotton fields.",
     {("Pakistan", "defends")}),
    ("The Egyptian scholar Hany Farid wrote that he saw no sign of repression in Xinjiang and that mosques were full.",
     {("Hany Farid", "defends")}),
    pytest.param("The Uyghur Human Rights Project said the authorities had shown no evidence that the detainees in "
                 "Xinjiang had committed any crime.", {("Uyghur Human Rights Project", "critical")},
                 marks=pytest.mark.xfail(strict=True, reason="no cue: the detainees' innocence ('no evidence that "
                                                             "… committed any crime') is not read as a position")),
]

OFFICIAL_NAMED = [
    ("Britain's ambassador Simon Manley said London remained gravely concerned about detentions in Xinjiang.",
     {("United Kingdom", "critical")}),
    ("Canada's foreign minister Melanie Joly voiced deep concern over forced labour in Xinjiang.",
     {("Canada", "critical")}),
    ("The Uyghur activist Jewher Ilham said the camps in Xinjiang were a crime against humanity.",
     {("Jewher Ilham", "critical")}),
]

DECLINES_NOTHING = [
    ("The club said the striker's posts on Xinjiang were his own view. It declined to say whether he would be "
     "dropped.", set()),
    ("Egypt's foreign ministry declined to say whether it would deport the Uyghur students it had detained.",
     {("Egypt", "declined")}),
    ("وامتنعت الخارجية الصينية عن الإفصاح عما إذا كانت المعسكرات في شينجيانغ قد أغلقت.", {("China", "declined")}),
]

SUPPORTIVE = [
    ("وجدد وزير الخارجية الإيراني موقف بلاده المؤيد لسياسة الصين في شينجيانغ.", {("Iran", "defends")}),
    ("وقال الرئيس الصربي إن قضية شينجيانغ شأن صيني داخلي بحت.", {("Serbia", "defends")}),
    # 'talk of X does not justify Y' (a strict xfail in round 12) reads since round 13's grammar kind talk_of
    ("وقالت منظمة العفو الدولية إن الحديث عن شأن صيني داخلي لا يبرر احتجاز الإيغور في شينجيانغ.",
     {("Amnesty International", "critical")}),
]

RECORDS_AND_WARNINGS = [
    ("Chinese state television said Xinjiang had not suffered a violent attack since 2016.", {("China", "defends")}),
    ("Officials in Urumqi said the region had been free of terrorist incidents for five years.",
     {("China", "defends")}),
    ("Beijing's embassy in Jakarta cautioned Indonesian lawmakers against meddling in Xinjiang.",
     {("China", "defends")}),
    ("Amnesty International called the trial of the Uyghur poet in Kashgar a mockery of justice.",
     {("Amnesty International", "critical")}),
    ("وقال المتحدث باسم الخارجية الصينية إن عدد الأويغور في شينجيانغ ازداد بوتيرة أسرع من المعدل الوطني.",
     {("China", "defends")}),
    ("قالت هيومن رايتس ووتش إن عدد الإيغور المحتجزين في شينجيانغ ازداد خلال العام الماضي.", set()),
    ("Human Rights Watch said Uyghur numbers in the camps had grown last year.", set()),
]

SOLIDARITY_AND_THANKS = [
    ("عبّر رئيس الاتحاد العالمي لعلماء المسلمين عن تضامنه مع الإيغور في شينجيانغ.",
     {("International Union of Muslim Scholars", "critical")}),
    ("عبر الأزهر عن قلقه البالغ إزاء أوضاع مسلمي الإيغور.", {("Al-Azhar", "critical")}),
    ("The Muslim World League voiced solidarity with the Uyghurs of Xinjiang.", {("Muslim World League", "critical")}),
    ("وتظاهر طلاب أتراك أمام السفارة الصينية في أنقرة احتجاجا على اضطهاد الإيغور في شينجيانغ.", set()),
    ("وقاطعت تركيا المعرض الصيني في أنقرة احتجاجا على اضطهاد الإيغور في شينجيانغ.", {("Turkey", "critical")}),
    ("أطلقت جمعيات مغربية حملة لمقاطعة البضائع الصينية تضامنا مع الإيغور في شينجيانغ.", set()),
    ("China's ambassador thanked Pakistan for its steadfast support on Xinjiang.", {("China", "defends")}),
    ("شكرت الخارجية الصينية السعودية على موقفها الداعم في قضايا شينجيانغ.", {("China", "defends")}),
    ("The Egyptian minister thanked China for its help during the pandemic.", set()),
    ("حوار مع لاعب صيني بعد المباراة في أورومتشي: أشكر الجمهور على دعمه الكبير.", set()),
]

MORE_WORDING = [
    ("وأصبحت ليتوانيا ثاني دولة أوروبية تصف معاملة الإيغور في شينجيانغ بالإبادة الجماعية.",
     {("Lithuania", "critical")}),
    ("Hungary's foreign minister said he had seen nothing but prosperity in Xinjiang.", {("Hungary", "defends")}),
    ("قال وزير الخارجية الصربي إنه لم ير في شينجيانغ سوى الازدهار.", {("Serbia", "defends")}),
    ("Human Rights Watch said China's claim that all trainees in Xinjiang had graduated could not be verified.",
     {("Human Rights Watch", "critical")}),
    ("The leaked Xinjiang police files include a shoot-to-kill order for escapees, the researcher Adrian Zenz said.",
     {("Adrian Zenz", "critical")}),
    ("The police in Texas were accused of a shoot to kill policy.", set()),
]

READINGS = (MORE_WORDING + SOLIDARITY_AND_THANKS + RECORDS_AND_WARNINGS + DECLINES_NOTHING + SUPPORTIVE + PRETEXT_OF +
            OPPOSING + NO_COMMENT_FROM + OBJECT_OF_VERB + ACCUSED_OF_LIES + NO_EVIDENCE + OFFICIAL_NAMED)


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_round12_reading(text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_facts(text) == expected
