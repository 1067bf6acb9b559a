"""Issue 20, round 13: readings found in my own round-13 probes (two batteries of common wire constructions:
concessions, conveyed concern, joint statements, votes, state media, counter-sanctions, conditions).

- **A concession is granted, not asserted** (grammar kind ``concessive``; :func:`helpers.extract.stance.concession.
  conceded`): a cue in a phrase opened by although / even though / despite / «رغم» / «على الرغم» / «مهما», with no
  actor and no speech verb between the concessive word and the cue, is nobody's position ("even though there had
  been no attacks", "despite criticism from Western capitals"); a concession with an actor of its own keeps it
  ("although Beijing denies any abuse": China).
- «لا يزالون» (still, plural) is no negation (grammar ``not_negation``), as «لا يزال» was not.
- **Repression said to grow** (cue rows "surveillance … intensified", «القيود … تشددت», «تشديد القيود»): critical; not
  "security was tightened".
- **A counterpart is addressed** (grammar kind ``counterpart``; :func:`helpers.extract.stance.links._counterpart`):
  «أبلغ وزير الخارجية البريطاني نظيره الصيني قلق بلاده» is the United Kingdom's concern; a counterpart that is the
  clause's only actor still speaks («وقال نظيره الصيني»).
- **An informed addressee** (grammar kind ``informing``: أبلغ، told, informed;
  :func:`helpers.extract.stance.links.addressed`): «الحكومة أبلغت بكين قلقها» — the policy owner named right after
  the verb, its subject before it, holds no critical cue.
- **Others' talk** (grammar kind ``talk_of``: talk of, «الحديث عن»): a claim or frame right after it is denied by
  the speaker ("talk of repression is part of an information war": a defence).
- **Cannot be justified by** (grammar ``pretext_of`` rows «لا يمكن تبريره», "cannot be justified by"): the
  justification named is nobody's.
- **A Uyghur organisation on another cause** (:func:`helpers.extract.stance.fields._other_place`): a sentence that
  names another cause (Gaza) and the topic only in an actor's name bears no stance («ودان المؤتمر العالمي للأويغور
  قصف المستشفيات في غزة»); «ودان» is a condemnation.
- **Naming others' accusations** (:mod:`helpers.extract.stance.rows`): the author's "the accusations" is no
  critical row of the author's.
- **Praise, politicisation, joined calls** (cue rows «أعربت عن تقديرها للإنجازات», "appreciation for China's
  achievements", «رفضت تسييس قضية», «أشاد بالكتاب الأبيض», "joined calls for", «انضمت إلى الدعوات»): appreciation
  of the achievements, praise of the white paper and rejecting or opposing the politicisation defend; joining calls
  is a call.
- **Rights kept and critics' motives** (cue rows "enjoy development/prosperity/freedom", "protects/protected the
  rights of all", "manipulating human rights"): defends; negated ("do not enjoy basic freedoms") critical; the bare
  infinitive ("protect the rights": a call or a wish) is not read.
- **The owner answering its critics** (:mod:`helpers.extract.stance.rows`, ``_REPLIES``): in a document whose
  subject is the topic, the policy owner's rejection, disinformation or internal-affairs wording ("a political
  show", "no right to lecture others") bears on the target anywhere, as a declined cue does.
- **Exhortations** (grammar kind ``exhortation``: should, must, it is time, «آن الأوان», «يجب أن»): the subject of
  a speech verb right after one is asked to hold the claim and does not hold it ("it is high time the West
  admitted that Xinjiang is a model": the author's, in an opinion piece).
- **Harm told by the harmed** (word classes: "they"/"we" among the harmed, shackled, injected … among the harm
  states): "they had been shackled" in former detainees' words is critical; the police's arrests stay no position.
- **A critic's scare quotes** (:mod:`helpers.extract.stance.rows`): a defending frame in scare quotes held by
  someone critical in the same sentence ("Rights groups say the 'vocational training' is detention by another name")
  is held at a distance, no defends row; the policy owner's own quoted term keeps its row.
- **No reply received** (grammar ``recipient`` rows receive, got, «تلقت»; :func:`helpers.extract.stance.polarity.
  polarity`): "had not received a reply" is the asker's, who declines nothing.
- **Roles and groups**: a group's role noun, an adjective of origin, then an open name («الناشطة الأويغورية زهرة
  توختي») is the named person; activists, protesters and demonstrators are not their nationality's state (grammar
  ``described``); the Arabic group entries match every spelling of the people's stem (``people_spelling`` of
  data/text/affixes.tsv: الجالية الإيغورية = الجالية الأويغورية = الجالية الويغورية).
- **A company after a glued preposition** (:func:`helpers.extract.stance.links._glued_head`): «ضمانات الاستثمار لشركة
  فولكسفاغن … بسبب مخاوف»: the government refuses, the company holds nothing.
- **A place that ends a body's name** (grammar kind ``name_head``: جامعة، بنك, University of): «جامعة أوسلو» is not
  Norway, "Bank of China" is not China.
- **Joint statements** (grammar kind ``joint``: "speaking on behalf of", "read by", «متحدثا باسم», «تلته»;
  :func:`helpers.extract.stance.links.joint_member`): the states a reader speaks for hold the quote with it, before
  or after the speaker ("Speaking on behalf of 70 countries, Pakistan's envoy said …"; «دعت 47 دولة في بيان مشترك
  تلته هولندا»); "urging China to ensure …" is a call.
- **A vote for a text that names the abuse** (cue «صوت … على … إبادة»): the voter holds it.
- **Unnamed state media** (``stance/groups.tsv`` state_body: state television, «التلفزيون الرسمي»): in a sentence on
  the topic, the policy owner's.
- **A modal after the cue in a conditional sentence** (:func:`helpers.extract.stance.polarity._hypothetical`):
  "sanctions might be considered if …" asserts nothing.
- **The object of an English relative clause** (grammar kind ``subject_pronoun``;
  :func:`helpers.extract.stance.links._object_of_relative`): "the researchers it accused of lying" — "it" (the
  clause's first actor) accuses; "hit back by sanctioning" is a (counter-)sanction.
Every sentence is written for this file and read as a probe document of its own."""

from __future__ import annotations

import pytest

from probe_support import stance_facts

CONCESSIONS = [
    ("Amnesty International said mosques in Xinjiang were still being demolished even though no unrest had been "
     "reported and there had been no terrorist attacks in the region for years.",
     {("Amnesty International", "critical")}),
    ("وقالت منظمة هيومن رايتس ووتش إن الرقابة على الإيغور في شينجيانغ تزايدت رغم عدم وقوع أي هجمات إرهابية.",
     {("Human Rights Watch", "critical")}),
    ("Despite condemnation from rights groups, Serbia's president said his country backed China's position on "
     "Xinjiang as an internal affair.", {("Serbia", "defends")}),
    ("Although Beijing rejects the allegations, the German government said forced labour in Xinjiang was well "
     "documented.", {("China", "defends"), ("Germany", "critical")}),
    pytest.param("Although China says the facilities in Xinjiang are vocational schools, Canada's foreign minister "
                 "called them internment camps.", {("China", "defends"), ("Canada", "critical")},
                 marks=pytest.mark.xfail(strict=True, reason="quote stage: the content of the concession's quote "
                                                             "runs on into the main clause, so China holds it all")),
    ("The regional government said Xinjiang had not seen a single terrorist attack in six years.",
     {("China", "defends")}),
]

GROWING_REPRESSION = [
    ("Uyghur Human Rights Project said restrictions on religious practice in Xinjiang had tightened again this year.",
     {("Uyghur Human Rights Project", "critical")}),
    ("وقالت منظمة العفو الدولية إن تشديد القيود على الصيام في شينجيانغ يستهدف الإيغور.",
     {("Amnesty International", "critical")}),
    ("Security in Urumqi was tightened ahead of the anniversary of the 2009 riots in Xinjiang.", set()),
]

ADDRESSEES = [
    ("ونقل وزير الخارجية الكندي إلى نظيره الصيني قلق بلاده البالغ إزاء أوضاع الإيغور في شينجيانغ.",
     {("Canada", "critical")}),
    ("وقال نظيره الصيني إن الإجراءات في شينجيانغ ساهمت في مكافحة الإرهاب.", {("China", "defends")}),
    ("أوقفت الحكومة الهولندية دعم الصادرات لشركة سيمنز في شينجيانغ بسبب مخاوف من العمل القسري.",
     {("Netherlands", "critical")}),
    ("أعلنت جامعة ستوكهولم تعليق تعاونها مع جامعة شينجيانغ بسبب مخاوف تتعلق بحقوق الإنسان.", set()),
    ("وأكد متحدث باسم الخارجية السويدية أن الحكومة أبلغت بكين قلقها إزاء معاملة الإيغور في شينجيانغ.",
     {("Sweden", "critical")}),
    ("وأبلغت الصين المجلس أن مراكز التدريب في شينجيانغ ساعدت في منع الإرهاب.", {("China", "defends")}),
]

JOINT = [
    ("Speaking on behalf of more than 60 countries, Cuba's ambassador told the council that Xinjiang affairs were "
     "China's internal affairs.", {("Cuba", "defends"), ("Foreign governments", "defends")}),
    ("Canada's envoy, speaking on behalf of 50 countries, said the arbitrary detention of Uyghurs in Xinjiang must "
     "end.",
     {("Canada", "critical"), ("Foreign governments", "critical")}),
    ("وطالبت 39 دولة في بيان مشترك تلته ألمانيا الصين باحترام حقوق الإيغور في شينجيانغ.",
     {("Germany", "critical"), ("Foreign governments", "critical")}),
    ("Thirty-nine countries signed a letter read by Germany urging China to guarantee the rights of Uyghurs in "
     "Xinjiang.", {("Germany", "critical"), ("Foreign governments", "critical")}),
    ("Germany's envoy read a statement on trade and climate at the council session in Geneva.", set()),
    ("Later, Cuba's envoy read a joint statement on behalf of 70 countries which said that Xinjiang-related issues "
     "were China's internal affairs.", {("Cuba", "defends"), ("Foreign governments", "defends")}),
]

VOTES_AND_MEDIA = [
    ("صوت البرلمان الهولندي على قرار يعتبر ما يتعرض له الأويغور في شينجيانغ إبادة جماعية.",
     {("Netherlands", "critical")}),
    ("وقال التلفزيون الرسمي إن مراكز التعليم المهني في شينجيانغ ساهمت في القضاء على التطرف.", {("China", "defends")}),
    ("State television said the vocational education centres in Xinjiang had helped stamp out extremism.",
     {("China", "defends")}),
    ("State television showed the new airport in Kashgar on Monday.", set()),
]

CONDITIONS_AND_RELATIVES = [
    ("Denmark's foreign minister said an import ban could follow if the reports of forced labour in Xinjiang were "
     "confirmed.", set()),
    ("China retaliated by sanctioning British lawmakers and lawyers it accused of spreading lies about Xinjiang.",
     {("China", "defends")}),
    ("China hit back by blacklisting two American scholars it said had smeared its policies in Xinjiang.",
     {("China", "defends")}),
]

TALK_AND_OTHER_CAUSES = [
    ("وقال المندوب الروسي إن الحديث عن اضطهاد الإيغور جزء من حملة إعلامية ضد الصين.", {("Russia", "defends")}),
    ("Human Rights Watch said talk of an internal affair could not excuse the detention of Uyghurs in Xinjiang.",
     {("Human Rights Watch", "critical")}),
    ("وقالت منظمة العفو الدولية إن احتجاز الإيغور في شينجيانغ لا يمكن تبريره بمكافحة التطرف.",
     {("Amnesty International", "critical")}),
    ("The Uyghur Human Rights Project condemned the bombing of hospitals in Gaza and called for a ceasefire.", set()),
    ("ودان المؤتمر العالمي للأويغور هدم المساجد في شينجيانغ.", {("World Uyghur Congress", "critical")}),
    ("No one in the village was willing to talk about relatives taken to camps in Xinjiang, a visitor said.", set()),
]

GROUPS_AND_ROLES = [
    ("وقالت الناشطة الأويغورية زهرة توختي إن والدها اعتقل في شينجيانغ منذ عام 2018.", {("زهرة توختي", "critical")}),
    ("Turkish activists protested outside the Chinese consulate in Istanbul against the detention of Uyghurs in "
     "Xinjiang.", {("Activists", "critical")}),
    pytest.param("ويقول أبناء الجالية الويغورية في ألمانيا إن أقاربهم محتجزون في معسكرات في شينجيانغ.",
                 {("Uyghur diaspora", "critical")},
                 marks=pytest.mark.xfail(strict=True, reason="quote stage: a group's speaker phrase with 'in <state>' "
                                                             "is given to the state")),
]

PRAISE_AND_POLITICISATION = [
    ("وأعرب وزير الخارجية اللاوسي عن تقديره للجهود التي تبذلها الصين لتحقيق التنمية في شينجيانغ.",
     {("Laos", "defends")}),
    ("ورفضت فنزويلا تسييس قضية شينجيانغ واستخدامها للضغط على الصين.", {("Venezuela", "defends")}),
    ("Australia joined calls for UN monitors to be given access to Xinjiang.", {("Australia", "critical")}),
    ("وانضمت كندا إلى المطالبات بالإفراج عن المعتقلين الأويغور في شينجيانغ.", {("Canada", "critical")}),
    ("ورحب وزير الخارجية الكمبودي بالكتاب الأبيض الذي أصدرته الصين حول شينجيانغ.", {("Cambodia", "defends")}),
    ("Zimbabwe said it opposed the politicisation of Xinjiang-related issues at the council.",
     {("Zimbabwe", "defends")}),
    ("وحسب تقديرات منظمات حقوقية، احتجز أكثر من مليون من الإيغور في شينجيانغ.", {("Rights groups", "critical")}),
]

NO_REPLY_RECEIVED = [
    ("Amnesty International said it had written to the Chinese authorities about the detainees in Xinjiang and had "
     "not received a reply.", set()),
    ("The Chinese embassy in London did not respond to a request for comment on the Xinjiang report.",
     {("China", "declined")}),
]

RIGHTS_KEPT = [
    ("Laos told the council that the people of Xinjiang enjoy prosperity and stability.", {("Laos", "defends")}),
    ("Beijing insists the new regulations in Xinjiang protect the rights of all ethnic groups.", set()),
    ("Beijing said the new regulations in Xinjiang protected the rights of all ethnic groups.", {("China", "defends")}),
    ("Uyghurs in Xinjiang do not enjoy basic freedoms, Human Rights Watch said.", {("Human Rights Watch", "critical")}),
    ("Cuba accused Western states of manipulating human rights to attack China over Xinjiang.", {("Cuba", "defends")}),
]

_TOPICAL_OPENING = ("UN experts said the transfers of Uyghur workers from Xinjiang may amount to forced labour.\n"
                    "They said Uyghurs in Xinjiang were moved to factories in other provinces.\n"
                    "Ethnic Kazakh workers from Xinjiang had been moved as well, the experts said.\n"
                    "The session also heard a report on Sudan.\nDelegates then discussed the council's budget.\n")

OWNER_REPLIES = [
    (_TOPICAL_OPENING + "China's mission said the statement was a political show by countries with no right to "
                        "lecture others.", {("United Nations", "critical"), ("China", "defends")}),
    (_TOPICAL_OPENING + "Sudan's envoy said the report was a political show.", {("United Nations", "critical")}),
]

EXHORTATIONS = [
    ("It is high time the West admitted that Xinjiang has become a model of development and stability.",
     {("(author)", "defends")}, "opinion"),
    ("وقال وزير الخارجية الألماني إنه يجب أن تعترف الصين بأن المعسكرات في شينجيانغ سجون.", {("Germany", "critical")},
     "news"),
    ("Hungary's foreign minister said Western governments should admit that Xinjiang has become a model of "
     "development and stability.", {("Hungary", "defends")}, "news"),
]

HARM_AND_SCARE_QUOTES = [
    ("Former detainees told the tribunal they had been shackled and injected with unknown drugs in Xinjiang.",
     {("Former detainees", "critical")}),
    ("Xinjiang police said two suspects were arrested and they were questioned overnight.", set()),
    ("Rights groups say the 'vocational training' in Xinjiang is mass detention by another name.",
     {("Rights groups", "critical")}),
    ("China said its 'vocational training' centres in Xinjiang had curbed extremism.", {("China", "defends")}),
]

READINGS = (HARM_AND_SCARE_QUOTES + OWNER_REPLIES + RIGHTS_KEPT + NO_REPLY_RECEIVED + PRAISE_AND_POLITICISATION
            + GROUPS_AND_ROLES + TALK_AND_OTHER_CAUSES + CONCESSIONS + GROWING_REPRESSION + ADDRESSEES + JOINT
            + VOTES_AND_MEDIA + CONDITIONS_AND_RELATIVES)


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_round13_reading(text: str, expected: set[tuple[str, str]]) -> None:
    assert stance_facts(text) == expected


@pytest.mark.parametrize(("text", "expected", "genre"), EXHORTATIONS)
def test_round13_exhortation(text: str, expected: set[tuple[str, str]], genre: str) -> None:
    assert stance_facts(text, genre) == expected
