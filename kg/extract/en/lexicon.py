"""Words and patterns of English reports, for the shared activity reader
(kg/extract/activities.py). Names are blanked before these patterns run, so `organization`
inside `Organization for Security and Co-operation in Europe` is no verb."""
from __future__ import annotations

import re

from kg.extract.en.dates import find_dates as _find_dates
from kg.extract.labels import last_words

CODE = "en"

# activity nouns (singular, lower case) -> type; plurals are matched too
ACTIVITY_NOUNS: dict[str, str] = {
    "webinar": "Webinar", "online seminar": "Webinar", "virtual seminar": "Webinar",
    "web-based seminar": "Webinar", "online workshop": "Webinar", "virtual workshop": "Webinar",
    "videoconference": "Meeting", "video conference": "Meeting", "video-teleconference": "Meeting",
    "videoteleconference": "Meeting", "virtual meeting": "Meeting", "online meeting": "Meeting",
    "meeting": "Meeting", "briefing": "Meeting", "dialogue": "Meeting", "working session": "Meeting",
    "inter-agency consultation": "Consultation", "consultation": "Consultation",
    "training course": "Training", "training session": "Training", "training workshop": "Training",
    "training programme": "Training", "training program": "Training", "training": "Training",
    "course": "Training", "capacity-building workshop": "Workshop",
    "workshop": "Workshop", "seminar": "Workshop",
    "lecture series": "Lecture", "series of lectures": "Lecture", "lecture": "Lecture", "talk": "Lecture",
    "conference": "Conference", "symposium": "Conference", "review conference": "Conference",
    "panel discussion": "Panel", "expert panel": "Panel", "panel": "Panel", "round table": "Meeting",
    "roundtable": "Meeting", "round-table": "Meeting", "round-table discussion": "Panel",
    "round table discussion": "Panel", "round-table meeting": "Meeting", "round table meeting": "Meeting",
    "forum": "Forum",
    "tabletop exercise": "Exercise", "simulation exercise": "Exercise", "exercise": "Exercise",
    "simulation": "Exercise",
    "campaign": "Campaign", "awareness-raising campaign": "Campaign",
    "ceremony": "Other", "commemoration": "Other", "exhibition": "Other", "competition": "Other",
    "destruction event": "Other", "destruction of": "Other", "event": "Other",  # not "mass destruction"
    "mission": "Other", "visit": "Other",
}
# "the Permanent Mission of Japan": a State's delegation, not a mission
NOUN = re.compile(r"(?<![Pp]ermanent )\b(" + "|".join(sorted(map(re.escape, ACTIVITY_NOUNS), key=len, reverse=True))
                  + r")(?:e?s)?\b", re.I)

HOLD_VERBS = (r"\b(?:co-organized|co-organised|co-hosted|co-convened|organized|organised|hosted|convened|"
              r"held|conducted|launched|facilitated|implemented|delivered|carried out|undertaken|undertook|ran)\b")
TAKE_PART = (r"\b(?:participated|took part|attended|spoke|briefed|presented|contributed|made a presentation|"
             r"served as|was invited|were invited|addressed|was represented|were represented|"
             r"(?:delivered|made|gave) (?:a |an |the )?(?:presentation|statement|remarks|address|keynote))\b")
# the main verb of a sentence whose subject is a guest at the event it names
GUEST_VERB = re.compile(r"(?:participated|took part|attended|spoke|briefed|contributed to|served as|was invited|were invited|"
                        r"was represented|were represented|"
                        r"addressed|(?:delivered|made|gave) (?:a |an |the )?(?:presentation|statement|remarks|"
                        r"address|keynote))\b")
# "the first from 20 to 24 March and the second from 28 August": a further date of the event named before
NEXT_OF_SAME = re.compile(r"\b(?:the\s+)?(?:second|third|fourth|fifth|other|latter|last)\b")
EVENT_VERB = re.compile(r"\b(?:held|organized|organised|convened|conducted|took place|participated|attended)\b")
# (", held in Ouagadougou" after a list item's object is a reduced relative clause, no main verb:
# the names before it are no subject), unless its object follows the place's name (", together with
# X, held in Manila a national workshop" is a main verb)
MAIN_VERB = re.compile(TAKE_PART + "|" + r"(?!(?<=, )(?:held|conducted|convened|hosted)\s+(?:in|at|on|from|by|online|virtually)\b"
                       r"(?!\s+[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2}\s+(?:an?|its|their)\s))"
                       + HOLD_VERBS)

_ORGS = r"(?P<orgs>[^.;]{2,160}?)"
_END = r"(?=,(?!\s*(?:and|the)\s)| to | on | in (?![A-Z])| for | at | from | with | under |\.|;|$)"
# a list of names ends where a clause goes on: ", and was funded", ", which", a full stop
_LIST_END = (r"(?=,?\s+(?:and\s+)?(?:which|who|was|were|is|are|had|has|with|to|for|held|organized|funded|"
             r"participated|took part|attended|on|in (?![A-Z]))\b|[.;]|$)")
EXTERNAL = re.compile(r"\b(?:participated|took part|attended|spoke|presented|contributed|delivered|served|represented|"
                      r"was invited)\b[^.;]{0,320}?\b(?:organized|organised|hosted|convened|held|co-organized)\s+"
                      r"(?:jointly\s+)?by\s+(?:the\s+)?" + _ORGS + _END)
EXTERNAL_CUT = re.compile(r"\bfor\b|\bon behalf of\b")
CO_ORGANISER = re.compile(r"(?i:\b(?:in (?:close )?(?:cooperation|collaboration|partnership|conjunction|coordination) with|"
                          r"(?:collaborat|cooperat|work|partner)\w* (?:closely )?with|"
                          r"jointly with|together with|(?:co-organized|co-organised|co-hosted|co-convened|"
                          r"organized jointly|partnered) with|"
                          # "organized with the Ministry of …" (not "organized with the support of …")
                          r"organi[sz]ed with(?!\s+(?:the\s+)?(?:\w+\s+)?(?:support|assistance|funding|financing|help|"
                          r"contributions?|participation|aim|purpose|objective|goal)\b)))\s+(?:the\s+)?" + _ORGS + _END)
PASSIVE_ORGANISER = re.compile(r"\b(?:co-)?(?:organized|organised|hosted|convened|co-hosted|undertaken|carried out)\s+"
                               r"(?:(?:jointly|online|virtually|in person|in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),?\s+)?"
                               r"by\s+(?:the\s+)?" + _ORGS + _END)  # "organized in Lima by the Centre"
ORGANISER_IS = re.compile(r"\b(?:co-organizers|co-organisers|organizers|organisers|co-hosts)\s+(?:were|was|included)\s+"
                          + _ORGS + _END)
FUNDING = re.compile(
    r"\b(?:funded|financed|sponsored|made possible|supported financially|"
    r"(?:funds|funding|resources) (?:provided|made available))\s+(?:jointly\s+)?by\s+(?:the\s+)?(?P<a>[^.;]{2,160}?)"
    + _END.replace("| from ", "") +
    r"|\b(?:with|through|thanks to) (?:the |a )?(?:generous )?(?:financial )?(?:support|funding|contributions?|grant) (?:of|from)\s+(?:the\s+)?(?P<b>[^.;]{2,160}?)"
    + _END +
    r"|(?P<c>[^.;,]{2,120}?)\s+(?:provided|contributed)\s+(?:the\s+)?(?:financial support|funding|funds)")
FUNDING_PLURAL = re.compile(r"\b(?:These|Both|The two|The three|All (?:these|three|four)|The above|Those|Such)\s+"
                            r"(?:activities|events|meetings|webinars|workshops|trainings|training courses|sessions|"
                            r"consultations|courses)\b", re.I)
PROJECT = re.compile(r"\bproject\b", re.I)
# a list of names goes on past a comma: "for Colombia, Ecuador and Venezuela"
_NAMES_END = _END.replace(r",(?!\s*(?:and|the)\s)", r",(?!\s*(?:and\s|the\s|\u2588))")
BENEFICIARY = re.compile(r"\bfor\s+(?:the\s+)?(?:Governments? of\s+)?" + _ORGS + _NAMES_END)
REQUESTER = re.compile(r"\b(?:with|for|to)\s+(?:the\s+)?(?:Governments? of\s+)?(?P<orgs>[^.;,]{2,80}?),?\s+"
                       r"(?:at|upon|on)\s+(?:its|their)\s+(?:own\s+)?request\b")
BENEFICIARY_KINDS = {"Country"}
ASSISTED = re.compile(r"\b(?i:to assist|assisting|to help|helping|to support|supporting|at the request of|"
                      r"upon the request of|requested by|in response to a request from)\s+(?:the\s+)?"
                      r"(?:Governments? of\s+)?" + _ORGS + _LIST_END)
TARGETED = re.compile(r"\b(?:targeting|targeted at|aimed at|beneficiaries were|benefiting)\s+(?:the\s+)?" + _ORGS + _END)
COME_FROM = re.compile(r"(?<!contribution )(?<!contributions )(?<!funding )(?<!support )(?<!grant )(?<!grants )"
                       r"\bfrom\s+(?:the\s+)?" + _ORGS + _LIST_END)
LISTED = re.compile(r"\b(?:countries|States|nations)\s*\((?:namely\s+|i\.e\.,?\s+)?(?P<orgs>[^)]{2,400})\)")
PERSONNEL_OF = LISTED  # "from eight Caribbean States (Barbados, Grenada …)"
PERSONNEL = re.compile(r"\b(?P<orgs>(?:[A-Z][a-z]+\s+){1,3})(?:officials|officers|police|customs|diplomats|"
                       r"parliamentarians|experts)\b")
CENTRE_TOOK_PART = re.compile(TAKE_PART)
INVITER = re.compile(r"\b(?:at the invitation of|invited by)\s+(?:the\s+)?(?:Governments? of\s+)?" + _ORGS + _END)
# a sentence that turns to another action of the Centre ends the scope of the event before it
SCOPE_BREAK = re.compile(r"^(?:In addition|Additionally|Furthermore|Moreover|Separately)\b")
# the body whose event a guest attended, named after the event: "a meeting of ECOWAS"
EVENT_OF = re.compile(r"\b(?:meeting|seminar|session|conference|workshop|forum|summit|symposium|assembly|"
                      r"retreat|round ?table|dialogue|consultation|course|webinar)s?\s+(?:of|convened by|hosted by)\s+"
                      r"(?:the\s+)?" + _ORGS + _END
                      # "briefed X at its ministerial meeting": the body addressed holds the meeting
                      + r"|\b(?:briefed|addressed)\s+(?:the\s+)?(?P<addressed>[^.;]{2,160}?)\s+at\s+its\b"
                      # "delivered remarks at the ASEAN Regional Forum Inter-Sessional Meeting on …": the
                      # body whose name opens the event's name holds it
                      r"|\b(?:remarks|statement|presentation|address|participated|took part|spoke|attended)\b[^.;]{0,30}?"
                      r"\b(?:at|in)\s+the\s+(?P<opening>\u2588[\u2588 ]*)(?<! )\s+(?:[A-Z][\w-]*\s+){0,3}?"
                      r"(?:Meeting|Conference|Seminar|Workshop|Summit|Symposium|Dialogue|Session|Retreat)s?\b")
# bodies and countries that took part, named after the event
PARTICIPATION = re.compile(r"\bwith the (?:active\s+)?participation of\s+(?:the\s+)?" + _ORGS + _LIST_END)
PEOPLE_OF = re.compile(r"\b(?i:focal points|points of contact|representatives|officials|officers|delegations|delegates|"
                       r"experts|diplomats|parliamentarians)(?:\s+(?:on|for)\s+[a-z][^.;,]{0,40}?)?\s+of\s+(?:the\s+)?"
                       + _ORGS + _LIST_END)
# "Indian civil society organizations X", "the French think tank X": the country only qualifies
COUNTRY_QUALIFIER = re.compile(r"^\s*(?:-based|'s|’s|think[- ]tanks?|civil society|non-governmental|"
                               r"organi[sz]ations?|NGOs?|universit|institut|foundation|academ)", re.I)
PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# an opening clause that names who asked or helped, not who acted: "At the request of the Government of X, …"
ADVERBIAL = re.compile(r"^\s*(?:with the (?:support|assistance) of|under the auspices of|(?:at|upon|on) the (?:request|invitation) of|"
                       r"in response to (?:a|the) request (?:of|from)|with (?:the )?financial support (?:of|from))\b", re.I)
NOT_PLACE_AFTER = re.compile(r"(?!x)x")  # English places rarely precede a funder
FOOTNOTE_BENEFICIARY = re.compile(r"\bbeneficiar|\brecipient", re.I)
ONLY_NAMES = re.compile(r"^(?:[\s,]|\u2588|\b(?:the|and)\b)+$")

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
# numbers written in words, as reports write head counts: "thirty-five officials", "a hundred"
WORD_NUMBERS = {w: i for i, w in enumerate(_UNITS)} | _TENS | {
    f"{ten}{joint}{unit}": value + i for ten, value in _TENS.items() for i, unit in enumerate(_UNITS[1:10], 1)
    for joint in ("-", " ")} | {"one hundred": 100, "a hundred": 100}
# "one hundred and twelve", "two hundred": hundreds read by `number`, not listed
HUNDREDS = (r"(?:" + "|".join(_UNITS[1:10]) + r"|a)\s+hundred(?:\s+(?:and\s+)?(?:"
            + "|".join(sorted((w for w in WORD_NUMBERS if w not in ("one hundred", "a hundred")), key=len, reverse=True))
            + r"))?")
_N = r"(\d{1,3}(?:,\d{3})+|\d+|" + HUNDREDS + "|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
_PEOPLE = (r"(?:participants|officials|officers|representatives|experts|students|delegates|diplomats|"
           r"parliamentarians|trainees|attendees|people|persons|practitioners|staff|women|youth|"
           r"young people|journalists|academics|policymakers|instructors|cadets)")
_FILLER = r"(?:(?!States\b|countries\b)[A-Za-z][\w-]*,?\s+)"  # words, never numbers ("police, customs and")
_COUNTRIES = r"(?:countries|States|Member States|member States|nations|States Members)"
NOT_COUNTRIES = r"(?!\s+(?:institutions|agencies|ministries|bodies|authorities))"
COUNT_BOTH = re.compile(r"\b(?:more than\s+|some\s+|about\s+|over\s+)?(?P<people>" + _N[1:-1] + r")\s+" + _FILLER + r"{0,6}?"
                        + _PEOPLE + r"\b[^.;]{0,60}?\b(?:from|of|representing)\s+(?:the\s+)?(?P<countries>"
                        + _N[1:-1] + r")\s+(?:[\w-]+\s+){0,3}?" + _COUNTRIES + r"\b" + NOT_COUNTRIES, re.I)
# the header cells of a table of activities (kg.extract.activities._table_rows): "No. of
# participants", "Venue", "Date", "Beneficiary country"
# a merged header names a column under it after it ("Participants" over "Total", "Women",
# "States": "Participants Total", "Participants States")
TABLE_PEOPLE = re.compile(r"^(?:(?:Number|No\.)\s+of\s+)?(?:Participants|Participation|Attendance|Attendees|Trainees)"
                          r"(?:\s*\((?:number|No\.)\))?(?:\s+total)?$", re.I)
TABLE_PLACE = re.compile(r"^(?:Venue|Place|Location|City)$", re.I)
TABLE_DATE = re.compile(r"^(?:Dates?|Period)$", re.I)
TABLE_COUNTRY = re.compile(r"^(?:Beneficiary\s+)?(?:Country|Countries)(?:\s+(?:assisted|concerned))?$"
                           r"|^Participants\s+(?:States|countries)$", re.I)
TABLE_FUNDER = re.compile(r"^(?:Funders?|Funded\s+by|Funding(?:\s+source)?|Donors?|Source\s+of\s+(?:funds|funding))$", re.I)
TABLE_PARTNER = re.compile(r"^(?:Partners?|Co-organizers?|Co-organisers?|Organized\s+with|Organised\s+with"
                           r"|In\s+(?:cooperation|partnership)\s+with)$", re.I)
# a national event ("national workshop"): for the one country the row or sentence names
NATIONAL = re.compile(r"\bnational\s+(?:(?:training|capacity-building|awareness-raising|validation)\s+)?(?:workshops?|seminars?"
                      r"|training(?:\s+courses?)?|courses?|meetings?|consultations?|round\s*tables?|forums?|dialogues?"
                      r"|conferences?)\b", re.I)
COUNT_PEOPLE = re.compile(r"\b(?:more than\s+|some\s+|about\s+|over\s+)?" + _N + r"\s+" + _FILLER + r"{0,5}?"
                          + _PEOPLE + r"\b", re.I)
COUNT_NAMED_PEOPLE = re.compile(r"(?!x)x")  # English counts people in one way
# one group of people in a head count stated as a sum: "22 diplomats and 8 academics" (not "6 of whom")
COUNT_GROUP = re.compile(r"\b" + _N + r"(?!\s+of\s+(?:whom|which|them)\b)\s+" + _FILLER + r"{0,5}?" + _PEOPLE + r"\b", re.I)
COUNT_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?P<and>and|as well as|plus)\s+)?", re.I)
COUNT_COUNTRIES = re.compile(r"\b(?:from|representing|of)\s+(?:the\s+)?" + _N + r"\s+(?:[\w-]+\s+){0,3}?"
                             + _COUNTRIES + r"\b" + NOT_COUNTRIES, re.I)
STATED_COUNTRIES = re.compile(r"^.*\b" + _N + r"\s+(?:[a-z-]+\s+){0,2}?" + _COUNTRIES + r"\s*(?:of the region)?\s*$", re.I | re.S)

ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|webinars?|video[- ]?(?:tele)?conferenc\w*|videoconferenc\w*|"
                    r"remote(?:ly)?|digital format|by video)\b", re.I)
HYBRID = re.compile(r"\bhybrid\b|in person and online|online and in person|in-person and virtual", re.I)
IN_PERSON = re.compile(r"\bin[- ]person\b|\bface-to-face\b|\bon site\b|\bphysical(?:ly)?\b", re.I)
# a place's name: capitalised words, maybe joined by a small word ("Port of Spain", "Dar es Salaam")
_PLACE = r"[A-Z][\w'’-]+(?:\s+(?:(?:of|de|da|do|del|es)\s+)?[A-Z][\w'’-]+){0,2}"
HELD_IN_AFTER = re.compile(r"\b(?:held|took place|hosted|convened|conducted)\s+(?:in|at)\s+"
                           r"(?P<place>" + _PLACE + r")(?=[,.;]|\s+(?:for|on|from|to|with|and|by)\b)")
# "held at Yaoundé" (older reports): "at" a place only after a verb of holding
# "organized in Bamako a regional workshop", "organized in Kathmandu its annual conference": the
# place before the verb's object
HELD_IN = re.compile(r"\b(?:(?:held|took place|organized|hosted|convened|conducted)\s+(?:in|at)|in)\s+"
                     r"(?P<place>" + _PLACE + r")(?=[,.;]|\s+(?:for|on|from|to|with|and|by|an?|its|their|the)\b)")
NOT_A_PLACE = re.compile(r"^(?:the framework|the context|the course|the period|the margins|line|cooperation|"
                         r"partnership|English|French|Spanish|Arabic|Russian|Chinese|Portuguese|January|February|"
                         r"March|April|May|June|July|August|September|October|November|December)", re.I)
# funders named in a later paragraph that points back: "the seminar referred to in paragraph 3 above
# was funded by UNDP" (kg/extract/back_references.py)
FUNDED_BY_REFERENCE = re.compile(
    r"\b(?P<noun>seminar|workshop|training course|training|course|meeting|conference|webinar|activit(?:y|ies)|event)s?"
    r"\s+(?:referred to|described|mentioned|reported)\s+in\s+(?:paragraph\s+(?P<number>\d{1,3})"
    r"|subparagraphs?\s+(?P<letters>\([a-z]\)(?:\s*(?:,|and)\s*\([a-z]\))*))(?:\s+above)?\s*,?\s+"
    r"(?P<clause>(?:was|were|had been)\s+(?:funded|financed|sponsored|paid for|borne|met|covered)\s+(?:by|from|through)\s+[^;.]{2,120})", re.I)

# "The training course in Nairobi and the workshop in Libreville were funded by the European Union."
FUNDED_BY_DESCRIPTION = (
    re.compile(r"^\s*(?P<refs>(?:The|the|Both|both|All|all)\s.{4,200}?)\s+(?:was|were|had been)\s+(?:funded|financed|sponsored|paid for|made possible"
               r"|supported financially|financially supported)\s+(?:by|from|through|thanks to)\s+(?P<clause>[^;.]{2,160})"),
    # "The activities in Ouagadougou and Libreville": every event told there (`any`), several places
    re.compile(r"\b(?P<noun>seminar|workshop|training course|training|course|meeting|conference|webinar|briefing|"
               r"round table|forum|consultation|exercise|(?P<any>activit(?:y|ie)|event))s?\b(?:\s+(?:held\s+)?(?:in|at)\s+"
               r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*))?"))

REPORT_ONLINE = re.compile(r"(?:in-person|physical|face-to-face) (?:meetings|activities|events)[^.]{0,40}?"
                           r"(?:could not|were not able to|impossible)|(?:all|its) activities (?:were )?"
                           r"(?:held|conducted|carried out|moved|delivered) (?:online|virtually)|"
                           r"(?:shifted|moved|adapted) (?:its|the) (?:work|activities|working methods)[^.]{0,30}?"
                           r"(?:online|virtual|digital)", re.I)

QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
CLAUSE_BREAK = re.compile(r"[,;]\s")
SUBJECT_STOP = re.compile(r",|\b(?:on|in|at|for|through|from|during|with|under|by)\b|" + HOLD_VERBS + "|" + TAKE_PART)


def find_dates(text, *, year=None, period=(None, None)):
    return _find_dates(text, year=year, period=period)


def after_lead(text: str, lead) -> int:
    """Where the sentence goes on after an opening date (`On 4 April 2019, the Centre`)."""
    comma = text.find(",", lead.stop, lead.stop + 3)
    return comma + 1 if comma >= 0 else lead.stop


def adoption_date(text: str, span) -> bool:
    """`resolution 73/77 of 5 December 2018`: the date a resolution was adopted."""
    # a cited document's symbol in brackets: "presidential statement (S/PRST/2002/31) of 31 October 2002"
    return bool(re.search(r"resolution[^.;]{0,25}?\bof\s+$|\([A-Z]{1,2}/[\w./-]{3,30}\)\s*,?\s*(?:of|dated)\s+$",
                          text[max(0, span.offset - 40):span.offset]))


def number(text: str) -> int:
    text = " ".join(text.lower().replace(",", "").split())
    hundreds = re.fullmatch(r"(\w+) hundred(?: (?:and )?(.+))?", text)
    if hundreds and (hundreds.group(1) == "a" or hundreds.group(1) in WORD_NUMBERS):
        return (100 * WORD_NUMBERS.get(hundreds.group(1), 1)
                + (WORD_NUMBERS[hundreds.group(2)] if hundreds.group(2) else 0))
    return WORD_NUMBERS[text] if text in WORD_NUMBERS else int(text)


def _type(noun: str) -> str:
    key = noun.lower()
    if key not in ACTIVITY_NOUNS:
        key = re.sub(r"(?:es|s)$", "", key) if re.sub(r"(?:es|s)$", "", key) in ACTIVITY_NOUNS else key[:-1]
    return ACTIVITY_NOUNS.get(key, "Other")


def activity_noun(masked: str, text: str) -> tuple[str, str] | None:
    """(type, label) of the first event the sentence names; a vague one ("prior to the mission",
    "the event") gives way to a noun of a type named after it ("attended the 9th Meeting")."""
    found = NOUN.search(masked)
    if not found:
        return None
    if _type(found.group(0)) == "Other":
        found = next((f for f in NOUN.finditer(masked, found.end()) if _type(f.group(0)) != "Other"), found)
    head = re.split(r"[,;]\s|" + HOLD_VERBS + "|" + TAKE_PART, text[:found.start()])[-1]
    words = (head + text[found.start():found.end()]).split()
    label = last_words(words, 10).strip(" ,")
    return _type(found.group(0)), label


def activity_types(masked: str) -> set[str]:
    return {_type(found.group(0)) for found in NOUN.finditer(masked)}

# an event the text says was not held: no activity ("так и не была проведена", "was not held")
NOT_HELD = re.compile(r"\b(?:was|were)\s+(?:not|never)\s+(?:held|convened)\b|\bnever\s+took\s+place\b|\b(?:was|were)\s+cancell?ed\b|\bdid\s+not\s+take\s+place\b")

# a block of a web page that opens by pointing at the event before it: read with that event;
# with a demonstrative (group `this`: "Cette formation, qui dure jusqu'au 27 avril") its dates are that event's too
# (not one that names the paragraph it means: "The seminar referred to in subparagraph (a) was …")
EVENT_REFERENCE = re.compile(r"\s*(?:(?P<this>This|That|These)|The)\s+(?:[a-z][\w-]*\s+){0,3}?(?:workshop|training|course|seminar|meeting|conference|session|round[- ]?table|forum|exercise|campaign|event|activity|webinar)s?\b"
                             r"(?!\s+(?:referred to|described|mentioned|reported)\s+in\s+(?:sub)?paragraph)", re.I)

# the weekday's names, Monday 0: a news item dates an event by its weekday against its date line
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
