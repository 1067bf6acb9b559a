"""Issue 20, kinds 1-6: one table per rule family, both sides of the debate and sentences where nothing holds.

Each sentence is a document of its own, read as the probes are (published 2020-06-15 by "Probe Wire",
news unless a genre is given, every document analysed); the expected facts are the (actor, label)
pairs of its critical / defends / declined rows.
"""

from __future__ import annotations

import pytest

from probe_support import stance_facts

_facts = stance_facts


def _check(text, genre, expected):
    assert _facts(text, genre) == set(expected), text


JUSTIFICATION = [  # kind 1: the defending side told as justification
    ("Chinese state television said Xinjiang now enjoys lasting stability and prosperity.", "news",
     {("China", "defends")}),
    ("وقالت وكالة شينخوا إن شينجيانغ تنعم بالاستقرار والازدهار.", "news", {("China", "defends")}),
    ("Beijing says the Xinjiang centres help young people stay away from extremism and learn job skills.", "news",
     {("China", "defends")}),
    ("Serbia voiced support for China's fight against terrorism in Xinjiang.", "news", {("Serbia", "defends")}),
    ("وأشادت نيجيريا بجهود الصين في مكافحة التطرف في شينجيانغ.", "news", {("Nigeria", "defends")}),
    ("Pakistan accused Western countries of double standards on Xinjiang.", "news", {("Pakistan", "defends")}),
    ("Xinjiang's government opened a new airport in Hotan.", "news", set()),
    ("أجرى الجيش الصيني تدريبات لمكافحة الإرهاب في شينجيانغ.", "news", set()),
]

PRESSURE = [  # kind 2: pressure verbs are critical, whoever is pressed; the defending side's calls defend
    ("Sweden summoned the Chinese envoy over the detention of Uyghurs in Xinjiang.", "news", {("Sweden", "critical")}),
    ("Britain barred imports of cotton products made in Xinjiang.", "news", {("United Kingdom", "critical")}),
    ("وفرضت أستراليا عقوبات على مسؤولين في شينجيانغ.", "news", {("Australia", "critical")}),
    ("Germany pressed China to release detained Uyghur scholars.", "news", {("Germany", "critical")}),
    ("China urged Canada to stop meddling in Xinjiang affairs.", "news", {("China", "defends")}),
    ("Sweden imposed sanctions on Belarusian officials.", "news", set()),
    ("Police in Urumqi urged drivers to slow down in the snow.", "news", set()),
]

OPEN_ACTORS = [  # kind 3: names outside the gazetteer hold stances under their own name
    ("The fashion brand Zara said it had cut ties with a supplier over forced labour in Xinjiang.", "news",
     {("Zara", "critical")}),
    ("وقالت الباحثة الفرنسية كلير دوبوا إن الإيغور يحتجزون في معسكرات في شينجيانغ.", "news",
     {("كلير دوبوا", "critical")}),
    ("Tom Reed, an American blogger in Kashgar, said reports of camps in Xinjiang were lies.", "news",
     {("Tom Reed", "defends")}),
    ("وقالت شركة سامسونغ الكورية إنها لا تشتري مواد من شينجيانغ بسبب مخاوف العمل القسري.", "news",
     {("سامسونغ", "critical")}),
]

NON_ASSERTIONS = [  # kind 4: questions, conditions, hedges and negations hold no position
    ("Did any Arab government condemn the camps in Xinjiang?", "news", set()),
    ("Turkey refrained from criticising China over Xinjiang.", "news", set()),
    ("ولم تنتقد باكستان سياسة الصين في شينجيانغ.", "news", set()),
    ("وقد تفرض كندا عقوبات على مسؤولين في شينجيانغ.", "news", set()),
    ("وقد فرضت كندا عقوبات على مسؤولين في شينجيانغ.", "news", {("Canada", "critical")}),
    ("If the reports on Xinjiang are confirmed, Japan would consider sanctions.", "news", set()),
    ("وقالت منظمة العفو الدولية إنه إذا كانت الصين بريئة فعليها أن تسمح بدخول محققين مستقلين إلى شينجيانغ.", "news",
     {("Amnesty International", "critical")}),
]

AUTHOR_VOICE = [  # kind 5: the author's evaluations in authored genres, never invented groups
    ("Beijing's treatment of the Uyghurs in Xinjiang is shameful.", "opinion", {("(author)", "critical")}),
    ("The West's obsession with Xinjiang is hypocrisy: terrorism there has been defeated.", "opinion",
     {("(author)", "defends")}),
    ("The international community must end the persecution of the Uyghurs.", "opinion", {("(author)", "critical")}),
    ("Beijing's treatment of the Uyghurs in Xinjiang is shameful.", "news", set()),
    ("This paper describes the irrigation canals of the Turpan basin in Xinjiang.", "academic", set()),
]

GROUPS = [  # kind 6: groups that speak, under the canonical names of stance/groups.tsv
    ("Thirty countries urged China to allow UN monitors into Xinjiang.", "news", {("Foreign governments", "critical")}),
    ("ويقول باحثون إن الاحتجاز الجماعي في شينجيانغ مستمر.", "news", {("Academics", "critical")}),
    ("Officials in Kashgar said the Xinjiang centres teach Mandarin and job skills.", "news", {("China", "defends")}),
    ("وامتنع مسؤولون في كازاخستان عن التعليق على أوضاع الكازاخ في شينجيانغ.", "news", {("Kazakhstan", "declined")}),
    ("Western governments have criticised the detention camps in Xinjiang.", "news",
     {("Western countries", "critical")}),
    ("Film critics admired the music of the Uyghur documentary.", "news", set()),
]

OTHER_REGIONS = [  # the policy toward another region of the same state is not the target
    ("Canada criticised China's crackdown in Tibet, while Xinjiang went unmentioned.", "news", set()),
    ("The US condemned China's policies in Tibet and Xinjiang.", "news", {("United States", "critical")}),
]


@pytest.mark.parametrize("text, genre, expected", JUSTIFICATION)
def test_justification(text, genre, expected):
    _check(text, genre, expected)


@pytest.mark.parametrize("text, genre, expected", PRESSURE)
def test_pressure(text, genre, expected):
    _check(text, genre, expected)


@pytest.mark.parametrize("text, genre, expected", OPEN_ACTORS)
def test_open_actors(text, genre, expected):
    _check(text, genre, expected)


@pytest.mark.parametrize("text, genre, expected", NON_ASSERTIONS)
def test_non_assertions(text, genre, expected):
    _check(text, genre, expected)


@pytest.mark.parametrize("text, genre, expected", AUTHOR_VOICE)
def test_author_voice(text, genre, expected):
    _check(text, genre, expected)


@pytest.mark.parametrize("text, genre, expected", GROUPS)
def test_groups(text, genre, expected):
    _check(text, genre, expected)


@pytest.mark.parametrize("text, genre, expected", OTHER_REGIONS)
def test_other_regions(text, genre, expected):
    _check(text, genre, expected)
