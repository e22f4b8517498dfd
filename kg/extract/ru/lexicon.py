"""Words and patterns of Russian reports, for the shared activity reader
(kg/extract/activities.py). Russian inflects: activity nouns are found by their lemmas
(вебинаров, практикуме, совещания -> вебинар, практикум, совещание), and the patterns below
read stems. Names are blanked before these patterns run, so a verb inside a name is no verb."""
from __future__ import annotations

import re

from kg.extract.ru.dates import find_dates as _find_dates
from kg.extract.ru.morphology import analyzer, lemma, lemmas
from kg.extract.labels import last_words

CODE = "ru"

# activity nouns by lemma (two-word phrases as "adjective noun" lemmas) -> type
ACTIVITY_NOUNS: dict[str, str] = {
    "вебинар": "Webinar", "онлайновый семинар": "Webinar", "онлайн семинар": "Webinar",
    "онлайн практикум": "Webinar", "интернет семинар": "Webinar", "веб семинар": "Webinar",
    "виртуальный семинар": "Webinar", "онлайновый практикум": "Webinar", "виртуальный практикум": "Webinar",
    "видеоконференция": "Meeting", "совещание": "Meeting", "встреча": "Meeting", "заседание": "Meeting",
    "брифинг": "Meeting", "диалог": "Meeting", "онлайновый совещание": "Meeting",
    "виртуальный совещание": "Meeting",
    "консультация": "Consultation", "межучрежденческий консультация": "Consultation",
    "учебный курс": "Training", "учебный занятие": "Training", "учебный программа": "Training",
    "учебный мероприятие": "Training", "учебный семинар": "Training", "учебный практикум": "Training",
    "программа обучение": "Training", "программа подготовка": "Training", "тренинг": "Training",
    "курс": "Training", "курс подготовка": "Training", "курс обучение": "Training",
    "практический занятие": "Training", "учебный поездка": "Training", "онлайновый курс": "Training",
    "семинар": "Workshop", "практикум": "Workshop", "семинар-практикум": "Workshop",
    "лекция": "Lecture", "серия лекция": "Lecture", "цикл лекция": "Lecture", "выступление": "Lecture",
    "конференция": "Conference", "симпозиум": "Conference", "обзорный конференция": "Conference",
    "круглый стол": "Panel", "групповой обсуждение": "Panel", "групповой дискуссия": "Panel",
    "группа эксперт": "Panel", "дискуссионный группа": "Panel", "панельный дискуссия": "Panel",
    "форум": "Forum", "сессия": "Meeting",
    "учение": "Exercise", "имитационный упражнение": "Exercise", "упражнение": "Exercise",
    "кабинетный учение": "Exercise", "штабной учение": "Exercise", "моделирование": "Exercise",
    "кампания": "Campaign", "информационный кампания": "Campaign", "просветительский кампания": "Campaign",
    "церемония": "Other", "выставка": "Other", "конкурс": "Other", "миссия": "Other", "визит": "Other",
    "мероприятие": "Other", "уничтожение": "Other",
}
# a noun after these names how an event was held, not the event: "в формате видеоконференции"
MANNER = re.compile(r"(?:в\s+формате|в\s+режиме|посредством|по\s+видеосвязи|с\s+помощью)\s*$", re.I)

HOLD_VERBS = (r"(?<![а-яё])(?:совместно\s+)?(?:организовал[аио]?|организовывал[аио]?|организуют|провел[аи]?|провёл|"
              r"проводил[аи]?|созвал[аио]?|принял[аи]?(?!\s+участие)|осуществил[аи]?|начал[аи]?|"
              r"запустил[аи]?|открыл[аи]?|устроил[аи]?|инициировал[аи]?|приступил[аи]?|"
              # helping a government hold its event holds it too: "оказал правительству X помощь в проведении"
              r"оказал[аио]?(?=\s+[^.;]{0,80}?(?:помощь|содействие|поддержку)\s+в\s+(?:проведении|организации)))(?![а-яё])")
TAKE_PART = (r"(?<![а-яё])(?:принял[аио]?\s+участие|приняли\s+участие|участвовал[аи]?|присутствовал[аи]?|"
             r"выступил[аи]?|внес[лa]?\s+вклад|внесл[аи]\s+вклад|прочитал[аи]?|представил[аи]?|"
             r"сделал[аи]?\s+(?:доклад|сообщение|презентацию)|был[аи]?\s+приглашен\w*)(?![а-яё])")
# the Centre a guest at another's event; not "прочитал/представил", which it does at its own
GUEST_VERB = re.compile(r"(?:принял[аио]?\s+участие|приняли\s+участие|участвовал[аи]?|присутствовал[аи]?|"
                        r"выступил[аи]?|был[аи]?\s+приглашен\w*)(?![а-яё])", re.I)
# who took part, named after the word for it or after the people it sent: "при участии X",
# "приняли участие 35 представителей ..., а также эксперты X"
PARTICIPATION = re.compile(r"(?<![а-яё])участи\w*\s+(?:[^.;]{0,200}?(?:эксперт|представител|сотрудник|специалист|"
                           r"делегаци)\w*\s+)?(?P<orgs>\u2588+(?:(?:[\s(),]|\sи\s)+\u2588+)*)", re.I)
# the body whose meeting a guest attended, named right after it: "на заседании Комиссии ... ОАГ"
EVENT_OF = re.compile(r"(?<![а-яё])(?:заседани|совещани|сесси|конференци|форум|саммит|семинар|практикум|"
                      r"ассамбле|съезд|встреч)\w*\s+(?:(?:(?!(?:по|для|в|во|на|с|со|о|об|при|из|от|к|за|и)\s)(?:[а-яё-]+|—)|и(?=\s+[а-яё]))\s+){0,8}?(?P<orgs>\u2588+(?:[\s()]+\u2588+)*)", re.I)
EVENT_VERB = re.compile(r"(?<![а-яё])(?:проводил\w*|проведен\w*|проходивш\w*|состоявш\w*|организован\w*|состоял\w*|прош[её]л|прошл[аио]|"
                        r"принял\w*\s+участие|участвовал\w*|присутствовал\w*|приняло)(?![а-яё])", re.I)
# a short passive is the main verb too: "... 1997 года Центром был проведен семинар" (its agent before it)
PASSIVE_VERB = r"(?<![а-яё])(?:был[аио]?\s+)?(?:проведен|организован|созван)[аоы]?(?![а-яё])"
MAIN_VERB = re.compile(HOLD_VERBS + "|" + TAKE_PART + "|" + PASSIVE_VERB, re.I)

_ORGS = r"(?P<orgs>[^.;]{2,160}?)"
# a list of names ends where a preposition or a clause begins; names themselves are blanked
_END = (r"(?=,(?!\s*(?:и|а также)\s)|\s+(?:в|во|на|для|по|при|с|со|от|к|о|об|за|через|чтобы|который|которая|"
        r"которые|которое|посвященн\w*|направленн\w*)\s|\s+в\s+связи|\.|;|$)")
# a list of names goes on after a comma while names follow it: "из Боливии, Колумбии, Перу и Эквадора"
_LIST_END = _END.replace(r",(?!\s*(?:и|а также)\s)", r",(?!\s*(?:(?:и|а также)\s|\u2588))")
_PASSIVE = r"(?:организованн\w+|проведенн\w+|проводим\w+|созванн\w+|устроенн\w+|инициированн\w+|" \
           r"(?:был\w?\s+)?(?:организован|проведен|созван)[аоы]?(?![а-яё]))"
# "..., который был организован 8 мая в Маниле правительствами X и Y": a date and a place may
# come between the participle and the hosts
_WHEN_WHERE = r"(?:\s+\d{1,2}(?:\s*[—–-]\s*\d{1,2})?\s+[а-яё]+(?:\s+\d{4}\s+года)?)?(?:\s+во?\s+[А-ЯЁ][\w-]+)?"
EXTERNAL = re.compile(TAKE_PART + r"[^.;]{0,600}?" + _PASSIVE + _WHEN_WHERE + r"\s+(?:совместно\s+)?" + _ORGS + _END, re.I)
EXTERNAL_CUT = re.compile(r"(?<![а-яё])(?:для|от имени)(?![а-яё])")
CO_ORGANISER = re.compile(r"(?<![а-яё])(?:в\s+(?:тесном\s+)?(?:сотрудничестве|партнерстве|координации|взаимодействии)\s+с|"
                          r"совместно\s+с|вместе\s+с|(?:сотрудничал\w*|сотрудничать|взаимодействовал\w*|"
                          r"взаимодействовать)\s+(?:активно\s+|тесно\s+)?с|при\s+участии)\s+" + _ORGS + _END, re.I)
PASSIVE_ORGANISER = re.compile(r"(?<![а-яё])(?:был[аои]?\s+)?(?:организован[аыо]?|проведен[аыо]?|созван[аыо]?|"
                               r"организованн\w+|проведенн\w+|созванн\w+)\s+(?:совместно\s+)?(?!с\s|со\s|в\s|при\s|на\s)"
                               + _ORGS + _END, re.I)
# the agent before a passive verb: "Региональным центром в сотрудничестве с X был организован".
# It starts where a blanked name starts: a start inside one reaches no verb its start could not
# reach, and trying each would be quadratic in the name's length
# The agent is in the instrumental: names after a lowercase word are its genitive complement
# ("Семинар для сотрудников полиции Бенина, Того и Ганы был проведен Центром") unless that word is
# instrumental itself ("правительством Того", "правительствами Филиппин и Австралии"), "с" (which
# governs it) or a date's "года"
_AGENT_AFTER = (r"(?-i:(?:(?<=(?:ом|ем|ой|ей|ми|ою|ею)\s)|(?<=год[ау]\s)|(?<=г\.\s)|(?<![а-яё])(?<=\sс\s|со\s)|(?<![а-яё]\s))"
                r"(?<!\u2588,\s))")
ORGANISER_IS = re.compile(r"(?<!\u2588)(?<!просьбе\s)(?<!запросу\s)(?<!приглашению\s)(?<!поддержке\s)" + _AGENT_AFTER + r"(?P<orgs>\u2588[\u2588\s,]*?(?:\s(?:и|а\s+также)\s+\u2588+)*)(?=\s*(?:(?:в\s+(?:тесном\s+)?"
                          r"сотрудничестве|совместно|вместе)\s+с\s+[\u2588\s,и]+)?\s*(?:был[аои]?\s+)?"
                          r"(?:организован|проведен|созван|подготовлен)[аоы]?(?![а-яё]))", re.I)
_MONEY = r"(?:финансов\w+\s+)?(?:поддержк\w+|помощ\w+|содействи\w+|финансировани\w+|средств\w*|взнос\w*)"
FUNDING = re.compile(
    r"(?<![а-яё])(?:финансировал\w*(?:\s+за\s+сч[её]т\s+средств\s+(?:[а-яё]+\s+){0,2}?проекта,?\s+"
    r"(?:финансируем\w+|профинансированн\w+))?|профинансирован\w*|финансируем\w+|финансирован[аоы]?|спонсировал\w*|"
    r"оплачен\w*)\s+(?:совместно\s+)?(?P<a>[^.;]{2,160}?)" + _END +
    r"|(?<![а-яё])(?:при|благодаря)\s+(?:щедрой\s+)?(?:финансовой\s+)?(?:поддержке|помощи)\s+(?P<b>[^.;]{2,160}?)" + _END +
    r"|(?<![а-яё])(?:финансов\w+\s+)?(?:поддержк\w+|финансировани\w+|средств\w*)\s+(?:эт\w+\s+|данн\w+\s+)?"
    r"(?:[а-яё]+\s+){0,3}?(?:(?:был[аои]?\s+)?(?:оказан\w*|предоставлен\w*|обеспечен\w*|выделен\w*)|"
    r"оказал[аио]?|предоставил[аио]?|обеспечил[аио]?|выделил[аио]?|взял[аио]?\s+на\s+себя)\s+"
    r"(?P<c>[^.;]{2,160}?)" + _END +
    r"|(?<![а-яё])(?:за\s+сч[её]т|на)\s+(?:[а-яё]+\s+)?средств\w*,?\s+(?:предоставленн|выделенн|внесенн|переданн)\w+\s+"
    r"(?P<d>[^.;]{2,160}?)" + _END +
    # the event or its costs first, then the verb and the payer: "Семинар профинансировали
    # Соединенные Штаты", "Расходы на проведение семинара покрыло правительство Франции"
    r"|^(?:[а-яё-]+\s+){1,4}?(?:профинансировал\w*|оплатил\w*|покрыл[аио]?|"
    r"оказал\w*\s+(?:финансов\w+\s+)?(?:поддержк|помощ|содейств)\w*)\s+(?P<e>[^.;]{2,160}?)" + _END, re.I)
FUNDING_PLURAL = re.compile(r"(?<![а-яё])(?:эт(?:их|и)|обоих|оба|обе|все(?:х)?|данн(?:ых|ые)|указанн(?:ых|ые)|"
                            r"вышеупомянут(?:ых|ые))\s+(?:[а-яё]+\s+)?(?:мероприяти\w+|вебинар\w+|совещани\w+|"
                            r"семинар\w+|практикум\w+|курс\w+|консультаци\w+|встреч)", re.I)
# a project funded by X funds its own work, not this activity; unless the activity "финансировался
# за счет средств проекта, финансируемого X"
WITHIN_PROJECT = re.compile(r"(?<![а-яё])в\s+рамках\s+(?:[а-яё]+\s+)?проект", re.I)  # the activity is the project's
PROJECT = re.compile(r"^(?![^\n]*финансировал\w*\s+за\s+сч[её]т)[^\n]*?(?<![а-яё])проект", re.I)
# … or at a table's cell ("для сотрудников полиции<TAB>Сан-Хосе<TAB>Центральноамериканская …")
_CELL_END = _LIST_END[:-len("$)")] + r"\t|$)"
# "для Камбоджи и Лаоса", "для тихоокеанских островных государств (Фиджи, Самоа …)",
# "для студентов Университета X"
BENEFICIARY = re.compile(r"(?<![а-яё])для\s+(?:правительств\w*\s+)?(?P<orgs>[^.;(\t]{0,60}?(?:государств\w*|стран\w*|\u2588+)\s*"
                         r"\([^)]{2,300}\)|[^.;\t]{2,160}?)" + _CELL_END, re.I)
BENEFICIARY_KINDS = {"Country", "Organization"}
ASSISTED = re.compile(r"(?<![а-яё])(?:потребност\w+|нужд\w*|(?:оказа(?:ть|л\w*|ни\w*)|оказыва\w*|"
                      r"предостав(?:ить|ля\w*|ил\w*|лени\w*))(?=\s+[^.;]{2,100}?\s+(?:(?:техническ|практическ|"
                      r"финансов)\w+\s+)?(?:помощ|поддержк|содейств))|помощ\w+|содействи\w+|по\s+(?:просьбе|запросу)|"
                      r"в\s+ответ\s+на\s+(?:просьбу|запрос))\s+(?:правительств\w*\s+)?" + _ORGS
                      + r"(?=\s+(?:(?:техническ|практическ|финансов)\w+\s+)?(?:помощ|поддержк|содейств)\w*|"
                      r"\s+(?:в|по|на|для|при)\s|,|\.|;|$)", re.I)
TARGETED = re.compile(r"(?<![а-яё])(?:предназначенн\w+\s+для|ориентированн\w+\s+на|бенефициар\w*\s+(?:был[аи]?|стал[аи]?))\s+"
                      + _ORGS + _END, re.I)
COME_FROM = re.compile(r"(?<![а-яё])(?:из|представлявш\w+|представляющ\w+)\s+" + _ORGS + _LIST_END, re.I)
LISTED = re.compile(r"(?<![а-яё])(?:стран\w*|государств\w*)\s*\((?:а\s+именно\s+|т\.\s*е\.\s*)?(?P<orgs>[^)]{2,400})\)", re.I)
PERSONNEL_OF = LISTED
PEOPLE_OF = re.compile(r"(?<![а-яё])(?:представител|делегат|делегаци|эксперт|дипломат|сотрудник)\w*\s+"
                       r"(?P<orgs>\u2588+(?:(?:[\s,]|\s(?:и|а\s+также)\s)+\u2588+)*)", re.I)  # "из шести государств (Бангладеш, Камбоджи …)"
PERSONNEL = re.compile(r"(?P<orgs>\u2588+)\s+(?:должностн\w+|эксперт\w*|сотрудник\w*|представител\w*|дипломат\w*|"
                       r"полицейск\w*|парламентари\w*|военнослужащ\w*|офицер\w*|таможенник\w*)", re.I)
CENTRE_TOOK_PART = re.compile(TAKE_PART, re.I)
# "индийские организации гражданского общества X", "французский аналитический центр X": the
# country only qualifies
COUNTRY_QUALIFIER = re.compile(r"^\s*(?:аналитическ\w+|организаци\w+|гражданск\w+|неправительственн\w+|"
                               r"университет\w*|институт\w*|фонд\w*|академи\w*|НПО|эксперт\w*|должностн\w+|"
                               r"парламентари\w*|дипломат\w*|представител\w*|полици\w*|вооруженн\w+)", re.I)
# "в Бангкоке, Таиланд,": the country after a town in the locative places it
# "в Бангкоке, Таиланд,", "в Бамако (Мали)": the country after a town places it
PLACE_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:[Вв]|[Вв]о|[Нн]а)\s+$|[А-ЯЁа-яё]е,\s*$|"
                          r"(?<![А-ЯЁа-яё])[Вв]о?\s+[А-ЯЁ][\w-]+\s*\(\s*$")
ADVERBIAL = re.compile(r"^\s*(?:при\s+(?:поддержке|содействии)|под\s+эгидой|в\s+рамках|благодаря|"
                       r"по\s+(?:просьбе|запросу|приглашению)|в\s+ответ\s+на)(?![а-яё])", re.I)
NOT_PLACE_AFTER = re.compile(r"(?!x)x")
FOOTNOTE_BENEFICIARY = re.compile(r"бенефициар|получател", re.I)
ONLY_NAMES = re.compile(r"^(?:[\s,]|\u2588|(?<![а-яё])(?:и|а также)(?![а-яё]))+$", re.I)


def _nominatives() -> list[str]:
    """The activity nouns' nominative forms, singular and plural (pymorphy3 inflects each head noun)."""
    forms = set()
    for phrase in ACTIVITY_NOUNS:
        head = phrase.split()[-1]
        for number in ("sing", "plur"):
            inflected = analyzer().parse(head)[0].inflect({"nomn", number})
            if inflected:
                forms.add(inflected.word)
    return sorted(forms, key=lambda form: (-len(form), form))  # longest first, then a fixed order


# "Учебный курс для сотрудников ... Мали, Нигера и Чада ... был организован Центром": a sentence
# opening with the event in the nominative has the event as its subject; names inside it act not
EVENT_SUBJECT = re.compile(r"\s*(?:[А-ЯЁа-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)\s+){0,2}?(?:" + "|".join(_nominatives()) + r")(?![а-яё-])", re.I)

_ONES = (r"од(?:ин|на|но|ного|ной|ному|ним|ном|ну)|дв(?:а|е|ух|ум|умя)|тр(?:и|ех|ём|ем|емя)|"
         r"четыр(?:е|ех|ем|ьмя)|(?:пят|шест|сем|девят)(?:ь|и|ью)|восем(?:ь)|восьм(?:и|ью)")
_TEENS = (r"(?:десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|"
          r"восемнадцат|девятнадцат)(?:ь|и|ью)")
_TENS = (r"(?:двадцат|тридцат)(?:ь|и|ью)|сорок(?:а)?|(?:пят|шест|сем|восем)ьдесят|(?:пят|шест|сем|восьм)идесят(?:и|ью)|"
         r"девяност[оа]")
_HUNDREDS = (r"сто|ста|двести|двухсот|тр[её]хсот|триста|четыреста|четыр[её]хсот|(?:пят|шест|сем|восем|девят)ьсот|"
             r"(?:пят|шест|сем|восьм|девят)исот")
# a number in words: "тридцать пять", "двенадцати", "шести"
_BELOW_100 = rf"(?:{_TENS})(?:\s+(?:{_ONES}))?|{_TEENS}|{_ONES}"
_UNITS = rf"(?:{_HUNDREDS})(?:\s+(?:{_BELOW_100}))?|{_BELOW_100}"
WORD_NUMBERS = {"ноль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
                "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
                "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
                "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
                "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
                "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
                "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
_N = r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+|(?<![а-яё])(?:" + _UNITS + r")(?![а-яё]))"
_PEOPLE = (r"(?:участник\w*|слушател\w*|должностн\w+\s+лиц\w*|представител\w*|эксперт\w*|студент\w*|"
           r"делегат\w*|дипломат\w*|парламентари\w*|сотрудник\w*|специалист\w*|женщин\w*|"
           r"человек\w?|журналист\w*|преподавател\w*|военнослужащ\w*|полицейск\w*|офицер\w*|курсант\w*|"
           r"инструктор\w*|учащи\w+|молодых\s+люд\w*|стажер\w*|лиц(?![а-яё])|депутат\w*|прокурор\w*|"
           r"суд(?:ей|ьи|ья)|служащ\w+|таможенник\w*|пограничник\w*|сенатор\w*|исследовател\w*|"
           r"руководител\w*|член(?:ов|а|ы)\s+парламент\w*)")
_FILLER = r"(?:(?!стран\w*\s|государств(?!енн)[\w-]*\s|из\s|от\s|в\s|на\s|год(?:а|у)?\s|г\.\s)[а-яёa-z][\w-]*\s+)"  # words, never numbers nor "одного из"
_COUNTRIES = r"(?:стран\w*|государств[\w-]*)"
NOT_COUNTRIES = r"(?![а-яё\s]{0,3}(?:учреждени|ведомств|министерств|орган))"
_ABOUT = r"(?:(?:более|около|свыше|почти|порядка|примерно|в\s+общей\s+сложности|всего|еще)\s+)?"
COUNT_BOTH = re.compile(r"(?<![\d/-])" + _ABOUT + r"(?P<people>" + _N[1:-1] + r")\s+" + _FILLER + r"{0,4}?"
                        + _PEOPLE + r"[^.;]{0,100}?(?:(?<![а-яё])(?:из|от|представлявш\w+|представляющ\w+)\s+|(?<=[а-яё]\s))"
                        + _ABOUT + r"(?P<countries>" + _N[1:-1] + r")\s+(?:[\w-]+\s+){0,2}?" + _COUNTRIES
                        + NOT_COUNTRIES, re.I)
# the header cells of a table of activities (kg.extract.activities._table_rows): "Число
# участников", "Участники", "Количество слушателей"; "Место проведения"; "Даты"; "Страна"
# under a header spanning a second row the column is named after it ("Число участников всего",
# "… женщин", "… государств"): only the first counts the people
TABLE_PEOPLE = re.compile(r"(?<![а-яё])(?:участник|слушател|участвовавш)\w*(?![^\t]*(?:женщин|мужчин|государств|стран))",
                          re.I)
TABLE_PARTNER = re.compile(r"^(?:Партн[её]ры?|Соорганизаторы?|Организовано\s+совместно\s+с|Совместно\s+с"
                           r"|В\s+сотрудничестве\s+с)$", re.I)
TABLE_PLACE = re.compile(r"^(?:Место(?:\s+проведения)?|Город)$", re.I)
TABLE_DATE = re.compile(r"^(?:Даты?|Сроки(?:\s+проведения)?|Период)$", re.I)
TABLE_FUNDER = re.compile(r"^(?:Доноры?|Финансирование|Источники?\s+финансирования|Кем\s+финансировал\w*|Финансирующ\w+(?:\s+\w+)?)$", re.I)
# a national event ("национальный практикум", "национальные учебные курсы"): for the one country
# the row or sentence names
NATIONAL = re.compile(r"(?<![а-яё])национальн\w*\s+(?:учебн\w+\s+)?(?:практикум|семинар|курс|совещани|консультаци|форум"
                      r"|диалог|конференци|круглы\w+\s+стол)\w*", re.I)
# a head count opens its cell ("32 должностных лица", "около тридцати"); "Представители 9 государств"
# counts countries, not people
TABLE_COUNT = re.compile(r"^\s*" + _ABOUT + _N, re.I)
# … or their count, under a header spanning a second row ("Число участников государств")
TABLE_COUNTRY = re.compile(r"^(?:Страна|Страны|Государство|Государства)(?:[\s-]+(?:получател\w+|бенефициар\w*))?$"
                           r"|(?:участник|слушател)\w*\s+(?:государств|стран)\w*$", re.I)
COUNT_PEOPLE = re.compile(r"(?<![\d/-])" + _ABOUT + _N + r"\s+" + _FILLER + r"{0,4}?" + _PEOPLE + r"(?![а-яё])", re.I)
COUNT_NAMED_PEOPLE = re.compile(r"(?!x)x")
COUNT_COUNTRIES = re.compile(r"(?<![а-яё])(?:из|от|представлявш\w+|представляющ\w+|представител\w+|делегаци\w+)\s+" + _ABOUT + _N
                             + r"\s+(?:[\w-]+\s+){0,2}?" + _COUNTRIES + NOT_COUNTRIES, re.I)
STATED_COUNTRIES = re.compile(r"^.*(?<![\d/])" + _N + r"\s+(?:[а-яё-]+\s+){0,2}?" + _COUNTRIES + r"\s*$", re.I | re.S)

ONLINE = re.compile(r"онлайн|социальн\w+\s+сет|вебинар|видеоконференц|виртуальн|дистанционн|в\s+цифровом\s+формате|"
                    r"по\s+видеосвязи|в\s+режиме\s+онлайн|в\s+интернете|видеосвяз", re.I)
HYBRID = re.compile(r"гибридн|смешанн\w+\s+формат|очно\s+и\s+(?:онлайн|дистанционно|виртуально)|"
                    r"(?:онлайн|дистанционно|виртуально)\s+и\s+очно", re.I)
IN_PERSON = re.compile(r"(?<![а-яё])(?:очн(?:о|ом|ый|ая|ое|ые|ых)|лично|в\s+очном\s+формате)(?![а-яё])", re.I)
# "в Хиросиме" alone may be part of a name (Отделение ЮНИТАР в Хиросиме): a place needs its verb
_HELD = (r"состоял\w*|состоявш\w*|проходил\w*|проходивш\w*|прошедш\w*|прош[её]л|прошл[аои]|проведен\w*|проводил\w*|"
         r"организован\w*|провел[аи]?|"
         r"провёл|организовал[аи]?|созвал[аи]?|созван\w*")
# the verb before the place ("провел в Лиме") or after it ("в Яунде был проведен")
HELD_IN = re.compile(r"(?<![а-яё])(?:(?P<verb>" + _HELD + r")\s+(?:[\w–-]+\s+){0,5}?)?в\s+(?:городе\s+)?"
                     r"(?P<place>[А-ЯЁ][\w'’-]+(?:\s+[А-ЯЁ][\w'’-]+)?)"
                     r"(?(verb)(?=[,.;]|\s)|(?=\s+(?:был[аои]?\s+)?(?:" + _HELD + r")(?![а-яё])))")
NOT_A_PLACE = re.compile(r"^(?:рамках|ходе|течение|период|связи|соответствии|целях|интересах|качестве|"
                         r"области|формате|режиме|Программ|Договор|Конвенци)", re.I)
REPORT_ONLINE = re.compile(r"проведение\s+очных\s+(?:совещаний|мероприятий)[^.]{0,60}?(?:невозможн|не\s+представлял)|"
                           r"(?:перевел|перевела|перевели)\s+свою\s+работу\s+в\s+(?:цифровой|онлайновый|виртуальный)|"
                           r"(?:все|свои)\s+мероприятия\s+(?:были\s+)?(?:проведены|проводились|проводил)\s+"
                           r"(?:в\s+режиме\s+онлайн|онлайн|в\s+формате\s+видеоконференци|виртуально)", re.I)

QUOTED = re.compile(r"[«“\"][^»”\"]*[»”\"]")
# an opening date ends a clause; so does a name right before another ("По просьбе правительства
# X Региональный центр провел": X is not the subject)
CLAUSE_BREAK = re.compile(r"[,;]\s|(?<=\d{4}\sгода)\s|(?<=\d{4}\sг\.)\s|(?<=\u2588)\s(?=\u2588)")
# the subject ends at a preposition, a verb, or the help given ("Центр оказал помощь правительству X")
SUBJECT_STOP = re.compile(r",|(?<![а-яё])(?:в|во|на|для|по|при|через|из|от|за|под|после|продолжал\w*|"
                          r"с|со|оказ\w+|предостав\w+|помощ\w+|поддерж\w+|содейств\w+)(?![а-яё])|"
                          + HOLD_VERBS + "|" + TAKE_PART, re.I)


def find_dates(text, *, year=None, period=(None, None)):
    return _find_dates(text, year=year, period=period)


def after_lead(text: str, lead) -> int:
    """Where the sentence goes on after an opening date (`18 декабря 2020 года Центр`)."""
    comma = text.find(",", lead.stop, lead.stop + 3)
    return comma + 1 if comma >= 0 else lead.stop


NUMBER_AFTER_DATE = re.compile(r"\s*(?:г\.|года)?\s*(?:N|№)\s*\d{1,3}/\d{1,4}")


def adoption_date(text: str, span) -> bool:
    """`резолюция 73/77 от 5 декабря 2018 года`: the date a resolution was adopted; a legal
    database's head gives it before the resolution's number (`4 декабря 1990 г. N 45/62`)."""
    return bool(re.search(r"(?:резолюци|решени|постановлени)\w*[^.;]{0,25}?\bот\s+$",
                          text[max(0, span.offset - 40):span.offset], re.I)
                or NUMBER_AFTER_DATE.match(text, span.stop))


def year_opens(text: str, span) -> bool:
    """A year alone dates an event when it opens the sentence: "В 2019 году Центр провел…",
    "В 2019 году, ...", "2019 год: ..." (Russian puts no comma after the opening year)."""
    return bool(re.fullmatch(r"\s*(?:[Вв]\s+)?", text[:span.offset])) and bool(
        re.search(r"(?:году|г\.)\s*$", text[span.offset:span.stop]) or text[span.stop:span.stop + 2].lstrip()[:1] in (",", ":"))


def number(text: str) -> int:
    """`48 250` -> 48250, `двенадцати` -> 12, `тридцать пять` -> 35."""
    digits = re.sub(r"[\s\u00a0]", "", text)
    if digits.isdigit():
        return int(digits)
    return sum(WORD_NUMBERS.get(lemma(word), 0) for word in text.lower().split())


def _nouns(masked: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of every activity noun in the text, longest phrase first at a place;
    a noun naming how an event was held (в формате видеоконференции) is skipped."""
    words = lemmas(masked)
    out = []
    i = 0
    while i < len(words):
        for size in (2, 1):
            if i + size > len(words):
                continue
            phrase = " ".join(w[2] for w in words[i:i + size])
            joined = masked[words[i][0]:words[i + size - 1][1]]
            if phrase in ACTIVITY_NOUNS and not re.search(r"[.;,\u2588]", joined):
                if not MANNER.search(masked[max(0, words[i][0] - 20):words[i][0]]):
                    out.append((words[i][0], words[i + size - 1][1], ACTIVITY_NOUNS[phrase]))
                i += size - 1
                break
        i += 1
    return out


# a full participle before a date qualifies the noun just before it ("на практикуме,
# организованном 24 мая"); a verb or short participle has the sentence's subject
# ("совещание ... было проведено 27 января")
QUALIFYING_PARTICIPLE = re.compile(r"(?:организованн|проведенн|созванн|состоявш|прошедш|проходивш|проводивш)"
                                   r"\w*\s*$", re.I)


def activity_noun(masked: str, text: str) -> tuple[str, str] | None:
    """(type, label) of the event the sentence names: after an opening date the first noun
    (`18 мая 2021 года Центр провел совещание`); before a later date the noun a participle
    qualifies, else the first noun."""
    found = _nouns(masked)
    if not found:
        return None
    dates = [d for d in find_dates(masked, year=2000) if not d.is_period]  # any year: only where
    choice = found[0]
    if dates and dates[0].offset > 5:
        date = dates[0].offset
        before = [n for n in found if n[1] <= date]
        if before and QUALIFYING_PARTICIPLE.search(masked[before[-1][1]:date]):
            choice = before[-1]
        elif before:
            choice = before[0]
    start, end, kind = choice
    head = re.split(r"[,;]\s|" + HOLD_VERBS + "|" + TAKE_PART, text[:start], flags=re.I)[-1]
    words = (head + text[start:end]).split()
    return kind, last_words(words, 10).strip(" ,")


def activity_types(masked: str) -> set[str]:
    return {kind for _, _, kind in _nouns(masked)}

# an event the text says was not held: no activity ("так и не была проведена", "was not held")
NOT_HELD = re.compile(r"\bне\s+(?:был[аио]?\s+)?(?:проведен[аоы]?|состоял[аис]?[ья]?|отменен[аоы]?)\b|\bбыл[аио]?\s+отменен[аоы]?\b", re.I)

# a block of a web page that opens by pointing at the event before it: read with that event;
# with a demonstrative (group `this`: "Cette formation, qui dure jusqu'au 27 avril") its dates are that event's too
EVENT_REFERENCE = re.compile(r"\s*(?P<this>Этот|Эта|Это|Эти|Данный|Данная|Данное|Указанный|Указанная)\s+(?:семинар|практикум|курс|тренинг|совещани|конференци|мероприяти|встреч|учени|форум)\w*", re.I)


# "Практикум в Ниамее и учебный курс в Ломе были профинансированы Европейским союзом", "Совещание в
# Аддис-Абебе было проведено при финансовой поддержке правительства Германии": events named by kind
# and place in a later paragraph (kg/extract/back_references.py). A place is in the locative there
# and in the nominative where the event was told ("Ниамей", a table's cell), so `place` is its stem:
# the word without its last one or two letters.
_EVENT_STEM = r"(?:практикум|семинар|курс|тренинг|совещани|встреч|конференци|вебинар|брифинг|форум|консультаци|лекци|учени)"
FUNDED_BY_DESCRIPTION = (
    re.compile(r"^\s*(?P<refs>(?:(?:Оба|Обе|Все|Эти)\s+)?(?:[А-ЯЁ][а-яё]+\s+)?" + _EVENT_STEM + r"[а-яё]*(?![а-яё]).{0,200}?)"
               r"\s+(?:был[аио]?\s+)?(?:профинансирован\w*|финансировал\w*|(?:проведен|осуществлен)\w*\s+"
               r"(?:при\s+финансовой\s+поддержке|за\s+сч[её]т|благодаря))\s+(?P<clause>[^;.]{2,160})", re.I),
    re.compile(r"(?<![а-яё])(?P<noun>" + _EVENT_STEM + r")[а-яё]*"
               r"(?:\s+во?\s+(?P<place>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)??)[а-яё]{1,2}(?![а-яё-]))?", re.I))

# the weekday's names, Monday 0: a news item dates an event by its weekday against its date line
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "четверг": 3, "пятница": 4, "пятницу": 4,
            "суббота": 5, "субботу": 5, "воскресенье": 6}
