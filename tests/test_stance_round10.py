"""Issue 20, round 10: readings found in a fresh writer's development file (writer D) and in my own round-10 probes.

- **Endorsed acts** (grammar kind ``endorser``, :func:`helpers.extract.stance.attribution._endorsers`): "X welcomed
  Y's vote to impose sanctions", «رحبت الصين ببيان باكستان الذي أيد موقف الصين»: X endorses the act Y holds and holds
  its position too; welcoming a delegation, a troupe or a mayor holds nothing.
- **Joint parties** (grammar kind ``joint``, :func:`helpers.extract.stance.links._link`): "Britain, together with
  Canada, imposed …", «وفرضت الولايات المتحدة، إلى جانب بريطانيا، عقوبات»: both hold the act.
- **Nobody in particular** (grammar kind ``no_one``): «لم تصدر أي حكومة عربية تعليقا», "no Gulf state has commented":
  no holder, and the cue does not fall back to an actor of an earlier clause.
- **The accused acts for itself in a clause of its own** (:func:`helpers.extract.stance.objects.accused`): "The
  European Union sanctioned four officials in Xinjiang; Beijing retaliated with reciprocal sanctions".
- **Replies and reports that speak**: «ترد بكين بأن», "responded that", "countered that" and a report that "detailed" /
  «كشف عن» / «تحدث عن» what it found are speech verbs (grammar kind ``governor``).
- **Near the topic**: a sentence up to three sentences after a topical one bears on the target when it names a word
  of the policy (grammar kind ``subject_policy``: «احتجاز», the detentions), as it does when it names the target;
  a privative negator («من دون محاكمة», without) negates only the noun right after it.
- **Producers**: a report's relative clause after a comma ("the State Department's annual report, which described
  …", «تقرير منظمة العفو الدولية، الذي وصف …») is the producer's (:func:`helpers.extract.stance.links._document`).
- **The author's verdicts**: "can no longer be denied", "nothing but prisons" (``not_negation``: ليست إلا), a
  witness's report ("I saw", رأيت بعيني: ``author_first_person``) — a weak report of conditions in the author's
  voice needs one, the policy's owner or a policy noun; Western media's picture dismissed.
- **Relative clauses**: an actor inside a relative clause that a copula closes ("the camps, which Beijing calls
  schools, are prisons") holds neither the copula's predicate nor, through its verb, the cues after it (grammar
  kind ``copula``).
- **Officials**: foreign ministers and envoys of the states that speak on the topic (2017-2025) are gazetteer
  persons (``data/gazetteer/entities.tsv``, their surnames only after the full name).
- Lexicon rows of ``data/stance/cues.tsv`` (round 10 blocks): counter-measures in kind, a critics' event called a
  farce, tours called staged, freedom of movement claimed or denied, policies designed to break or to raise incomes,
  surveillance without parallel, abuses not ruled out, dismissals as false or made up, erased memory, "no country
  would tolerate terrorism", praise of development projects, "more like schools than prisons"; each table holds
  the same words where they say nothing about the policy.

Every sentence is written for this file and read as a probe document of its own.
"""

from __future__ import annotations

import pytest

from probe_support import stance_facts

ENDORSED = [
    ("The World Uyghur Congress welcomed the vote by the Dutch parliament to impose sanctions on officials in "
     "Xinjiang.",
     {("World Uyghur Congress", "critical"), ("Netherlands", "critical")}),
    ("رحبت منظمة هيومن رايتس ووتش بقرار الاتحاد الأوروبي فرض عقوبات على مسؤولين في شينجيانغ.",
     {("Human Rights Watch", "critical"), ("European Union", "critical")}),
    ("The Chinese embassy hailed Pakistan's statement supporting China's position on Xinjiang.",
     {("China", "defends"), ("Pakistan", "defends")}),
    ("رحبت الصين ببيان باكستان الذي أيد موقف الصين في شينجيانغ.", {("China", "defends"), ("Pakistan", "defends")}),
    ("The governor welcomed a delegation from Urumqi to discuss flights.", set()),
    ("رحبت وزارة الثقافة بفرقة الرقص القادمة من كاشغر.", set()),
    ("The mayor of Ankara welcomed the mayor of Urumqi to a festival of Turkic music.", set()),
]

JOINT = [
    ("Pakistan read a joint statement on behalf of 65 countries praising China's counter-terrorism measures in "
     "Xinjiang.", {("Pakistan", "defends"), ("Foreign governments", "defends")}),
    ("Britain, on behalf of more than 40 countries, called on China to allow access to Xinjiang.",
     {("United Kingdom", "critical"), ("Foreign governments", "critical")}),
    ("Pakistan read a statement on Kashmir in Geneva, and 40 countries later criticised China over Xinjiang.",
     {("Foreign governments", "critical")}),
    ("وقرأت باكستان بيانا مشتركا أكدت فيه أن قضايا شينجيانغ شؤون داخلية للصين.", {("Pakistan", "defends")}),
    ("Britain, together with Canada, imposed sanctions on officials in Xinjiang.",
     {("United Kingdom", "critical"), ("Canada", "critical")}),
    ("وفرضت الولايات المتحدة، إلى جانب بريطانيا، عقوبات على شركات في شينجيانغ.",
     {("United States", "critical"), ("United Kingdom", "critical")}),
    ("Britain imposed sanctions on officials in Xinjiang, and Canada held talks with India.",
     {("United Kingdom", "critical")}),
]

NOBODY = [
    ("بعد صدور التقرير الأممي عن شينجيانغ، لم تصدر أي حكومة عربية تعليقا.", set()),
    ("After the UN report on Xinjiang, no Gulf state has commented.", set()),
    ("ولم تنتقد أي دولة إسلامية الصين بسبب شينجيانغ.", set()),
    ("Egypt did not comment on the UN report about Xinjiang.", {("Egypt", "declined")}),
]

IN_KIND = [
    ("فرضت كندا عقوبات على مسؤولين في شينجيانغ، فيما ردت الصين بعقوبات مماثلة على نواب كنديين.",
     {("Canada", "critical"), ("China", "defends")}),
    ("The European Union sanctioned four officials in Xinjiang; Beijing retaliated with reciprocal sanctions on "
     "lawmakers.",
     {("European Union", "critical"), ("China", "defends")}),
]

FARCE_AND_STAGED = [
    ("A Chinese foreign ministry spokesman said the hearing on Xinjiang was a farce.", {("China", "defends")}),
    ("ووصفت الخارجية الصينية تصويت البرلمان بشأن شينجيانغ بأنه مهزلة.", {("China", "defends")}),
    ("Rights groups said the tours of Xinjiang for diplomats were carefully staged.", {("Rights groups", "critical")}),
    ("The critic said the new film about a Kashgar bakery was a farce.", set()),
]

MOVEMENT = [
    ("China's foreign ministry said journalists are free to travel across Xinjiang.", {("China", "defends")}),
    ("Former detainees said Uyghurs in Xinjiang are not free to move between towns.",
     {("Former detainees", "critical")}),
    ("وقالت الحكومة المحلية إن السياح أحرار في التنقل في أنحاء شينجيانغ.", {("China", "defends")}),
    ("Fans were free to leave the stadium in Urumqi after the match, police said.", set()),
]

DESIGNED = [
    ("Rights groups said the camps in Xinjiang were designed to break the Uyghurs.", {("Rights groups", "critical")}),
    ("A Chinese official said the programmes in Xinjiang were meant to raise incomes.", {("China", "defends")}),
    ("The engineer said the new bridge in Urumqi was designed to carry heavy trucks.", set()),
]

WITHOUT_PARALLEL = [
    ("Human Rights Watch said the surveillance in Xinjiang had no parallel in the world.",
     {("Human Rights Watch", "critical")}),
    ("وقالت منظمة العفو الدولية إن المراقبة في شينجيانغ غير مسبوقة.", {("Amnesty International", "critical")}),
    ("The coach said the support of the fans in Urumqi had no parallel.", set()),
]

NOT_RULED_OUT = [
    ("Human Rights Watch said the carmaker could not rule out forced labour at its plant in Xinjiang.",
     {("Human Rights Watch", "critical")}),
    ("The weather office said it could not rule out snow in Urumqi.", set()),
]

DISMISSED = [
    ("China's embassy said the allegations of torture in Xinjiang were false.", {("China", "defends")}),
    ("وقال المتحدث باسم الخارجية الصينية إن الروايات عن شينجيانغ مختلقة.", {("China", "defends")}),
    ("Uyghur activists said the stories told by the officials in Xinjiang were false.", set()),
]

ERASED_MEMORY = [
    ("وقال الباحث عمر حداد إن ما يجري في شينجيانغ محو متعمد لذاكرة الإيغور.", {("عمر حداد", "critical")}),
    ("وقال مدير المتحف إن الترميم في كاشغر حافظ على ذاكرة المدينة.", set()),
]

TOLERATE = [
    ("The Chinese ambassador said no country would tolerate terrorism in a region like Xinjiang.",
     {("China", "defends")}),
    ("Rights groups said the detainees in Xinjiang were not free to go home.", {("Rights groups", "critical")}),
]

PRAISED_PROJECTS = [
    ("أشاد سفير الأردن بالمشاريع التنموية في شينجيانغ.", {("Jordan", "defends")}),
    ("أشاد الوزير بالنمو السريع للتجارة مع شينجيانغ.", set()),
]


REPLIES = [
    ("تتهم منظمات حقوقية الصين بانتهاكات في شينجيانغ. وترد بكين بأن هذه الاتهامات أكاذيب.",
     {("Rights groups", "critical"), ("China", "defends")}),
    ("Beijing responded that the reports about Xinjiang were lies spread by its enemies.", {("China", "defends")}),
    ("The activist Rahima Tursun countered that the centres in Xinjiang were prisons.",
     {("Rahima Tursun", "critical")}),
    ("The minister replied to a question about wheat prices in Kashgar.", set()),
]

REPORTS_SPEAK = [
    ("أصدرت منظمة العفو الدولية تقريرا عن شينجيانغ كشف عن انتهاكات واسعة بحق الإيغور.",
     {("Amnesty International", "critical")}),
    ("Human Rights Watch published a study that detailed torture in detention centres in Xinjiang.",
     {("Human Rights Watch", "critical")}),
    ("أصدرت غرفة التجارة تقريرا عن شينجيانغ كشف عن ارتفاع صادرات الطماطم.", set()),
]

COMPARED = [
    ("A visiting imam said the centres in Xinjiang were more like schools than prisons.", set()),
    ("Mahmut Kerim, a former detainee, said the centres in Xinjiang were more like prisons than schools.",
     {("Mahmut Kerim", "critical")}),
    ("وقال السفير الصيني إن المراكز في شينجيانغ أشبه بالمدارس منها بالسجون.", {("China", "defends")}),
    ("وقالت الناشطة زمرد داوود إن المراكز في شينجيانغ أشبه بالسجون منها بالمدارس.", {("زمرد داوود", "critical")}),
    ("The coach said the new academy in Urumqi was more like a university than a sports club.", set()),
]

OFFICIALS = [  # foreign ministers named in the gazetteer speak for their states; a namesake does not
    ("Foreign Secretary Dominic Raab said the abuses in Xinjiang were appalling.", {("United Kingdom", "critical")}),
    ("وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن الانتهاكات في شينجيانغ مقلقة.", {("Germany", "critical")}),
    ("Gabrielius Landsbergis urged the European Union to ban goods made with forced labour in Xinjiang.",
     {("Lithuania", "critical")}),
    ("Péter Szijjártó said Xinjiang was China's internal affair.", {("Hungary", "defends")}),
    ("The farmer Tom Raab said cotton from Xinjiang was cheap this year.", set()),
]

PARTICIPLES = [  # a participle after a comma is the main clause subject's, whoever the quote stage heard
    ("The US Treasury added three officials from Xinjiang to its sanctions list, freezing any assets they hold in "
     "the United States.", {("United States", "critical")}),
    ("The club signed three players from Kashgar, freezing ticket prices for the season.", set()),
    ("أيدت مصر موقف الصين، مشيدة بجهودها في مكافحة الإرهاب في شينجيانغ.", {("Egypt", "defends")}),
    ("Canada summoned China's ambassador over Xinjiang, voicing concern about the detentions.",
     {("Canada", "critical")}),
]

LIKENED = [  # the policy likened to an atrocity; the likeness denied; a likeness that is praise
    ("Rights groups said the camps in Xinjiang were reminiscent of the gulags.", {("Rights groups", "critical")}),
    ("وقالت منظمة العفو الدولية إن ما يجري في شينجيانغ يضاهي جرائم الفصل العنصري.",
     {("Amnesty International", "critical")}),
    ("China's ambassador said comparing Xinjiang to apartheid was a lie.", {("China", "defends")}),
    ("A critic said the new Kashgar film was comparable to the best documentaries of the decade.", set()),
]

CALLED_A_FARCE = [  # "called it a farce": the owner dismisses the critics' act, a critic judges the target's
    ("صدر تقرير أممي عن شينجيانغ أمس. ووصفته الخارجية الصينية بأنه مهزلة.", {("China", "defends")}),
    ("Amnesty International followed the trial of a Uyghur scholar in Urumqi and called it a farce.",
     {("Amnesty International", "critical")}),
    ("The Chinese embassy dismissed it as a farce, a day after the tribunal on Xinjiang opened in London.",
     {("China", "defends")}),
    ("The coach watched the derby in Urumqi and called it a farce.", set()),
]

PRODUCERS = [  # a report's relative clause after a comma speaks for whoever produced the report
    ("The protest followed the release of Amnesty International's annual report, which described the camps in "
     "Xinjiang as a crime against humanity.", {("Amnesty International", "critical")}),
    ("وجاء ذلك بعد صدور تقرير منظمة العفو الدولية، الذي وصف المعسكرات في شينجيانغ بأنها جريمة ضد الإنسانية.",
     {("Amnesty International", "critical")}),
    ("The minister praised the club's annual report, which described record ticket sales in Urumqi.", set()),
]

AUTHOR_VERDICTS = [  # the author's own verdicts in a column; a witness's report; travel notes hold nothing
    ("The truth about Xinjiang can no longer be denied by anyone who reads the leaked files.",
     {("(author)", "critical")}),
    ("The detention centres in Xinjiang are nothing but prisons with classrooms painted on the walls.",
     {("(author)", "critical")}),
    ("زرت كاشغر في الربيع، ورأيت بعيني أسواقا تعج بالناس ومساجد مفتوحة في شينجيانغ.", {("(author)", "defends")}),
    ("The writer spent two days in Kashgar, where the markets were crowded before the holiday.", set()),
    ("ما ترسمه الصحف الغربية عن شينجيانغ صورة بعيدة عن الواقع.", {("(author)", "defends")}),
]

RELATIVE_IN_AN_ESSAY = [  # a relative clause's subject does not hold what the main clause's copula says
    ("The camps in Xinjiang, which Beijing calls schools, are prisons.", {("(author)", "critical")}),
    ("المعسكرات في شينجيانغ التي تسميها بكين مدارس ليست إلا سجونا.", {("(author)", "critical")}),
]

RELATIVE_IN_NEWS = [
    ("Amnesty International, which Beijing accuses of bias, said the camps in Xinjiang are prisons.",
     {("Amnesty International", "critical"), ("China", "defends")}),
    ("The centres that China built in Xinjiang are vocational schools, the Pakistani ambassador said.",
     {("Pakistan", "defends")}),
]

NEAR_THE_TOPIC = [  # a policy word next to the topic ties a sentence to it, unless another actor follows the word
    ("Rights groups say more than a million Uyghurs have been held in camps in Xinjiang. Britain condemned the "
     "detentions of journalists in Belarus.", {("Rights groups", "critical")}),
    ("وتقول منظمات حقوقية إن أكثر من مليون من الإيغور احتجزوا في معسكرات في شينجيانغ. ودانت بريطانيا احتجاز صحفيين "
     "في بيلاروسيا.", {("Rights groups", "critical")}),
    ("Rights groups say more than a million Uyghurs have been held in camps in Xinjiang. Britain condemned the "
     "detentions.", {("Rights groups", "critical"), ("United Kingdom", "critical")}),
]

THIRD_STATES = [  # votes, concern, sovereignty, refusal to deport, declining to say; a visit and a deportation told
    ("Indonesia voted against a motion to hold a debate on Xinjiang at the Human Rights Council.",
     {("Indonesia", "defends")}),
    ("صوتت قطر ضد مشروع قرار لمناقشة أوضاع حقوق الإنسان في شينجيانغ.", {("Qatar", "defends")}),
    ("Somalia abstained in the vote on Xinjiang at the Human Rights Council.", set()),
    ("Germany voted in favour of the motion to debate the situation in Xinjiang.", {("Germany", "critical")}),
    ("The Japanese government expressed serious concern over the human rights situation in Xinjiang.",
     {("Japan", "critical")}),
    ("أعربت الحكومة اليابانية عن قلقها البالغ إزاء أوضاع حقوق الإنسان في شينجيانغ.", {("Japan", "critical")}),
    ("Kazakhstan's foreign ministry said it respected China's sovereignty over Xinjiang.", {("Kazakhstan", "defends")}),
    ("قالت الخارجية الكازاخستانية إنها تحترم سيادة الصين على شينجيانغ.", {("Kazakhstan", "defends")}),
    ("Nike said it does not source products from Xinjiang and is concerned by reports of forced labour there.",
     {("Nike", "critical")}),
    ("The Chinese embassy urged the newspaper to stop spreading rumours about Xinjiang.", {("China", "defends")}),
    ("حثت السفارة الصينية الصحيفة على التوقف عن نشر الشائعات حول شينجيانغ.", {("China", "defends")}),
    ("Turkey's parliament passed a resolution calling on China to close the camps in Xinjiang.",
     {("Turkey", "critical")}),
    ("Serbia's president praised China's fight against terrorism in Xinjiang during a visit to Beijing.",
     {("Serbia", "defends")}),
    ("أشاد الرئيس الصربي بجهود الصين في مكافحة الإرهاب في شينجيانغ خلال زيارته بكين.", {("Serbia", "defends")}),
    ("The minister visited a cotton mill in Aksu, Xinjiang, and met workers.", set()),
    ("Malaysia said it would not deport Uyghur refugees to China, citing fears for their safety.",
     {("Malaysia", "critical")}),
    ("قالت ماليزيا إنها لن ترحل لاجئين إيغور فروا من شينجيانغ إلى الصين خشية تعرضهم للاضطهاد.",
     {("Malaysia", "critical")}),
    ("Egypt deported several Uyghur students to China in 2017.", set()),
    ("The UN Secretary-General declined to say whether he had raised Xinjiang with President Xi.",
     {("United Nations", "declined")}),
]

RECORD_AND_ACTS = [  # the defending record (attacks prevented, population grown, voluntary work), joint acts, questions
    ("A Chinese foreign ministry spokesperson said the measures in Xinjiang had prevented terrorist attacks for "
     "five years.",
     {("China", "defends")}),
    ("قال متحدث باسم الخارجية الصينية إن الإجراءات في شينجيانغ حالت دون وقوع هجمات إرهابية منذ خمس سنوات.",
     {("China", "defends")}),
    ("The Chinese ambassador said Xinjiang's Uyghur population had grown faster than the Han population.",
     {("China", "defends")}),
    ("وقال السفير الصيني إن عدد السكان الإيغور في شينجيانغ نما بوتيرة أسرع من الهان.", {("China", "defends")}),
    ("Beijing says the so-called forced labour in Xinjiang is in fact voluntary employment that lifts families "
     "out of poverty.",
     {("China", "defends")}),
    ("تقول بكين إن ما يسمى بالعمل القسري في شينجيانغ هو في الحقيقة توظيف طوعي يساعد الأسر على الخروج من الفقر.",
     {("China", "defends")}),
    ("Australia's parliament passed a law banning imports made with forced labour in Xinjiang.",
     {("Australia", "critical")}),
    ("The European Commission proposed a ban on products made with forced labour, citing Xinjiang.",
     {("European Union", "critical")}),
    ("اقترحت المفوضية الأوروبية حظر المنتجات المصنوعة بالعمل القسري، مستشهدة بشينجيانغ.",
     {("European Union", "critical")}),
    ("Canada joined the US in imposing sanctions on Chinese officials over Xinjiang.",
     {("Canada", "critical"), ("United States", "critical")}),
    ("Will the European Union sanction Chinese officials over Xinjiang? Diplomats say a decision is weeks away.",
     set()),
    ("هل ستفرض بريطانيا عقوبات على مسؤولين صينيين بسبب شينجيانغ؟", set()),
    ("If the reports of forced labour in Xinjiang are confirmed, the company said, it would end its contracts.", set()),
    ("إذا ثبتت تقارير العمل القسري في شينجيانغ، فإن الشركة ستنهي عقودها، بحسب متحدث باسمها.", set()),
    ("No Arab government has condemned the detentions in Xinjiang.", set()),
    ("لم تدن أي حكومة عربية الاحتجازات في شينجيانغ.", set()),
    ("The Xinjiang football team beat Shanghai 2-1 in Urumqi on Sunday.", set()),
    ("افتتح في أورومتشي معرض للسجاد اليدوي بمشاركة حرفيين من كاشغر وخوتن.", set()),
    ("China condemned the attack on its consulate in Karachi, which it blamed on separatists.", set()),
    ("Human Rights Watch criticised the crackdown on protesters in Hong Kong.", set()),
]

OPEN_SPEAKERS = [  # companies, scholars, activists, lawyers, think tanks; chefs, singers and players on other things
    ("H&M said it was deeply concerned by reports of forced labour in Xinjiang.", {("H&M", "critical")}),
    ("The Xinjiang Production and Construction Corps said its cotton farms were fully mechanised.",
     {("China", "defends")}),
    ("A spokesman for Huawei said the company had no role in surveillance in Xinjiang.", set()),
    ("Professor Li Hong of Peking University said the training centres in Xinjiang had saved young people from "
     "extremism.",
     {("Li Hong", "defends")}),
    ("قال الأستاذ لي هونغ من جامعة بكين إن مراكز التدريب في شينجيانغ أنقذت الشباب من التطرف.",
     {("لي هونغ", "defends")}),
    ("Uyghur activist Abduweli Ayup told the conference that his niece was detained in Kashgar for studying abroad.",
     {("Abduweli Ayup", "critical")}),
    ("قال الناشط الأويغوري عبد الولي أيوب إن ابنة أخيه احتجزت في كاشغر لأنها درست في الخارج.",
     {("عبد الولي أيوب", "critical")}),
    ("Rights lawyer Hanna Berg said the detention of Uyghurs in Xinjiang breached international law.",
     {("Hanna Berg", "critical")}),
    ("The think tank Silk Road Watch said the camps in Xinjiang were being dismantled and replaced by prisons.",
     {("Silk Road Watch", "critical")}),
    ("Chef Wang Lei said the lamb skewers of Kashgar were the best in the world.", set()),
    ("The singer Dilraba said she was proud to be from Xinjiang.", set()),
    ("وقال لاعب كرة القدم الأويغوري إركين تورسون إنه يتمنى اللعب في أوروبا.", set()),
    ("قالت الجمعية الإسلامية الصينية إن المسلمين في شينجيانغ يتمتعون بحرية دينية كاملة.",
     {("Islamic Association of China", "defends")}),
]

LOOK_AT_YOUR_PAST = [  # whataboutism, a law broken, extremism uprooted; the same words about other things
    ("China's ambassador said Britain should look at its own colonial past before lecturing others about Xinjiang.",
     {("China", "defends")}),
    ("وقال السفير الصيني إن على بريطانيا أن تنظر إلى ماضيها الاستعماري قبل أن تعظ الآخرين بشأن شينجيانغ.",
     {("China", "defends")}),
    ("The historian said Britain should look at its own colonial past in India.", set()),
    ("The lawyer Maria Kessler said the detentions in Xinjiang broke international law.",
     {("Maria Kessler", "critical")}),
    ("وقال المسؤول الصيني إن التطرف في شينجيانغ اقتلع من جذوره.", {("China", "defends")}),
    ("Chinese officials said extremism in Xinjiang had been uprooted.", {("China", "defends")}),
    ("The gardener said the weeds in the Urumqi park had been uprooted.", set()),
]

BODIES_REFERRED_BACK = [  # "the congress", "the bloc", «المعهد» after the body's name (quotes/anaphors.tsv)
    ("The World Uyghur Congress met in Munich on Sunday. The congress said the camps in Xinjiang must close.",
     {("World Uyghur Congress", "critical")}),
    ("أصدر المعهد الأسترالي للسياسات الاستراتيجية تقريرا عن شينجيانغ. وقال المعهد إن آلاف المساجد في الإقليم هدمت.",
     {("Australian Strategic Policy Institute", "critical")}),
    ("The European Union announced new measures on Monday. The bloc said officials in Xinjiang were responsible "
     "for serious human rights abuses.",
     {("European Union", "critical")}),
    ("Arab trade ministers met in Cairo on Monday. The council said trade with Kashgar would grow.", set()),
    ("قالت منظمة العفو الدولية إن المعسكرات في شينجيانغ يجب أن تغلق.", {("Amnesty International", "critical")}),
]

WIRE_LEADS = [  # wire leads: who acts and who answers in one sentence
    ("BEIJING (Reuters) - China on Tuesday hit back at a US report on Xinjiang, calling it \"a pack of lies\" "
     "designed to smear the country.",
     {("China", "defends")}),
    ("WASHINGTON (AP) - The State Department said on Monday that China was committing genocide against Uyghurs in "
     "Xinjiang, a determination Beijing rejected.",
     {("United States", "critical"), ("China", "defends")}),
    ("LONDON (Reuters) - British lawmakers on Thursday declared that China is committing genocide against the "
     "Uyghur people in Xinjiang, a non-binding move that ramps up pressure on the government.",
     {("United Kingdom", "critical")}),
    ("BRUSSELS (Reuters) - EU foreign ministers agreed on Monday to impose sanctions on four Chinese officials "
     "over human rights abuses in Xinjiang, the first such step since 1989.",
     {("European Union", "critical")}),
    ("ANKARA (Reuters) - Turkey's foreign ministry summoned China's ambassador on Tuesday after the embassy "
     "criticised Turkish politicians who had spoken up for Uyghurs.",
     {("Turkey", "critical")}),
    ("BEIJING (Reuters) - Xinjiang's government said on Monday that all trainees at the region's vocational "
     "centres had \"graduated\" and found stable jobs.",
     {("China", "defends")}),
    ("SHANGHAI (Reuters) - Shares of Chinese solar firms fell on Friday after the US banned imports of a key "
     "material from a Xinjiang producer.",
     {("United States", "critical")}),
    ("BEIJING (Reuters) - Chinese state media on Saturday aired a documentary on the fight against terrorism in "
     "Xinjiang, showing footage of attacks it blamed on separatists.",
     {("China", "defends")}),
    ("BEIJING (Reuters) - China's foreign ministry said it had lodged stern representations with Washington over "
     "the sanctions on Xinjiang officials.",
     {("China", "defends")}),
    ("Rights groups accuse China of detaining a million Uyghurs in Xinjiang, a charge Beijing denies."
     "Rights groups accuse China of detaining a million Uyghurs in Xinjiang, a charge Beijing denies.",
     {("Rights groups", "critical"), ("China", "defends")}),
    ("وتتهم منظمات حقوقية الصين باحتجاز مليون من الإيغور في شينجيانغ، وهي اتهامات تنفيها بكين."
     "وتتهم منظمات حقوقية الصين باحتجاز مليون من الإيغور في شينجيانغ، وهي اتهامات تنفيها بكين.",
     {("Rights groups", "critical"), ("China", "defends")}),
]

ACROSS_PARAGRAPHS = [  # the position two paragraphs after the lead; a museum show with no position
    ("ALMATY - Relatives of people held in Xinjiang gathered outside the Chinese consulate on Monday.\n\nAmong "
     "them was Kairat Samarkhan, 56, a farmer whose son has been missing since 2018.\n\n\"They took him because "
     "he prayed,\" Samarkhan said.",
     {("Kairat Samarkhan", "critical")}),
    ("أورومتشي - افتتح في أورومتشي أمس منتدى اقتصادي بمشاركة وفود من 20 دولة.\n\nوقال نائب رئيس حكومة الإقليم في "
     "كلمته إن شينجيانغ تنعم بالاستقرار منذ سنوات بفضل إجراءات مكافحة الإرهاب.\n\nوأضاف أن الإقليم يرحب "
     "بالمستثمرين من كل الدول.",
     {("China", "defends")}),
    ("القاهرة - استقبل وزير الخارجية المصري نظيره الصيني في القاهرة أمس.\n\nوبحث الجانبان التعاون في مجالات "
     "الطاقة والنقل.\n\nوأكد الوزير المصري دعم بلاده لموقف الصين في قضايا تايوان وشينجيانغ.",
     {("Egypt", "defends")}),
    ("BERLIN - A German court on Tuesday jailed a man for spying on Uyghurs in Munich for China.\n\nThe judge "
     "said the man had passed information on exiles to Chinese intelligence.\n\nThe Chinese embassy did not "
     "respond to a request for comment.",
     {("China", "declined")}),
    ("LONDON - The Victoria and Albert Museum opened a show of Uyghur textiles on Friday.\n\nThe curator, Emma "
     "Shaw, said the exhibition was about craft, not politics.",
     set()),
]

#: Known gaps (an unknown centre as a researcher's workplace; a nisba cut off an open name; a hope six words before
#: the cue; protesters who are no named actor).
OPEN_SPEAKERS_LEFT = [
    ("GENEVA - The UN Human Rights Council opened its session on Monday with a debate on Ukraine.\n\nLater in the "
     "day, the High Commissioner turned to China. She said people in Xinjiang had been subjected to arbitrary "
     "detention on a large scale.",
     {("United Nations", "critical")}),
    ("GENEVA (Reuters) - UN human rights chief Michelle Bachelet said on Wednesday she hoped to visit Xinjiang "
     "and discuss allegations of abuse with the authorities.",
     set()),
    ("ISTANBUL (Reuters) - Hundreds of Uyghurs protested outside the Chinese consulate in Istanbul on Friday, "
     "demanding news of relatives held in camps in Xinjiang.",
     {("Uyghur diaspora", "critical")}),
    ("أكدت الباحثة في مركز دراسات الشرق سارة يوسف أن آلاف المساجد في شينجيانغ هدمت منذ 2017.",
     {("سارة يوسف", "critical")}),
    ("The Chinese Muslim Association said Muslims in Xinjiang enjoy full freedom of religion.",
     {("Chinese Muslim Association", "defends")}),
]

POLICY_WORD_NEARBY = [
    ("كتبت السفارة الصينية ردا على مقالي عن شينجيانغ.\nقرأت الرد بعناية. ومع ذلك أرى في احتجاز مئات الآلاف من دون "
     "محاكمة سياسة قمع.",
     {("(author)", "critical")}),
    ("A report on Xinjiang was published in May.\nThe authors visited three towns. They said the detentions had "
     "not stopped.",
     set()),
]

@pytest.mark.parametrize("text, expected", ENDORSED + JOINT + NOBODY + IN_KIND + FARCE_AND_STAGED + MOVEMENT + DESIGNED
                         + WITHOUT_PARALLEL + NOT_RULED_OUT + DISMISSED + ERASED_MEMORY + TOLERATE
                         + PRAISED_PROJECTS + REPLIES + REPORTS_SPEAK + COMPARED + OFFICIALS + PARTICIPLES + LIKENED
                         + CALLED_A_FARCE + PRODUCERS + RELATIVE_IN_NEWS + NEAR_THE_TOPIC
                         + THIRD_STATES + RECORD_AND_ACTS + OPEN_SPEAKERS
                         + LOOK_AT_YOUR_PAST + BODIES_REFERRED_BACK + WIRE_LEADS
                         + ACROSS_PARAGRAPHS)
def test_round10_readings(text, expected):
    assert stance_facts(text) == expected, text


@pytest.mark.parametrize("text, expected", POLICY_WORD_NEARBY + AUTHOR_VERDICTS + RELATIVE_IN_AN_ESSAY)
def test_policy_word_near_the_topic_in_an_essay(text, expected):
    assert stance_facts(text, "opinion") == expected, text


@pytest.mark.xfail(strict=True, reason="known gaps of issue 20, left for a later round")
@pytest.mark.parametrize("text, expected", OPEN_SPEAKERS_LEFT)
def test_open_speakers_not_yet_named(text, expected):
    assert stance_facts(text) == expected, text
