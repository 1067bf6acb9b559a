"""Issue 20, round 9: testimony of conditions in the region, both sides, claims held at a distance, and the
other stance readings of the round (accusations aimed at the critics, the author of a rejected report, goods
seized in the passive).

A witness, a lawyer or a rights group rarely says "we condemn": they say what the camps hold, that they still run,
who was made to do what, that nobody there is free or that people live in fear (critical). The defending side
says workers are treated well, wages and conditions are good, people pray freely, the policy respects the rights
of minorities, farmers earn more (defends); negated, the same words are the other side's testimony. The frames are
rows of ``data/stance/cues.tsv`` written with the classes of ``data/stance/classes.tsv`` (camp, holds, runs,
coercer, coerce). Two readings go with them:

- a defending claim about conditions told with "claims" / «تزعم» by a speaker who does not own the policy is that
  speaker's doubt (critical; grammar kind ``claim_verb``, :func:`helpers.extract.stance.distance.claimed`);
- others' sanctions opening a quote that a defending cue rebuts ("the sanctions … are an attempt to contain China")
  are not the speaker's pressure (:func:`helpers.extract.stance.distance.others_accusation`);
- a content cue in the "that" clause of a rejected accusation ("rejected accusations that its cameras track
  Uyghurs") is rejected, not asserted by the rejecter.

Every sentence is a document of its own, read as the probes are; each table has both sides and negatives.
"""

from __future__ import annotations

import pytest

from probe_support import stance_facts

TESTIMONY = [  # critical: what a witness or a rights group states about the region
    ("Nurbek Sadyk, who was released in 2019, said guards forced detainees in Xinjiang to denounce their faith.",
     {("Nurbek Sadyk", "critical")}),
    ("The lawyer Aigerim Bek said police officers made her clients in Xinjiang sign confessions they could not "
     "read.", {("Aigerim Bek", "critical")}),
    ("Human Rights Watch said the facilities in Xinjiang held tens of thousands of Uyghurs last year.",
     {("Human Rights Watch", "critical")}),
    ("قالت منظمة العفو الدولية إن السجون في شينجيانغ تحتجز آلاف الإيغور دون محاكمة.",
     {("Amnesty International", "critical")}),
    ("Amnesty International said several camps in Xinjiang were still functioning in 2023.",
     {("Amnesty International", "critical")}),
    ("وقالت الباحثة سلمى رشيد إن عددا من المعسكرات في شينجيانغ لا تزال قائمة.", {("سلمى رشيد", "critical")}),
    ("\"Nobody dares to pray freely in Kashgar any more,\" said Ablimit Turdi, a Uyghur cook in Almaty.",
     {("Ablimit Turdi", "critical")}),
    ("وقال عبد الرحيم قاسم إن لا أحد في شينجيانغ يجرؤ على الصلاة بحرية.", {("عبد الرحيم قاسم", "critical")}),
    ("The researcher Tom Keller said Uyghur families in Xinjiang now live in permanent fear of a knock on the door.",
     {("Tom Keller", "critical")}),
    ("Kamila Yusuf, who left Xinjiang in 2016, said the workers there were not treated fairly.",
     {("Kamila Yusuf", "critical")}),
    ("وقالت مريم قاسم إن العمال الإيغور في مصانع شينجيانغ يتعرضون لمعاملة قاسية.",
     {("مريم قاسم", "critical")}),
]

CONDITIONS = [  # defends: the defending side's account of the same conditions
    ("The Pakistani businessman Imran Qazi said factories he saw in Xinjiang treat their staff decently.",
     {("Imran Qazi", "defends")}),
    ("وقال رجل الأعمال الأردني سامر حداد إن مصانع شينجيانغ تعامل العمال الإيغور معاملة كريمة.",
     {("سامر حداد", "defends")}),
    ("China's embassy in Rome said Uyghur workers in Xinjiang enjoy safe working conditions and decent wages.",
     {("China", "defends")}),
    ("وقالت السفارة الصينية في الرباط إن العمال في شينجيانغ يحصلون على أجور مجزية.", {("China", "defends")}),
    ("The regional government said Muslims in Xinjiang are free to worship at any mosque.", {("China", "defends")}),
    ("وقال المسؤول الصيني إن المسلمين في شينجيانغ يمارسون شعائرهم بحرية.", {("China", "defends")}),
    ("A Chinese foreign ministry spokeswoman said Beijing respects the rights of all ethnic groups in Xinjiang.",
     {("China", "defends")}),
    ("وقالت الخارجية الصينية إن الحكومة تحترم حقوق القوميات في شينجيانغ.", {("China", "defends")}),
]

CLAIMED = [  # a defending claim told as a claim by somebody who does not own the policy: critical
    ("Amnesty International said China claims workers in Xinjiang enjoy decent wages, but the evidence says "
     "otherwise.", {("Amnesty International", "critical")}),
    ("وقالت منظمة هيومن رايتس ووتش إن الصين تدعي أن المسلمين في شينجيانغ يمارسون شعائرهم بحرية.",
     {("Human Rights Watch", "critical")}),
    ("China's foreign ministry said workers in Xinjiang enjoy decent wages.", {("China", "defends")}),
    # "claims" as a noun that a debunker calls false stays the speaker's defence
    ("Marat Ospanov, a political scientist in Astana, said Western claims about Xinjiang were fabricated.",
     {("Marat Ospanov", "defends")}),
]

REJECTED_ACCUSATION = [  # a content cue in the "that" clause of a rejected accusation is not asserted
    ("The Chinese firm Zhongan rejected accusations by activists that its software helps police detain Uyghurs in "
     "Xinjiang.", {("Zhongan", "defends"), ("Activists", "critical")}),
    ("Rights groups rejected China's claim that the camps in Xinjiang are vocational schools.",
     {("Rights groups", "critical")}),
    # the author of a rejected document accuses: it is no holder of the rejection
    ("China dismissed a report by the Australian Strategic Policy Institute on forced labour in Xinjiang.",
     {("China", "defends"), ("Australian Strategic Policy Institute", "critical")}),
    ("Beijing rejected a study by Adrian Zenz on birth rates in Xinjiang.",
     {("China", "defends"), ("Adrian Zenz", "critical")}),
    ("رفضت الصين تقريرا جديدا عن شينجيانغ.", {("China", "defends")}),
]

POLITICAL_CHARGES_AND_EXTREMISM = [  # a judicial act against a person called political: critical; accusations
    # against China called political, rescue from extremism, measures against terrorism: defends
    ("Amnesty International said the conviction of the Uyghur doctor Gulshan Abbas in Xinjiang was politically "
     "motivated.", {("Amnesty International", "critical")}),
    ("وقالت منظمة العفو الدولية إن محاكمة الطبيبة الإيغورية في شينجيانغ جرت بدوافع سياسية.",
     {("Amnesty International", "critical")}),
    ("China's embassy in Berlin said the accusations over Xinjiang were politically motivated.",
     {("China", "defends")}),
    ("A Chinese official said the centres in Xinjiang had saved young people from extremism.", {("China", "defends")}),
    ("وقال مسؤول صيني إن مراكز التدريب في شينجيانغ أنقذت الشباب من التطرف.", {("China", "defends")}),
    ("The Tunisian opposition said the trial of the former minister was politically motivated.", set()),
    ("وقالت وزارة الداخلية إن الحملة ضد الإرهاب في جبال الشعانبي مستمرة.", set()),
]

OTHERS_SANCTIONS = [  # others' sanctions at the head of a quote that rebuts them are not the speaker's pressure
    ("A spokeswoman for Russia's foreign ministry said the sanctions over Xinjiang were an attempt to contain "
     "China's rise.",
     {("Russia", "defends")}),
    ("وقال الباحث الباكستاني عمران شاه إن العقوبات الغربية بسبب شينجيانغ محاولة لاحتواء صعود الصين.",
     {("عمران شاه", "defends")}),
    ("Canada's foreign minister said the sanctions over Xinjiang sent a clear message to Beijing.",
     {("Canada", "critical")}),
]

ACCUSING_THE_CRITICS = [  # an accusation aimed at the critics defends; the object after a VSO subject is the target
    ("واتهمت إيران الدول الغربية بازدواجية المعايير في قضية شينجيانغ.", {("Iran", "defends")}),
    ("Iran accused Western governments of double standards over Xinjiang.", {("Iran", "defends")}),
    ("واتهمت هيومن رايتس ووتش الصين بارتكاب جرائم ضد الإنسانية في شينجيانغ.", {("Human Rights Watch", "critical")}),
]

PASSIVE_SEIZURES = [  # goods stopped at a border, in the passive: the agent holds the act
    ("Shipments of tomatoes from Xinjiang were detained by Canadian border officials on suspicion of forced labour.",
     {("Canada", "critical")}),
    ("A consignment of cotton gloves from Xinjiang was seized by US customs under an order on forced labour.",
     {("United States", "critical")}),
    ("A shipment of solar panels from Xinjiang was delayed by bad weather at the port of Rotterdam.", set()),
]

LONG_SANCTION_LISTS = [  # "placed A, B and C under sanctions": the act spans its whole list of objects
    ("The United States placed Chen Quanguo, the party chief of Xinjiang, and three other officials under sanctions.",
     {("United States", "critical")}),
    ("China placed two British lawmakers, a think tank in London and a lawyers' association under sanctions over "
     "what it called lies about Xinjiang.", {("China", "defends")}),
]

DEMANDS = [  # a demand with its object right after the verb: critical; the same demand about something else: none
    ("Activists gathered outside the Chinese embassy in Paris, demanding the closure of the camps in Xinjiang.",
     {("Activists", "critical")}),
    ("The European Parliament demanded the release of the Uyghur detainees in Xinjiang.",
     {("European Union", "critical")}),
    ("The striking workers demanded the closure of the factory in Urumqi.", set()),
]

NOT_ABOUT_THE_REGION = [  # the same words about other places or things hold nothing
    ("The company said its plants in Bangladesh treat their workers well.", set()),
    ("وقالت منظمات حقوقية إن السجون في مصر تحتجز آلاف المعارضين.", set()),
    ("The new arena in Urumqi can hold 20,000 fans, the city said.", set()),
    ("Nobody knows when the snow in Urumqi will melt, the weather service said.", set()),
    ("Museums in Kashgar are still open on Mondays, the tourist office said.", set()),
    ("وقال النادي إن ملعب أورومتشي لا يزال مفتوحا أمام الجماهير.", set()),
]


@pytest.mark.parametrize("text, expected", TESTIMONY + CONDITIONS + CLAIMED + REJECTED_ACCUSATION
                         + POLITICAL_CHARGES_AND_EXTREMISM + OTHERS_SANCTIONS + ACCUSING_THE_CRITICS
                         + PASSIVE_SEIZURES + LONG_SANCTION_LISTS + DEMANDS
                         + NOT_ABOUT_THE_REGION)
def test_testimony_and_conditions(text, expected):
    assert stance_facts(text) == expected, text
