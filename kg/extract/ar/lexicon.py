"""Words and patterns of Arabic reports, for the shared activity reader
(kg/extract/activities.py). Names are blanked before these patterns run. Arabic glues
conjunctions, prepositions and the article to the word (`والحلقات`, `لمساعدة`), so patterns
allow them before a word and look for word edges as `(?<![^\\W\\d_])`, not `\\b`. Sentences are
mostly verb first (`نظم المركز الإقليمي ...`): the subject follows the verb."""
from __future__ import annotations

import re

from kg.extract.ar.dates import find_dates as _find_dates
from kg.extract.labels import first_words

CODE = "ar"
NEVER = re.compile(r"(?!x)x")
START = r"(?<![^\s\u2588(«\"“])"  # a word starts: after a space, a blanked name or a bracket
END_OF_WORD = r"(?![^\W\d_])"
PREFIX = r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"  # و ف، ب ك ل، ال glued to a noun

# activity nouns (singular and plural, without the article) -> type; each later word may
# carry the article too (الحلقات الدراسية الشبكية)
ACTIVITY_NOUNS: dict[str, str] = {
    "حلقة دراسية شبكية": "Webinar", "حلقات دراسية شبكية": "Webinar", "ندوة شبكية": "Webinar",
    "ندوات شبكية": "Webinar", "حلقة عمل شبكية": "Webinar", "حلقات عمل شبكية": "Webinar",
    "حلقة دراسية عبر الإنترنت": "Webinar", "ندوة عبر الإنترنت": "Webinar", "ندوة افتراضية": "Webinar",
    "حلقة عمل": "Workshop", "حلقات عمل": "Workshop", "ورشة عمل": "Workshop", "ورش عمل": "Workshop",
    "حلقة دراسية": "Workshop", "حلقات دراسية": "Workshop", "حلقة عمل تدريبية": "Training",
    "دورة تدريبية": "Training", "دورات تدريبية": "Training", "برنامج تدريبي": "Training",
    "برامج تدريبية": "Training", "تدريب": "Training", "دورة دراسية": "Training",
    "اجتماع": "Meeting", "اجتماعات": "Meeting", "إحاطة": "Meeting", "إحاطات": "Meeting", "كلمة أمام": "Meeting",
    "حوار": "Meeting", "حوارات": "Meeting", "جلسة عمل": "Meeting", "جلسات عمل": "Meeting",
    "جلسة إعلامية": "Meeting", "لقاء": "Meeting", "لقاءات": "Meeting",
    "مشاورات": "Consultation", "مشاورة": "Consultation",
    "سلسلة محاضرات": "Lecture", "محاضرة": "Lecture", "محاضرات": "Lecture",
    "مؤتمر": "Conference", "مؤتمرات": "Conference", "ندوة": "Conference", "ندوات": "Conference",
    "مائدة مستديرة": "Panel", "موائد مستديرة": "Panel", "حلقة نقاش": "Panel", "حلقات نقاش": "Panel",
    "فريق خبراء": "Panel", "فريق مناقشة": "Panel", "منتدى": "Forum", "منتديات": "Forum",
    "تمرين محاكاة": "Exercise", "تمرين": "Exercise", "تمارين": "Exercise", "محاكاة": "Exercise",
    "حملة": "Campaign", "حملات": "Campaign", "حملة توعية": "Campaign",
    "دورة عادية": "Meeting", "دورة استثنائية": "Meeting",  # a body's regular or special session
    "حفل": "Other", "احتفال": "Other", "معرض": "Other", "مسابقة": "Other", "بعثة": "Other",
    "زيارة": "Other", "حدث": "Other", "فعالية": "Other", "فعاليات": "Other",
    "تدمير": "Other", "عملية تدمير": "Other", "إتلاف": "Other", "بعثة تقييم": "Other",
}


def _inflected(word: str) -> str:
    """A noun or adjective with the endings it takes in a sentence: the accusative alif
    (اجتماعا, تدريبا), the dual (حلقتين, اجتماعان), the feminine construct (حلقتي عمل)."""
    # (a possessive after it: "عقد المركز اجتماعه الإقليمي الثامن", "دورتها")
    if word.endswith("ة"):
        return re.escape(word[:-1]) + r"(?:ة|تين|تان|تي|تا|ات|ته|تها)"
    if word.endswith(("ى", "ء", "ات")):
        return re.escape(word)
    return re.escape(word) + r"(?:ا|ين|ان|ات|ه|ها)?"  # not ي: اجتماعي is "social"


def _noun_pattern(noun: str) -> str:
    first, *rest = noun.split()
    return _inflected(first) + "".join(r"\s+(?:ال)?" + _inflected(word) for word in rest)


_BY_LENGTH = sorted(ACTIVITY_NOUNS, key=len, reverse=True)
NOUN = re.compile(START + PREFIX + r"(" + "|".join(_noun_pattern(n) for n in _BY_LENGTH) + r")" + END_OF_WORD)
_TYPES = [(re.compile(r"(?:ال)?" + _noun_pattern(n)), ACTIVITY_NOUNS[n]) for n in _BY_LENGTH]


def _verbs(*stems: str, suffixes: str = r"(?:تا|تها|ته|ها|هما|ه|وا|ت|ا)?") -> str:
    return START + r"[وف]?(?:" + "|".join(stems) + r")" + suffixes + END_OF_WORD


HOLD_VERBS = _verbs(r"(?:اشترك|شارك)(?:ت|ا|تا)?\s+في\s+(?:تنظيم|استضافة|عقد)", "نظم", "استضاف", "عقد",
                    "أجرى", "أجرت", "أطلق", "نفذ", "يسر", "أقام", "دعا إلى عقد", "اشترك في رئاسة",
                    # "celebrated the day by organising a contest": the verbal noun after بـ
                    r"ب(?:تنظيم|عقد|إقامة)(?!\s+(?:مشترك\s+)?(?:من|بين)(?![^\W\d_]))")
TAKE_PART = _verbs("شارك", "اشترك", "حضر", "ألقى", "ألقت", "أسهم", "ساهم", "تحدث", "قدم عرضا", "قدمت عرضا",
                   "قدم إحاطة", "أدلى ببيان", "ترأس", "أدار", "تكلم",
                   # the speaker between the verb and what it gave: قدمت مديرة المركز في 9 آذار/مارس إحاطة
                   r"قدمت?\s+(?:[^\s.،؛]+\s+){1,8}?(?:إحاطة|عرضا|بيانا|كلمة)")
# the Centre a guest at another's event: taking part, attending, speaking (not co-organising,
# "اشترك المركز وحكومة منغوليا ... في استضافة", nor giving its own lecture)
# a briefing given to a body (قدمت مديرة المركز إحاطة إلى مجلس ...): the body's meeting, the Centre a guest
# ... or a speech made before one (ألقى مدير المركز كلمة أمام المجلس الدائم لمنظمة ...)
_BRIEFED = (r"[وف]?(?:قدمت?\s+(?:[^\s.،؛]+\s+){1,8}?إحاطة|ألق(?:ى|ت)\s+(?:[^\s.،؛]+\s+){0,8}?كلمة)"
            r"\s+(?:إلى|أمام)\s+")
GUEST_VERB = re.compile(r"(?:" + _verbs("شارك", "اشترك", "حضر", "تحدث", "تكلم", "أدلى ببيان")
                        + r"(?![^.؛]{0,160}?(?<![^\s\u2588])في\s+(?:تنظيم|استضافة|عقد|رئاسة))|" + START + _BRIEFED + ")")
# the body whose meeting or session a guest attended, named after it: "في الاجتماع الوزاري لمجلس
# السلم والأمن ..."، "في الدورة العادية ... للجمعية العامة لمنظمة الدول الأمريكية"
EVENT_OF = re.compile(r"(?:" + START + PREFIX + r"(?:اجتماع|دورة|مؤتمر|جلسة|منتدى|قمة)\S*(?:\s+[^\s\u2588،.؛]+){0,5}?\s+"
                      # or an organ of it: "أمام المجلس الدائم لمنظمة الدول الأمريكية"
                      r"(?:لل|ل)?|" + START + _BRIEFED + r"(?:ال)?(?:[^\s\u2588،.؛]+\s+){0,3}?(?:لل|ل)?)"
                      r"(?P<orgs>\u2588+(?:\s+\u2588+)*)")
EVENT_VERB = re.compile(_verbs("عقد", "نظم", "انعقد", "جرى", "جرت", "أقيم", "شارك", "حضر", "استضاف"))
MAIN_VERB = re.compile(HOLD_VERBS + "|" + TAKE_PART)

_ORGS = r"(?P<orgs>[^.؛;]{2,160}?)"
_END = (r"(?=\s*[،,.؛;:]|\s+(?:بعنوان|بمناسبة|الذي|التي|الذين|على|عن|حول|بشأن|خلال|من أجل|في|بهدف|لتقييم|"
        r"لمناقشة|لمساعدة|لدعم|لتعزيز|لفائدة|لصالح|إلى|ضمن|عبر|بالتداول|بحضور|حيث|و(?:شارك|حضر|نظم|قدم|عقد|تلقى|كان)|"
        r"[وف]?(?:برعاية|بدعم|بتمويل|بمنحة))"
        + END_OF_WORD + r"|\s*$)")
_LIST_END = _END
_ORGANISED_IT = r"(?:نظم|استضاف|عقد|اشترك في تنظيم|أجرا|أجر|نفذ)(?:تها|ته|ها|ه|تهما|هما)"
EXTERNAL = re.compile(r"(?:" + TAKE_PART + r"[^.؛]{0,320}?" + r"(?:" + START + r"[وف]?(?:الذي|التي)?\s*)?" + _ORGANISED_IT
                      + END_OF_WORD + r"\s+|"
                      # "on the sidelines of X's session, the Director briefed": X's event, the Centre a guest
                      + START + r"[وف]?على\s+هامش\s+(?:[^\s\u2588]+\s+){0,4}?(?=[^.؛،]{2,160}،\s*" + TAKE_PART + r"))"
                      + _ORGS + _END)
EXTERNAL_CUT = re.compile(r"لفائدة|لصالح|نيابة عن|بمناسبة|بعنوان")
CO_ORGANISER = re.compile(r"(?:" + START + r"[وف]?(?:بالاشتراك|بالتعاون|بالشراكة|بالتنسيق|جنبا إلى جنب)\s+مع|"
                          + START + r"[وف]?(?:تعاون|شراك|تنسيق)\S*\s+(?:\S+\s+)?مع)\s+(?:ال)?" + _ORGS + _END)
PASSIVE_ORGANISER = re.compile(r"(?:" + START + r"(?:من\s+تنظيم|بتنظيم\s+(?:مشترك\s+)?(?:من|بين))|"
                               + START + r"[وف]?(?:الذي\s+|التي\s+)?" + _ORGANISED_IT + END_OF_WORD + r")\s+" + _ORGS + _END)
# "the organisers were X"; "support to X in organising" (قدم المركز الدعم إلى X في تنظيم اجتماع): X holds it
ORGANISER_IS = re.compile(START + r"(?:[وف]?(?:كان|كانت)\s+(?:المنظمون|الجهات المنظمة|الجهة المنظمة)\s+(?:هم\s+|هي\s+)?|"
                          r"(?P<helped>(?:ال)?(?:دعم|مساعدة)\S*(?:\s+(?:ال)?\S+[يه])?\s+(?:إلى\s+|ل)))" + _ORGS
                          + r"(?(helped)(?=\s+في\s+(?:تنظيم|عقد|استضافة))|" + _END + ")")
# the funder named after an active verb ends where what it funded begins: ومولت ألمانيا بعثة ...
_FUNDING_END = _END.replace(r"|من أجل", "")[:-1] + r"|\s+" + PREFIX + r"(?:" + "|".join(
    _noun_pattern(n) for n in _BY_LENGTH) + r")" + END_OF_WORD + r")"
FUNDING = re.compile(
    START + r"[وف]?(?:مول|تمول|يمول|بتمويل(?:\s+مشترك)?(?:\s+مقدم)?\s+من|بدعم(?:\s+مالي)?(?:\s+مقدم)?\s+من|بمنحة(?:\s+مقدمة)?\s+من|برعاية)(?:ت|ته|تها|ه|ها|ا)?"
    + END_OF_WORD + r"\s+(?:ال)?(?P<a>[^.؛;]{2,160}?)" + _FUNDING_END +
    r"|" + START + r"[وف]?بفضل\s+(?:ال)?(?:دعم|تمويل|مساهمة|مساهمات|منحة)\s+(?:ال)?(?:مالي[ةه]?\s+)?(?:ال)?(?:مقدم[ةه]?\s+)?"
    r"(?:من|ل)\s*(?P<b>[^.؛;]{2,160}?)" + _FUNDING_END +
    r"|" + START + r"[وف]?(?:قدم|قدمت|وفر|وفرت|تقدم|تولى|تولت|تحمل|تحملت)\s+(?P<c>[^.؛;،]{2,120}?)\s+"
    r"(?:(?:ال)?دعم\s+(?:ال)?مالي|(?:ال)?تمويل|(?:ال)?أموال|(?:ال)?تكاليف|(?:ال)?نفقات)" + END_OF_WORD  # money, not technical support
    # a passive: "وقد تم تمويل الاجتماع من الاتحاد الأوروبي", "وجرى تمويلها من قبل ..."
    + r"|" + START + r"[وف]?(?:قد\s+)?(?:تم|جرى|يتم|يجري)\s+(?:ال)?تمويل(?:ها|ه|هما)?(?:\s+[^\s\u2588]+){0,3}?\s+"
    r"(?:من\s+قبل|من|بواسطة)\s+(?:ال)?(?P<d>[^.؛;]{2,160}?)" + _FUNDING_END)
FUNDING_PLURAL = re.compile(r"(?:هذه|هذين|هاتين|تلك|جميع|كل)\s+(?:ال)?(?:أنشطة|الأنشطة|الأحداث|الحدثين|الفعاليات|الاجتماعات|"
                            r"الحلقات|الدورات|البرامج|المشاورات|الحلقتين|الاجتماعين|الأنشطة)")
PROJECT = re.compile(r"مشروع|المشروع")
WITHIN_PROJECT = re.compile(START + r"[وف]?(?:في\s+إطار|ضمن)\s+(?:ال)?مشروع")
# "for 42 officials from A, B and C": who comes from somewhere took part (COME_FROM), so من ends
# the beneficiaries
# "لفائدة الدول الأعضاء في رابطة أمم جنوب شرق آسيا": the member States' body is who it was for
_FOR = (START + r"(?:لفائدة|لصالح|لحكومة|لحكومات)\s+(?:حكومة\s+|حكومات\s+)?"
        r"(?:(?:ال)?(?:دول|بلدان)\s+(?:ال)?(?:أعضاء|عضوة?)\s+في\s+)?")
BENEFICIARY_KINDS = {"Country", "Organization"}
# "إلى حكومة X، بناء على طلبها" (to the Government of X, at its request): X is who it was for
REQUESTER = re.compile(START + r"(?:مع|إلى|ل)\s*(?:حكومة\s+|حكومات\s+|سلطات\s+)?(?P<orgs>[^.؛;،]{2,120}?)\s*،?\s*"
                       r"(?:بناء على|بناءً على|استجابة ل|تلبية ل)\s*(?:طلب|طلبها|طلبه|طلبهم)(?![^\W\d_])")
ASSISTED = re.compile(START + r"[وف]?(?:لمساعدة|مساعدة|لدعم|دعما ل|بناء على طلب(?:\s+من)?|استجابة لطلب|بطلب من|"
                      r"(?:ال)?(?:دعم|مساعدة)(?:\s+(?:ال)?\S+[يهة])?\s+(?:إلى|ل))\s+"
                      r"(?:حكومة\s+|حكومات\s+)?" + _ORGS + _LIST_END)
# "اجتماعين ... مع حكومتي ملديف وسري لانكا": the governments the Centre met, not its partners in holding it
_WITH_GOVERNMENT = (r"(?<!بالتعاون )(?<!بالاشتراك )(?<!بالشراكة )(?<!بالتنسيق )(?<!وبالتعاون )(?<!وبالاشتراك )"
                    + START + r"مع\s+(?:ال)?(?:حكومة|حكومتي|حكومات|سلطات)\s+")
TARGETED = re.compile(r"(?:(?:موجه[ةه]?\s+إلى|تستهدف|يستهدف|استهدف(?:ت)?|المستفيدة|المستفيدين|المستفيدون)\s+(?:من\s+)?|"
                      + _WITH_GOVERNMENT + r")" + _ORGS + _END)
# people, in the forms a count takes: 41 مسؤولا, 36 من البرلمانيين, 32 من موظفي (construct)
_PEOPLE = (r"(?:ال)?(?:مشارك(?:ا|ين|ون|ي|ة|ات)?|مسؤول(?:ا|ين|ون|ي)?|ممثل(?:ا|ين|ون|ي)?|خبير(?:ا)?|خبراء|طالب(?:ا)?|طلاب|"
           r"مندوب(?:ا|ين|ون|ي)?|دبلوماسي(?:ا|ين|ون)?|برلماني(?:ا|ين|ون|ي)?|متدرب(?:ا|ين|ون|ي)?|شخص(?:ا)?|أشخاص|"
           r"موظف(?:ا|ين|ون|ي)?|امرأة|نساء|شاب(?:ا)?|شباب|صحفي(?:ا|ين|ون)?|أكاديمي(?:ا|ين|ون)?|ضابط(?:ا)?|ضباط|"
           r"مدرب(?:ا|ين|ون|ي)?|فرد(?:ا)?|أفراد|مدع(?:ين|ون|يا|ي)|قضاة|قاضيا|محام(?:ين|ون|يا)|"
           r"شرطي(?:ا|ين|ون)?|عسكري(?:ا|ين|ون)?|نائبا|نواب|مفتش(?:ا|ين|ون|ي)?|مسؤولات|موظفات|"
           r"قوات|عناصر)")
# members of bodies ("أعضاء اللجان الوطنية"), people only where the text is about whom it serves: "الدول
# الأعضاء في ..." are states
_MEMBERS = r"|(?:ال)?أعضاء"
# people, or the authorities, before the nationality adjective that follows them, glued to its
# article: ضباط الشرطة والدرك التوغوليين، السلطات الجامايكية
PEOPLE_BEFORE = re.compile(START + r"[وف]?(?:لل|[بلك])?(?:" + _PEOPLE + _MEMBERS + r"|(?:ال)?(?:سلطات|حكومات?|وزارات?))" + END_OF_WORD
                           + r"(?:\s+\S+){0,7}?\s+(?:[وف]?ال|في\s+(?:كل\s+من\s+)?)$")
# for the people of countries, named after في: دورة تدريبية لضباط الشرطة في توغو وبنن، لفائدة 28 من
# ضباط الشرطة الوطنية في بيرو، لموظفي الجمارك في كل من كوستاريكا وبنما
_PEOPLE_IN = (START + r"[وف]?(?:لفائدة\s+|لصالح\s+|موجه[ةه]?\s+إلى\s+|لل|ل)(?:\d+\s+من\s+)?(?:ال)?(?:" + _PEOPLE + _MEMBERS + ")" + END_OF_WORD
              + r"(?:\s+[^\s\u2588،.؛]+){0,7}?\s+في\s+(?:كل\s+من\s+)?")
BENEFICIARY = re.compile(r"(?:" + _PEOPLE_IN + r"|" + _FOR + r")" + _ORGS + _END.replace(r"|على|", r"|على|من|"))
COME_FROM = re.compile(START + r"[وف]?(?:لل|[بلك])?" + _PEOPLE + r"\s+(?:\S+\s+){0,4}?من\s+(?:ال)?" + _ORGS + _LIST_END)
LISTED = re.compile(r"(?:بلدان|البلدان|دول|الدول|بلدا|دولة)(?:\s+[^\s(]+){0,3}?\s*\((?:هي\s+|وهي\s+|أي\s+)?(?P<orgs>[^)]{2,400})\)")
PERSONNEL_OF = LISTED
PERSONNEL = NEVER
# "شارك فيها ممثلون عن كوستاريكا والسلفادور ...", "بمشاركة ممثلين عن بوركينا فاسو والسنغال": whose people took part
# (the construct "ممثلو بنن وتوغو" names them without عن)
PEOPLE_OF = re.compile(START + r"[وف]?(?:لل|[بلك])?(?:ال)?(?:(?:ممثل|مندوب)(?:ين|ون)\s+عن|(?:ممثل|مندوب)[وي](?:\s+عن)?|"
                       r"وفود(?:\s+عن)?)\s+(?:حكومات?\s+)?(?:ال)?" + _ORGS + _LIST_END)
CENTRE_TOOK_PART = re.compile(TAKE_PART)
COUNTRY_QUALIFIER = NEVER  # the Arabic nationality adjective follows its noun; the name finder reads it
# in a place (في نيبال, بنيبال); a name glued to the article is an adjective (الفرنسي): no actor
PLACE_BEFORE = re.compile(r"(?:" + START + r"(?:في|داخل)\s+|" + START + r"[وف]?ب|ال)$")
ADVERBIAL = re.compile(r"^\s*(?:بدعم من|بمساعدة|تحت رعاية|برعاية)")
NOT_PLACE_AFTER = NEVER
FOOTNOTE_BENEFICIARY = re.compile(r"مستفيد")
ONLY_NAMES = re.compile(r"^(?:[\s،,]|\u2588|و(?=\u2588))+$")

UNITS = {"واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3,
         "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8,
         "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "أحد": 1, "إحدى": 1,
         "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}
TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
        "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
        "تسعون": 90, "تسعين": 90, "مائة": 100, "مئة": 100}
WORD_NUMBERS = UNITS | TENS
_WORD = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_N = r"(\d{1,3}(?:,\d{3})+|\d+|(?:" + _WORD + r")(?:\s+(?:و)?(?:" + _WORD + r"))*)"
_ABOUT = r"(?:أكثر من\s+|نحو\s+|حوالي\s+|قرابة\s+|ما مجموعه\s+|ما يزيد على\s+|زهاء\s+)?"
_COUNTRIES = r"(?:بلدا|بلدان|البلدان|بلد|دولة|دول|الدول|دولا)(?:\s+(?:أعضاء|عضوا|عضو))?"
COUNT_BOTH = re.compile(START + _ABOUT + r"(?P<people>" + _N[1:-1] + r")\s+(?:من\s+)?" + _PEOPLE + END_OF_WORD
                        + r"[^.؛]{0,80}?(?:من|عن|يمثلون|تمثل)\s+(?:ال)?(?P<countries>" + _N[1:-1] + r")\s+" + _COUNTRIES + END_OF_WORD)
# the header cells of a table of activities (kg.extract.activities._table_rows): "عدد المشاركين",
# "المشاركون"; "المكان"; "التاريخ"; "البلد المستفيد"
TABLE_PEOPLE = re.compile(r"(?:ال)?مشارك(?:ين|ون|ات)?|(?:ال)?حضور")
TABLE_PLACE = re.compile(r"^(?:ال)?مكان(?:\s+(?:الانعقاد|النشاط))?$")
TABLE_DATE = re.compile(r"^(?:ال)?(?:تاريخ|تواريخ|فترة)$")
# how many countries a row's people came from ("عدد البلدان", "عدد الدول المشاركة")
TABLE_COUNTRIES = re.compile(r"^عدد\s+(?:ال)?(?:بلدان|دول)(?:\s+(?:ال)?مشاركة)?$")
TABLE_COUNTRY = re.compile(r"^(?:ال)?(?:بلد|بلدان|دولة|دول)(?:\s+(?:ال)?مستفيدة?)?$")
TABLE_FUNDER = re.compile(r"^(?:ال)?(?:جهة|جهات)\s+(?:ال)?(?:ممولة|مانحة)$|^(?:ال)?(?:ممول|ممولون|مانح|مانحون)$|^مصدر التمويل$")
# a national event, the adjective after its noun ("حلقة عمل وطنية", "دورة تدريبية وطنية", "اجتماع وطني"):
# for the one country a table's row names
NATIONAL = re.compile(r"(?:عمل|دراسية|تدريبية|دورة|اجتماع|مشاورات|ندوة|حلقة|منتدى|مؤتمر|حوار|تدريب)\s+وطني(?:ة)?"
                      + r"(?![\u0600-\u06FF])")
# "25 من أعضاء اللجنة": members counted only after من (the member States are no people)
COUNT_PEOPLE = re.compile(START + _ABOUT + _N + r"\s+(?:(?:من\s+)?" + _PEOPLE + r"|من\s+(?:ال)?أعضاء)" + END_OF_WORD)
COUNT_NAMED_PEOPLE = NEVER
COUNT_COUNTRIES = re.compile(START + r"[وف]?(?:من|عن|يمثلون|تمثل|يمثل|ممثلو|ممثلي|مندوبو|مندوبي)\s+(?:ال)?" + _N + r"\s+" + _COUNTRIES + END_OF_WORD)
STATED_COUNTRIES = re.compile(r"^.*" + START + _N + r"\s+" + _COUNTRIES + r"\s*(?:من بلدان المنطقة|في المنطقة)?\s*$", re.S)

ONLINE = re.compile(r"وسائل التواصل الاجتماعي|وسائط التواصل الاجتماعي|منصات التواصل|عبر الإنترنت|عبر الانترنت|بالتداول بالفيديو|بالفيديو|افتراضي|شبكي|عن بعد|رقمي|الإنترنت")
HYBRID = re.compile(r"مختلط|هجين|حضوريا وعبر الإنترنت|بالحضور الشخصي وعبر الإنترنت")
IN_PERSON = re.compile(r"بالحضور الشخصي|حضوري|وجها لوجه")
HELD_IN = re.compile(_verbs("عقد", "انعقد", "جرى", "جرت", "أقيم", "نظم") + r"\s+(?:\S+\s+){0,4}?"
                     r"(?:في\s+|" + START + r"ب)(?P<place>[^\s،.؛]+(?:\s+[^\s،.؛]+)?)|"
                     # a mission to a place (قام المركز ببعثة استشارية إلى منغوليا): there in person
                     + START + r"[وف]?(?:ب|ل)?(?:ال)?بعث(?:ة|ات)(?:\s+[^\s،.؛]+){0,2}?\s+إلى\s+(?P<went>[^\s،.؛]+(?:\s+[^\s،.؛]+)?)|"
                     # a briefing given in a city (قدمت ... إحاطة إلى مجلس ... في أديس أبابا): in person
                     + START + _BRIEFED + r"(?:[^\s.،؛]+\s+){1,8}?في\s+(?P<at>[^\s،.؛]+(?:\s+[^\s،.؛]+)?)")
# what follows `عقد في` without being a place: a time, a frame, a format
NOT_A_PLACE = re.compile(r"^(?:ال)?(?:إطار|فترة|مجال|سياق|أثناء|ظل|شكل|صيغة|وقت|حين|ضوء|موعد|دورة|جلسة|اجتماع|"
                         r"تداول|فيديو|إنترنت|عام|سنة|تاريخ|نهاية|بداية|منتصف|أوائل|أواخر|أسبوع|يوم|شهر|مقر الأمم|"
                         r"\d|[\u2588])")
REPORT_ONLINE = re.compile(r"تعذر\s+(?:\S+\s+){0,4}?(?:بالحضور الشخصي|حضوريا)|"
                           r"(?:حول|نقل)\s+(?:\S+\s+){0,3}?(?:أساليب|أنشطت|عمل)\S*\s+(?:\S+\s+){0,2}?(?:إلى|الى)\s+"
                           r"(?:أشكال|صيغ|منصات)\s+(?:رقمية|افتراضية|إلكترونية)|"
                           r"(?:جميع|كل)\s+(?:أنشطته|الأنشطة)\s+(?:\S+\s+){0,2}?(?:عبر الإنترنت|افتراضيا|بالتداول بالفيديو)")

QUOTED = re.compile(r"[«\"“][^»\"”]*[»\"”]")
CLAUSE_BREAK = re.compile(r"[،,؛;]\s")
SUBJECT_STOP = re.compile(r"[،,؛;]|" + START + r"(?:في|على|إلى|عن|من|مع|خلال|بشأن|لفائدة|لصالح|عبر|بالاشتراك|"
                          r"بالتعاون|بالشراكة|بالتنسيق|بالتداول|بصفة|سلسلة)" + END_OF_WORD + "|" + NOUN.pattern)


def find_dates(text, *, year=None, period=(None, None)):
    return _find_dates(text, year=year, period=period)


def after_lead(text: str, lead) -> int:
    """Where the sentence goes on after an opening date (`في 4 نيسان/أبريل 2019، نظم`)."""
    comma = re.compile(r"[،,]").search(text, lead.stop, lead.stop + 3)
    return comma.end() if comma else lead.stop


def adoption_date(text: str, span) -> bool:
    """`القرار 73/77 المؤرخ 5 كانون الأول/ديسمبر 2018`: the date a resolution was adopted; in a
    list the number alone stands before it (`… 1987 و44 / 117 واو المؤرخ 15 كانون الأول/ديسمبر 1989`)."""
    return bool(re.search(r"(?:قرار|\d{1,2}\s*/\s*\d{1,3}(?!\d))[^.؛]{0,25}?(?:المؤرخ[ةه]?|المعتمد[ةه]?|الصادر[ةه]?)\s+(?:في\s+)?$",
                          text[max(0, span.offset - 45):span.offset]))


def number(text: str) -> int:
    """`41`, `1,250`, `اثنا عشر`, `خمسة وعشرون` -> the number."""
    text = text.replace(",", "").strip()
    if text.isdigit():
        return int(text)
    return sum(WORD_NUMBERS.get(w.removeprefix("و") if w not in WORD_NUMBERS else w, 0) for w in text.split())


def _type(noun: str) -> str:
    return next((kind for pattern, kind in _TYPES if pattern.fullmatch(noun)), "Other")


SIDELINES = re.compile(r"هامش\s+$")


def activity_noun(masked: str, text: str) -> tuple[str, str] | None:
    """(type, label) of the first event the sentence names; the label runs on from the noun,
    since Arabic puts what qualifies a noun after it."""
    # "على هامش الدورة العادية لـ X، قدمت ... إحاطة": the event on whose sidelines it was is not it
    found = next((f for f in NOUN.finditer(masked) if not SIDELINES.search(masked, 0, f.start())), None)
    if not found:
        return None
    tail = re.sub(r"^[وف](?=ال|لل)", "", re.split(r"[،,؛;.]", text[found.start():])[0])
    return _type(found.group(1)), first_words(tail.split(), 10)


def activity_types(masked: str) -> set[str]:
    return {_type(found.group(1)) for found in NOUN.finditer(masked)}

# an event the text says was not held: no activity ("так и не была проведена", "was not held")
NOT_HELD = re.compile(r"لم\s+(?:ي|ت)عقد|لم\s+(?:ي|ت)نعقد|(?:أ|ا)لغي(?:ت)?\b")

# a block of a web page that opens by pointing at the event before it: read with that event;
# with a demonstrative (group `this`: "Cette formation, qui dure jusqu'au 27 avril") its dates are that event's too
EVENT_REFERENCE = re.compile(r"\s*و?(?P<this>هذه|هذا|تلك|ذلك)\s+(?:ال)?(?:حلقة|الحلقة|دورة|ورشة|اجتماع|مؤتمر|ندوة|تدريب|نشاط|منتدى)")

# the weekday's names, Monday 0: a news item dates an event by its weekday against its date line
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
            "السبت": 5, "الأحد": 6, "الاحد": 6}
