"""Issue 20: reported harm and benefit as frames of word classes, and what makes a cue assert nothing.

A speaker who tells of harm done to the policy's subjects (relatives taken, mosques demolished, passports
confiscated, births collapsing) is critical; one who tells of benefit (life improved, poverty fell, markets
busy) defends it. The frames are cues of ``data/stance/cues.tsv`` written with the word classes of
``data/stance/classes.tsv``; the tables below check both sides, the frames' limits (the policy owner's police
reporting an arrest, violence the harmed side is the agent of, growth of anything) and the non-assertions
(a refusal to comment on, a denial of, a rumour of, lies about, a negator inside a cue's gap). Every sentence
is a document of its own, read as the probes are.
"""

from __future__ import annotations

import pytest

from helpers.extract.stance.lexicon import expand_classes, load_cues, word_classes
from probe_support import stance_facts

_facts = stance_facts


HARM = [  # told harm: critical, in the speaker's name
    ("Dilnur Sabit, a Uyghur baker in Munich, said the police in Xinjiang had taken away her brother's passport "
     "and banned him from travelling.", {("Dilnur Sabit", "critical")}),
    ("Aysel Kerim, a teacher in Almaty, said her cousins in Xinjiang had vanished after 2017.",
     {("Aysel Kerim", "critical")}),
    ("The lawyer Omar Haddad said detainees in Xinjiang were beaten when they refused to sing.",
     {("Omar Haddad", "critical")}),
    ("وقال الطبيب سليم حداد إن السلطات في شينجيانغ تمنع الإيغور من الصلاة في المساجد.", {("سليم حداد", "critical")}),
    ("وذكرت الكاتبة هدى ناصر أن أسرا إيغورية كثيرة لا تعرف مصير أبنائها.", {("هدى ناصر", "critical")}),
    ("وروى لاجئون إيغور في إسطنبول أنهم أجبروا على العمل في مصانع شينجيانغ.", {("Uyghur diaspora", "critical")}),
    ("Researchers said birth rates in parts of Xinjiang had plummeted after 2016.", {("Academics", "critical")}),
]

HARM += [
    ("Memet Tohti, a shop owner in Istanbul, said his brother in Xinjiang was taken away in 2017 and has not been "
     "heard from since.", {("Memet Tohti", "critical")}),
]

BENEFIT = [  # told benefit: defends
    ("Farid Malik, a trader from Lahore, said life in Kashgar had improved beyond recognition.",
     {("Farid Malik", "defends")}),
    ("وقال رجل الأعمال الأردني زياد سالم إن أسواق أورومتشي تعج بالزبائن وإن الاستقرار عاد إلى شينجيانغ.",
     {("زياد سالم", "defends")}),
    ("Chen Lu, a professor in Beijing, said poverty in southern Xinjiang had been eradicated.",
     {("Chen Lu", "defends")}),
    ("وقال الأكاديمي سمير عودة إن معدلات البطالة في شينجيانغ تراجعت بشكل ملحوظ.", {("سمير عودة", "defends")}),
]

NOT_A_POSITION = [  # the frames' limits
    ("وقالت الشرطة في أورومتشي إنها اعتقلت رجلا سرق دراجة نارية.", set()),  # police reporting an arrest
    ("Police in Kashgar said they had arrested two men for smuggling cigarettes.", set()),
    ("A tour operator said tourism between Turkey and Xinjiang was growing fast.", set()),  # growth of anything
    ("Fatima Noor, a chef in Dubai, said her restaurant's profits had improved this year.", set()),  # off the topic
    ("The weather service said snow in Urumqi would melt by Friday.", set()),
]

NON_ASSERTIONS = [
    ("رفض متحدث باسم شركة النسيج التعليق على مصير العمال الإيغور المحتجزين في شينجيانغ.", set()),
    ("It is not true that Chile has condemned China over Xinjiang, the foreign ministry in Santiago said.", set()),
    ("نفى متحدث باسم الخارجية الماليزية أن تكون كوالالمبور قد أدانت الصين بسبب شينجيانغ.",
     set()),  # a denial of one's own condemnation takes no side, nor does the denied condemnation
    ("Rumours spread online that Norway was about to summon the Chinese ambassador over Xinjiang.", set()),
    ("تتداول حسابات على الإنترنت شائعات عن عزم النرويج استدعاء السفير الصيني بسبب شينجيانغ.", set()),
]

AUTHOR = [  # opinion pieces: the author's own voice
    ("Beijing has built roads, schools and hospitals across Xinjiang, and millions there have escaped poverty.",
     "opinion", {("(author)", "defends")}),
    ("The vocational centres in Xinjiang, whatever their flaws, brought calm where there was fear.", "opinion",
     {("(author)", "defends")}),
    ("وقد خرج ملايين من سكان شينجيانغ من دائرة الفقر خلال عقد واحد.", "opinion", {("(author)", "defends")}),
    ("India has lifted millions of its citizens out of poverty in a decade.", "opinion", set()),
    ("A Turkish company built a new hotel in Kashgar last year.", "news", set()),
    ("لكن الرواية الغربية عن شينجيانغ مبنية على شهادات منتقاة وتقارير ممولة.", "opinion", {("(author)", "defends")}),
    ("The Western narrative on Xinjiang rests on cherry-picked testimonies and reports funded by Washington.",
     "opinion", {("(author)", "defends")}),
    ("The camps in Xinjiang are not schools, whatever the officials call them.", "opinion", {("(author)", "critical")}),
    ("إن الأكاذيب التي تنشرها بعض الصحف حول العمل القسري في شينجيانغ لا أساس لها.", "opinion",
     {("(author)", "defends")}),
]

DESCRIBED = [  # what is described ("describe China's treatment as genocide") does not speak
    ("صوت البرلمان الكندي على وصف معاملة الصين للإيغور في شينجيانغ بأنها إبادة جماعية.", {("Canada", "critical")}),
    ("وصفت الخارجية الصينية التقرير الأممي عن شينجيانغ بأنه ملفق.", {("China", "defends")}),
]

SUMMONS = [  # the summoned envoy is the object, never a subject
    ("Denmark summoned the Chinese ambassador to protest the detention of Uyghurs in Xinjiang.",
     {("Denmark", "critical")}),
    ("استدعت الحكومة الدنماركية السفير الصيني احتجاجا على احتجاز الإيغور في شينجيانغ.", {("Denmark", "critical")}),
    ("أعلنت الحكومة الدنماركية أنها استدعت السفير الصيني بسبب شينجيانغ.", {("Denmark", "critical")}),
]


JUSTIFICATION_AND_PRESSURE = [  # both sides in other words; meetings, deals and questions hold nothing
    ('A Chinese foreign ministry spokesman said the Xinjiang-related issues are not about human '
     'rights but about fighting violent terrorism and separatism.',
     [('China', 'defends')]),
    ('وقال متحدث باسم الخارجية الصينية إن قضايا شينجيانغ لا تتعلق بحقوق الإنسان بل بمكافحة الإرهاب '
     'العنيف والنزعة الانفصالية.',
     [('China', 'defends')]),
    ("China's ambassador to London said the so-called forced labour in Xinjiang is the lie of the "
     'century.',
     [('China', 'defends')]),
    ('وقال السفير الصيني في القاهرة إن ما يسمى بالعمل القسري في شينجيانغ كذبة القرن.',
     [('China', 'defends')]),
    ('Xinhua said more than 3 million tourists visited Kashgar in the first half of the year, a sign '
     "of the region's lasting stability.",
     [('China', 'defends')]),
    ('ذكرت وكالة شينخوا أن أكثر من ثلاثة ملايين سائح زاروا كاشغر في النصف الأول من العام، في دليل على '
     'الاستقرار الدائم في المنطقة.',
     [('China', 'defends')]),
    ("Canada's parliament voted to call China's treatment of the Uyghurs a genocide.",
     [('Canada', 'critical')]),
    ('The Netherlands banned imports of tomatoes from Xinjiang over forced labour concerns.',
     [('Netherlands', 'critical')]),
    ('حظرت هولندا استيراد الطماطم من شينجيانغ بسبب مخاوف من العمل القسري.',
     [('Netherlands', 'critical')]),
    ('Japan called for an independent investigation into reports of abuses in Xinjiang.',
     [('Japan', 'critical')]),
    ('دعت اليابان إلى تحقيق مستقل في تقارير الانتهاكات في شينجيانغ.',
     [('Japan', 'critical')]),
    ('Uyghur activists in Washington said the sanctions were a good first step but far from enough.',
     [('Activists', 'critical')]),
    ("Kazakhstan's foreign ministry said it had raised the cases of ethnic Kazakhs detained in "
     'Xinjiang with Beijing.',
     [('Kazakhstan', 'critical')]),
    ('The Olympic committee said the Games would go ahead in Beijing as planned.',
     []),
    ('China and Pakistan signed a deal to build a new highway through Xinjiang.',
     []),
    ('وقعت الصين وباكستان اتفاقا لبناء طريق سريع جديد عبر شينجيانغ.',
     []),
    ("Turkey's president met his Chinese counterpart in Samarkand on Thursday.",
     []),
    ('التقى الرئيس التركي نظيره الصيني في سمرقند يوم الخميس.',
     []),
    ("Germany's chancellor will visit Beijing next month, her office said.",
     []),
    ('Was the decision to sanction Xinjiang officials a mistake, the senator asked.',
     []),
    ('هل تستطيع الدول الإسلامية أن تتجاهل ما يجري في شينجيانغ؟ سأل الكاتب.',
     []),
]


PRETEXT = [  # a justification told as a pretext is critical; one's own justification defends; others hold none
    ("Maya Ortiz, a researcher in Madrid, said Beijing has used the threat of terrorism to justify the mass "
     "detention of Uyghurs in Xinjiang.", {("Maya Ortiz", "critical")}),
    ("وقال الباحث سامر عيسى إن الخطاب الأمني في شينجيانغ يستخدم غطاء لتبرير احتجاز الإيغور.",
     {("سامر عيسى", "critical")}),
    ("Rights groups said counter-terrorism was a pretext for the crackdown in Xinjiang.",
     {("Rights groups", "critical")}),
    ("وقالت منظمات حقوقية إن مكافحة الإرهاب ذريعة لتبرير القمع في شينجيانغ.", {("Rights groups", "critical")}),
    ("China's foreign ministry justified the vocational centres in Xinjiang as a way to prevent terrorism.",
     {("China", "defends")}),
    ("وبررت الخارجية الصينية إقامة مراكز التدريب في شينجيانغ بمنع الإرهاب.", {("China", "defends")}),
    ("The coach used the heavy rain in Urumqi to justify the team's defeat.", set()),
    ("واستخدم المدرب الأمطار في أورومتشي غطاء لتبرير الهزيمة.", set()),
]


PARTICIPLE = [  # a participle opening a clause (مطالبة، داعيا، urging) has the main clause's subject;
    # the noun after it is its object, no holder
    ("وفرضت كندا عقوبات على أربعة مسؤولين صينيين، بينهم رئيس مكتب الأمن في شينجيانغ، "
     "مطالبة بكين بإغلاق المعسكرات.",
     {("Canada", "critical")}),
    ("وأدانت تركيا احتجاز الإيغور في شينجيانغ، داعية الصين إلى احترام حقوقهم.", {("Turkey", "critical")}),
    ("The US Treasury added two Xinjiang officials, including the region's former party chief, to its sanctions "
     "list, freezing any assets they hold in America.", {("United States", "critical")}),
    ("وانتقدت الصين العقوبات الأوروبية، معتبرة أن شؤون شينجيانغ شأن داخلي.", {("China", "defends")}),
]


DISCREDITED = [  # the critics' evidence discredited (cherry-picked, funded by the other side): the defending side
    ('Western talk of "genocide" in Xinjiang, the Russian spokeswoman said, was a propaganda campaign.',
     {("Russia", "defends")}),  # an aside does not cut the claim from its debunking predicate
    ("وقالت منظمة العفو الدولية إن ما يجري في شينجيانغ، على حد قولها، إبادة جماعية.",
     {("Amnesty International", "critical")}),
    ("ووصف الباحث الصيني تشو لين الاتهامات الغربية بشأن شينجيانغ بأنها أكاذيب.", {("تشو لين", "defends")}),
    ("The Chinese researcher Zhou Lin called the allegations about Xinjiang a pack of lies.",
     {("Zhou Lin", "defends")}),
    ("Zakharova said Western accusations over Xinjiang were an attempt to interfere in China's affairs.",
     {("Russia", "defends")}),  # others' accusations, opening what the speaker says of them
    ("Amnesty said its criticism of the camps in Xinjiang had been ignored.", {("Amnesty International", "critical")}),
    ("Pakistan's foreign minister said his country supported China's efforts to combat terrorism in Xinjiang and "
     "rejected any interference in China's internal affairs.", {("Pakistan", "defends")}),
    ("Amnesty said the accusations against the Uyghur scholar in Xinjiang were fabricated.",
     {("Amnesty International", "critical")}),
    ("وقال السفير الصيني إن التقارير عن شينجيانغ ممولة من جهات معادية للصين.", {("China", "defends")}),
    ("Chinese diplomats said the reports on Xinjiang were funded by anti-China groups.", {("China", "defends")}),
    ("A Chinese foreign ministry spokesman said the testimonies about Xinjiang were cherry-picked.",
     {("China", "defends")}),
    ("وقال المتحدث باسم الخارجية الصينية إن الصين خاضت حربها على الإرهاب في شينجيانغ بأدوات التنمية.",
     {("China", "defends")}),
    ("The new museum in Urumqi was funded by a regional bank, its director said.", set()),
    ("وقال الباحث سالم ناجي إن دراسته عن القطن في شينجيانغ ممولة من جامعته.", set()),
    ("Analysts said the war on terror in Afghanistan had cost trillions.", set()),
]


VOTES = [  # a vote against a motion on the policy defends it, a vote for it is critical, an abstention is neither
    ("Pakistan and Egypt voted against a motion at the UN Human Rights Council to hold a debate on Xinjiang.",
     {("Pakistan", "defends"), ("Egypt", "defends")}),
    ("صوتت قطر ضد مقترح لمناقشة أوضاع حقوق الإنسان في شينجيانغ في مجلس حقوق الإنسان.", {("Qatar", "defends")}),
    ("Britain and Canada voted for the motion to debate the UN report on Xinjiang.",
     {("United Kingdom", "critical"), ("Canada", "critical")}),
    ("وصوتت ألمانيا لصالح مشروع القرار بشأن شينجيانغ.", {("Germany", "critical")}),
    ("India abstained in the vote on a debate about Xinjiang at the Human Rights Council.", set()),
    ("امتنعت الهند عن التصويت على مقترح مناقشة أوضاع شينجيانغ.", set()),
    ("Brazil voted against the resolution on the fishing quotas of the South Atlantic.", set()),
]


ACTS = [  # positions told as acts: counter-measures of the owner defend, severing ties over the region is critical
    ("Beijing imposed counter-sanctions on two US religious freedom commissioners after Washington's moves over "
     "Xinjiang.", {("China", "defends")}),
    ("China announced reciprocal measures against four European lawmakers who had criticised its policy in Xinjiang.",
     {("China", "defends")}),
    ("Swedish retailer Lindqvist ended its partnership with a Xinjiang supplier.", {("Lindqvist", "critical")}),
    ("وقالت شركة الأزياء الإسبانية موندا إنها قطعت علاقتها بمورد للغزل في شينجيانغ.", {("موندا", "critical")}),
    ("The retailer Lindqvist ended its partnership with a supplier in Portugal.", set()),
    ("وأعلنت شركة الطيران إنهاء تعاقدها مع مطار أورومتشي بسبب ارتفاع الرسوم.", set()),
]


RAISED = [  # raising the detainees' cases, expecting China to respect their rights: critical;
    # a claim of respect defends
    ("Kazakhstan's foreign minister said he had raised the cases of ethnic Kazakhs held in Xinjiang camps with "
     "Beijing.",
     {("Kazakhstan", "critical")}),
    ("وقالت الخارجية التركية إنها أثارت قضية المحتجزين الإيغور في شينجيانغ مع المسؤولين الصينيين.",
     {("Turkey", "critical")}),
    ('"We expect China to respect the religious rights of our Uyghur brothers," the Turkish minister said.',
     {("Turkey", "critical")}),
    ("A Chinese foreign ministry spokesman said China fully respects the religious rights of Uyghurs in Xinjiang.",
     {("China", "defends")}),
    ("The Kazakh minister said he had raised the issue of gas prices with Beijing during his visit to Urumqi.", set()),
]


OWN_ACT = [  # a third state denying its own act takes no side; the owner denying its own acts defends
    ("Malaysia's home ministry denied that it had deported any Uyghurs to China.", set()),
    ("نفت وزارة الداخلية التركية أنها رحلت لاجئين إيغور إلى الصين.", set()),
    ("Kazakhstan denied on Monday that it had returned Uyghur refugees to China.", set()),
    ("China denied that it had detained Uyghurs arbitrarily in Xinjiang.", {("China", "defends")}),
    ("نفت الصين أنها تحتجز الإيغور تعسفيا في شينجيانغ.", {("China", "defends")}),
]


@pytest.mark.parametrize("text, expected", JUSTIFICATION_AND_PRESSURE)
def test_justification_and_pressure(text, expected):
    assert _facts(text) == set(expected), text


@pytest.mark.parametrize("text, expected", HARM + BENEFIT + NOT_A_POSITION + NON_ASSERTIONS + SUMMONS + DESCRIBED
                         + PRETEXT + PARTICIPLE + DISCREDITED + VOTES + ACTS + RAISED + OWN_ACT)
def test_frames_and_non_assertions(text, expected):
    assert _facts(text) == expected, text


@pytest.mark.parametrize("text, genre, expected", AUTHOR)
def test_author_voice(text, genre, expected):
    assert _facts(text, genre) == expected, text


@pytest.mark.parametrize("lang, name", sorted(word_classes()))
def test_every_class_is_used_by_a_cue_of_its_language(lang, name):
    cues = load_cues()
    names = {f"@{name}", f"=@{name}"}
    used = cues[(cues["lang"] == lang) & cues["cue"].str.split().apply(lambda words: bool(names & set(words)))]
    assert not used.empty, f"stance/classes.tsv: class {name} ({lang}) is used by no cue"


def test_unknown_class_is_an_error():
    with pytest.raises(ValueError, match="unknown word class"):
        expand_classes("@no_such_class _ word", lang="en")


LONG_NEWS = (
    'ANKARA, March 3 (Probe Wire) - Hundreds of Uyghurs rallied in Istanbul on Sunday to demand news of '
    'relatives held in Xinjiang.\n\n'
    'Among them was Memet Tohti, a 41-year-old shop owner. His brother, he said, was taken from his home '
    'in Kashgar in 2017 and has not been seen since. "We only want to know if he is alive," Tohti said.\n\n'
    'Turkey\'s foreign ministry has in the past called the treatment of Uyghurs "a great shame for '
    'humanity", but Ankara has been quieter since signing a series of trade deals with Beijing.\n\n'
    'A spokesman for the Chinese consulate in Istanbul said the rally was organised by separatists and '
    'that the people of Xinjiang enjoy stability and prosperity. He declined to answer questions about '
    'individual cases.'
)


def test_a_long_news_story_holds_no_false_row():
    """A four-paragraph wire story: the rows it gives are right (the exile's own quote and the rally are
    left for later rounds: the story names the speaker by a surname a known person shares)."""
    found = _facts(LONG_NEWS)
    assert {("Turkey", "critical"), ("China", "defends"), ("China", "declined")} <= found
    assert found <= {("Turkey", "critical"), ("China", "defends"), ("China", "declined"), ("Memet Tohti", "critical"),
                     ("Uyghur diaspora", "critical")}, found


def test_a_common_uyghur_surname_is_not_a_known_person():
    """"Tohti said", in a story that names Memet Tohti in full, is Memet Tohti, not Ilham Tohti: the known
    person's bare surname counts only where he is named in full (gazetteer flag coref)."""
    from helpers.engine.pipeline import analyze_rows
    from helpers.evaluate.probes import probe_document

    rows = analyze_rows(probe_document({"id": "t", "text": LONG_NEWS, "lang": "en", "note": ""}),
                        tables=("quotes",), scope="all")["quotes"]
    assert "Ilham Tohti" not in {q["actor"] for q in rows}
    assert "Memet Tohti" in {q["actor"] for q in rows}
