"""What the shared activity reader (kg/extract/activities.py) takes from a language: the words
and patterns each language's `lexicon` module gives. Every language gives the required ones; an
optional hook a language leaves out turns its rule off for that language."""
from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, fields
from functools import cache
from types import ModuleType
from typing import Callable

from kg.extract.dates import DateSpan
from kg.extract.guards import guarded_all

Pattern = re.Pattern[str]


@dataclass(frozen=True)
class ActivityLexicon:
    CODE: str  # the language, for sentence splitting
    # dates and nouns
    find_dates: Callable[..., list[DateSpan]]  # (text, year=, period=) -> spans in the text
    adoption_date: Callable[[str, DateSpan], bool]  # the date is when a text was adopted, not an event
    activity_noun: Callable[[str, str], tuple[str, str] | None]  # (masked, text) -> (type, label)
    after_lead: Callable[[str, DateSpan], int]  # where a sentence goes on after its leading date
    number: Callable[[str], int]  # a count in digits or words
    EVENT_VERB: Pattern  # a sentence that holds an event without naming it ("was held")
    QUOTED: Pattern  # a quoted title, whose words name nothing
    # who did it
    MAIN_VERB: Pattern
    CLAUSE_BREAK: Pattern
    ADVERBIAL: Pattern  # a clause before the verb that is no subject ("In 2020,")
    ONLY_NAMES: Pattern
    SUBJECT_STOP: Pattern
    HOLD_VERBS: str  # verbs by which the subject holds an event (not merely attends it)
    CENTRE_TOOK_PART: Pattern  # the subject attended, it did not organise
    CO_ORGANISER: Pattern  # "in cooperation with X"
    PASSIVE_ORGANISER: Pattern  # "organised by X"
    ORGANISER_IS: Pattern
    EXTERNAL: Pattern  # an event of others that the subject took part in: group "orgs"
    EXTERNAL_CUT: Pattern
    FUNDING: Pattern  # "with funding from X"
    FUNDING_PLURAL: Pattern
    PROJECT: Pattern
    # who took part, and who benefited
    COME_FROM: Pattern  # "participants from X"
    PERSONNEL: Pattern
    PERSONNEL_OF: Pattern
    PLACE_BEFORE: Pattern  # a country named as the place, not a party
    NOT_PLACE_AFTER: Pattern
    COUNTRY_QUALIFIER: Pattern  # "Japanese X": the country only qualifies a name
    BENEFICIARY: Pattern
    BENEFICIARY_KINDS: set[str]
    ASSISTED: Pattern
    TARGETED: Pattern
    FOOTNOTE_BENEFICIARY: Pattern  # a footnote listing countries that benefited
    STATED_COUNTRIES: Pattern  # "the following 12 States": group 1 the count
    # how many, where, how
    COUNT_BOTH: Pattern  # groups "people" and "countries"
    COUNT_PEOPLE: Pattern  # group 1 the count
    COUNT_NAMED_PEOPLE: Pattern
    COUNT_COUNTRIES: Pattern
    HELD_IN: Pattern  # "held in X"
    NOT_A_PLACE: Pattern
    HYBRID: Pattern
    ONLINE: Pattern
    IN_PERSON: Pattern
    # optional hooks
    SCOPE_BREAK: Pattern | None = None  # "此外，区域中心还…": another action ends the activity's scope
    PEOPLE_AFTER: Pattern | None = None  # people counted after the countries they come from
    PEOPLE_BEFORE: Pattern | None = None  # people before the nationality that follows them (Arabic)
    PEOPLE_OF: Pattern | None = None  # "focal points of A, B and C"
    PARTICIPATION: Pattern | None = None  # "with the participation of X and Y"
    GUEST_VERB: Pattern | None = None  # the subject was invited, spoke, attended
    INVITER: Pattern | None = None  # "at the invitation of X", "应 X 邀请"
    EVENT_OF: Pattern | None = None  # "a meeting of X": X holds it
    # "within a project funded by X, the Centre held ...": the activity is the project's, X funds it
    WITHIN_PROJECT: Pattern | None = None
    REQUESTER: Pattern | None = None  # "at the request of the Government of X": X benefits
    # a funding phrase that names money ("appui financier", "financé par"); one that names support
    # alone ("avec l'appui du Centre régional") makes no funder of the report's own centre
    MONEY_WORDS: Pattern | None = None
    COUNT_GROUP: Pattern | None = None  # "22 diplomats and 8 academics": groups added up
    # the weekday's names, casefolded, Monday 0: an event a news item dates by its weekday alone
    WEEKDAYS: dict[str, int] | None = None
    # a sentence that opens by pointing at an event ("This intense one-day seminar …"); group
    # `this` where it points with a demonstrative
    EVENT_REFERENCE: Pattern | None = None
    COUNT_JOIN: Pattern | None = None
    HELD_IN_AFTER: Pattern | None = None  # the place written after the event noun
    EVENT_SUBJECT: Pattern | None = None  # "Un curso … de Guinea, Liberia y Sierra Leona, … se celebró": the event is the subject
    # between two dates of one sentence, words that give the second to the event named with the
    # first ("the first from 20 to 24 March and the second from 28 August …")
    NEXT_OF_SAME: Pattern | None = None
    # an event the text says was not held ("the conference planned for 2012 was not held"): none
    NOT_HELD: Pattern | None = None
    year_opens: Callable[[str, DateSpan], bool] | None = None  # a bare year opens an activity
    # people counted after the noun that names them ("出席的议员共41人"): group 1 the count
    COUNT_AFTER_NOUN: Pattern | None = None
    # a sentence that opens with these words has no subject before its verb ("为 X 举办了", "在洛美举办了")
    SUBJECTLESS_OPENING: Pattern | None = None
    # the header cells of a table of activities, a row each ("Date | Activité | Lieu |
    # Participants", "Даты | Место проведения | Курс | Число участников"): the columns of head
    # counts, places, dates and the countries each row was for (kg.extract.activities._table_rows)
    TABLE_PEOPLE: Pattern | None = None
    TABLE_PLACE: Pattern | None = None
    TABLE_DATE: Pattern | None = None
    TABLE_COUNTRY: Pattern | None = None
    # the column counting the countries each row's people came from ("国家数", "عدد البلدان"),
    # often under a merged header cell over the head count ("参加者" over "人数 | 国家数")
    TABLE_COUNTRIES: Pattern | None = None
    # the column naming who paid for each row ("供资方", "الجهة الممولة"): its bodies fund the row
    TABLE_FUNDER: Pattern | None = None
    # the column naming whom each row was organised with ("Partner", "Organized with"): its bodies
    # organise the row beside the Centre
    TABLE_PARTNER: Pattern | None = None
    # an event for one country ("国家讲习班", "حلقة عمل وطنية"): in a table's row, the one country
    # its cells name (as the place, or as whose people came) is whom it was for
    NATIONAL: Pattern | None = None
    # the head count in a cell of the people's column that does not open with it ("来自15个国家的
    # 47名官员"): group 1; without it, the cell's first word
    TABLE_COUNT: Pattern | None = None
    # a body of a State named without its State ("le Ministère des affaires étrangères"), and the
    # words before a country that name its Government ("sur l'invitation du Gouvernement ")
    STATE_BODY: Pattern | None = None
    GOVERNMENT_OF: Pattern | None = None


@cache
def activity_lexicon(module: ModuleType) -> ActivityLexicon:
    """The lexicon a language's module declares; one that lacks a required word is a bug."""
    names = [f.name for f in fields(ActivityLexicon)]
    missing = [f.name for f in fields(ActivityLexicon) if f.default is MISSING and not hasattr(module, f.name)]
    if missing:
        raise TypeError(f"{module.__name__} lacks {', '.join(missing)}")
    values = {name: getattr(module, name) for name in names if hasattr(module, name)}
    # patterns the reader runs on every sentence skip those lacking the words they need
    patterns = [name for name, value in values.items() if isinstance(value, re.Pattern)]
    values.update(zip(patterns, guarded_all([values[name] for name in patterns], module.__name__), strict=True))
    return ActivityLexicon(**values)
