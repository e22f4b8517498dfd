"""Names in French text: the gazetteer's (an article or elision before a name, `l’Union
européenne`, `du Centre régional`, `d’Asie`, is left outside the match), "le Centre",
governments and actors named by an adjective (`le Gouvernement mongol`, `groupe de réflexion
français`), resolutions and goals cited by number, and organisations the gazetteer lacks
(`Institut …`, `Fondation …`, `Commission nationale …`, `Réseau …`, a quoted name before
`coalition`, names listed after `organisations`)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.anaphora import bodies_of_named_instruments
from kg.extract.entities import (blank_out, cited_resolutions, coordinated, gazetteer_table, goals, host_of,
                                 named_by_acronym, organ_of_another, org_from_text, overlaps, overlaps_span, pattern_matches, unresolved_subject)
from kg.extract.facts import Entity
from kg.paths import DATA
from kg.reference import Gazetteer, NameMatch, matcher_for
from kg.reference.compiled import read_yaml
from kg.reference.gazetteer import spaced

CODE = "fr"
# "le Centre", "le Centre régional"; not another centre ("Centre africain d’études…", "Centre de…")
SUBJECT = re.compile(r"\bCentre(?:\s+régional)?\b(?!\s+(?:des|de|du|pour|d['’]|sur)\b)(?!\s*-)"
                     r"(?!\s+(?:international|africain|national|européen|asiatique|latino-américain|interrégional|"
                     r"sous-régional|mondial|panafricain|arabe|islamique|commun|conjoint|technique|culturel|"
                     r"universitaire|opérationnel|intégré)e?s?\b)"
                     # "il a organisé": the pronoun before an activity verb is the Centre, not the Secretary-General
                     r"|\b[Ii]l\b(?=\s+(?:a|avait)\s+(?:(?:également|aussi|en outre|ensuite|par ailleurs|notamment)\s+)?"
                     r"(?:organisé|coorganisé|co-organisé|tenu|lancé|participé|contribué|pris part|animé|dispensé|"
                     r"accueilli|mené|présenté|prononcé|fait|aidé|appuyé|fourni|collaboré|dialogué|convoqué|facilité)\b)")
GOALS = re.compile(r"\bobjectifs?\s+(?:de développement durable\s+)?(?:nos?\s+)?"
                   r"(?P<numbers>\d{1,2}(?!\d)(?:\s*(?:,|et)\s*\d{1,2}(?!\d))*)(?!\s*/)")
HOST = re.compile(r"\bpays hôte\b")
# head words of instrument names: "le secrétariat du Traité" after the treaty's whole name
INSTRUMENT_HEADS = tuple(re.compile(rf"\b{word}\b") for word in ("Traité", "Convention", "Protocole"))
GA_RESOLUTION = re.compile(r"\brésolutions?\s+(\d{1,2})\s*/\s*(\d{1,3})(?:\s*([A-Z])\b)?")
# between two resolutions of a list: "40/151 G du 16 décembre 1985, 41/60 D …", "… et la résolution 43/76 D"
RESOLUTION_GAP = re.compile(r"(?:\s*,?\s*(?:du|en date du)\s+(?:1\s*er|\d{1,2})\s+[^\W\d_]+\s+\d{4})?"
                            r"\s*(?:,\s*(?:et\s+)?|\s+et\s+)(?:(?:ses|sa|la|les)\s+)?(?:résolutions?\s+)?")
SC_RESOLUTION = re.compile(r"\brésolutions?\s+(\d{3,4})\s*\(\s*(\d{4})\s*\)")
_KINDS = (r"coalition|réseau|organisation|groupe de réflexion|alliance|fondation|ONG|"
          r"association|mouvement|think tank|collectif")
QUOTED_BEFORE = re.compile(r"«\s*([^»]{2,50}?)\s*»\s*,\s*(?:une?\s+)?(?:[a-zé]+\s+)?(?:" + _KINDS + r")\b")
QUOTED_AFTER = re.compile(r"\b(?:" + _KINDS + r")\s*,?\s*(?:appelée?\s+|dénommée?\s+|intitulée?\s+|baptisée?\s+)?"
                          r"«\s*([^»]{2,50}?)\s*»")
APPOSITIVE = re.compile(r"\b(?:par|avec|et|de|entre)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?P<name>[A-Z][^.;,\u2588«»]{1,50}?),"
                        r"\s+(?:une?\s+)?(?:" + _KINDS + r")\b")
_CAP = r"[A-ZÀÂÇÉÈÊÎÔÛ][\w'’&.-]*"
LISTED_AFTER = re.compile(r"\b(?:organisations?|ONG|groupes? de réflexion|partenaires|institutions?|associations?)"
                          r"(?:\s+(?:de la société civile|non gouvernementales?|locales?|nationales?|internationales?|"
                          r"\u2588+))*\s+"
                          rf"((?:{_CAP}(?:\s+{_CAP})*)(?:\s*(?:,|et)\s*(?:{_CAP}(?:\s+{_CAP})*))*)")
ORG_WORDS = (r"Institut|Fondation|Centre|Réseau|Forum|Comité|Commission|Conseil|Association|Société|Université|"
             r"Agence|Bureau|Office|Police|Ministère|Académie|Alliance|Coalition|Fédération|Secrétariat|Service|"
             r"Direction|Autorité|Institution|École|Collège|Groupe|Organisation|Union|Observatoire|Mouvement|"
             r"Gendarmerie|Cellule|Assemblée|Parlement|Haut-Commissariat|Brigade|Forces|Chambre|Plateforme|"
             r"Délégation|Laboratoire|Fonds|Surintendance|Inspection|Commissariat|Garde|Parquet|Tribunal|Cour")
# a body's name ending where the bracket of its acronym opens ("Agence d’exécution de la CARICOM pour
# la lutte contre la criminalité et pour la sécurité ("): French writes its words in lower case, so
# the name runs over any word but a verb, a relative or a second body's head after "et"
_NAME_WORD = (r"(?:\s+(?!(?:a|ont|est|sont|avait|avaient|avec|par|qui|dont|que|lors|afin)\b)"
              rf"(?!et\s+(?:la|le|les|l['’])\s*(?:{ORG_WORDS})\b)[\w’'-]+|(?<=['’])[\w-]+)")
NAME_BEFORE_ACRONYM = re.compile(rf"(?<![\w\u2588])(?P<name>(?:{ORG_WORDS}){_NAME_WORD}{{1,16}})\s*$")
# "verser au Centre des contributions": the noun is followed by what is given, not by a name
ORG_START = re.compile(rf"\b(?:{ORG_WORDS})\b(?!\s+(?:des|de|d['’]|du)\s*(?:contributions|ressources|informations|"
                       rf"activités|fonds|dons|rapports|propositions|demandes|conseils|données|locaux|moyens)\b)"
                       # "fournir au Centre des locaux": the Centre that receives, followed by what it receives
                       r"(?<!\bau Centre)")
# words that end an organisation's name: verbs, pronouns, prepositions that start a clause
NAME_STOP = {"a", "ont", "est", "sont", "été", "était", "qui", "que", "dont", "avec", "dans", "lors", "par",
             "au", "aux", "à", "afin", "ainsi", "ces", "cette", "ce", "son", "sa", "ses", "leur", "leurs",
             "un", "une", "y", "se", "entre", "depuis", "pendant", "notamment", "également", "avait",
             "avaient", "sera", "seront", "ayant", "étant", "mais", "ou", "puis", "selon", "chargé", "chargée",
             "consacré", "consacrée", "organisé", "organisée", "organisés", "organisées", "tenu", "tenue",
             # "décision du Conseil relative à …": a complement follows the name, it is not part of it
             "relatif", "relative", "relatifs", "relatives", "concernant", "portant", "visant",
             # "les activités du Centre de juillet 1995 à juin 1996": a month ends a name
             "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"}
ARTICLES = {"la", "le", "les", "l"}
# a body of the State keeps the country that closes its name as an actor ("Police nationale du
# Pérou" is Peru's); an institute or foundation only says where it is
GOVERNMENT_BODY = re.compile(r"^(?:Ministère|Police|Gendarmerie|Direction|Forces?|Armée|Douanes?|Agence nationale|"
                             r"Autorité nationale|Commission nationale|Conseil national|Secrétariat permanent|"
                             r"Service|Bureau national|Parlement|Assemblée nationale|Sénat|Gouvernement|Parquet|"
                             r"Haut-Commissariat|Inspection)\b")
# a comma inside a name: an enumeration of complements that closes with "et"
# ("…, des armes, des munitions et des explosifs"); a title in capitals enumerates with capital
# articles ("Commission Nationale de Lutte Contre la Prolifération, La Circulation et le Trafic …"),
# which no list of bodies has mid-sentence
ENUMERATION = re.compile(r",\s+(?:(?:des|du|de la|de l['’]|la|le|les|l['’])\s*[a-zé]|(?:La|Le|Les|L['’])\s*[A-ZÉ])[^,.;()\u2588]{0,40}"
                         r"(?:,\s+(?:des|du|de la|de l['’]|la|le|les|l['’])\s*[a-zé][^,.;()\u2588]{0,40})*?\bet\s+")
CONNECTORS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "sur", "en", "contre"}
GENERIC_WORDS = {"fonds", "national", "nationale", "régional", "régionale", "commission", "comité", "centre",
                 "bureau", "secrétariat", "gouvernement", "ministère", "programme", "service", "conseil",
                 "agence", "institut", "forum", "réseau", "groupe", "organisation", "union", "autorité", "police",
                 "université", "de", "du", "des", "la", "le", "les", "et", "pour", "l", "d", "nations", "unies",
                 "assemblée", "forces", "fondation", "association", "direction", "office", "parlement", "général",
                 "générale", "spécial", "spéciale", "permanent", "permanente", "international", "internationale",
                 "pays", "région", "régions", "local", "locale", "locaux", "sous-régional", "sous-régionale",
                 "experts", "travail",  # "Groupe d'experts", "Groupe de travail": a body's kind, not its name
                 "affectation"}  # "Fonds d’affectation spéciale": a centre's own fund named short
# phrases holding a name that are not that name (places such as "Ville de Panama": kg/data/places.yaml)
BLOCKERS = ("francophones", "lusophones",
            "anglophones", "hispanophones", "arabophones", "dollars des États-Unis", "dollar des États-Unis",
            # meetings, not La Réunion
            "Réunion biennale", "Réunion des États", "Réunion des Hautes Parties", "Réunion de haut niveau",
            "Réunion d'experts", "Réunion d’experts", "Réunion ministérielle", "Réunion plénière", "Réunion régionale",
            "Réunion annuelle", "Réunion extraordinaire", "Réunion internationale", "Réunion conjointe",
            "Réunion consultative", "Réunion préparatoire", "Réunion du Groupe")
NOT_NAMES = {"Secrétaire général", "États Membres", "États", "Gouvernement", "Gouvernements", "Résumé", "Annexe",
             "Introduction", "Conclusions", "Centre régional", "Centre", "COVID-19", "Nations Unies"}
ACTOR_NOUNS = (r"(?:Gouvernements?|autorités|organisations?|ONG|groupes? de réflexion|think tanks?|société civile|"
               r"instituts?|fondations?|universités?|fonctionnaires|agents|officiers|policiers|douaniers|diplomates|"
               r"étudiants|élèves|jeunes|journalistes|députés|juges|magistrats|procureurs|enseignants|gendarmes|"
               r"experts|parlementaires|délégations?|forces armées|forces de défense et de sécurité|police|armée|"
               r"forces de l['’]ordre|forces de sécurité|forces de police|douanes|services de police|gendarmerie|"
               r"ministère|partenaires|militaires|représentants)")


@lru_cache(maxsize=1)
def demonyms() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """French adjectives of nationality (kg/data/demonyms.fr.yaml) in every gender and number:
    one pattern for a government (`le Gouvernement mongol`), one for an actor they qualify."""
    table: dict[str, str] = {}
    for iso3, forms in read_yaml(DATA / "demonyms.fr.yaml").items():
        for form in forms:
            table[form] = iso3
            table[form if form.endswith(("s", "x")) else form + "s"] = iso3
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    government = re.compile(rf"\bGouvernements?\s+({words})\b(?![-\w])", re.I)
    actor = re.compile(rf"\b{ACTOR_NOUNS}(?:\s+[\w'’-]+){{0,4}}?\s+(?<![-\w])({words})\b(?![-\w])", re.I)
    return government, actor, table


def _country_cases(gazetteer: Gazetteer) -> dict[str, str]:
    """Every country's name as compared (`spaced`) -> as written, the first one loaded winning."""
    return {spaced(name): name for name, entity in reversed(gazetteer.written) if entity.kind == "Country"}


class FrenchNames:
    """Finds every entity named in a piece of French text."""

    def __init__(self, gazetteer: Gazetteer, subject: Entity | None) -> None:
        self.gazetteer = gazetteer
        self.matcher = matcher_for(gazetteer, BLOCKERS + gazetteer.place_names("fr"))
        self.subject = subject
        self.host = host_of(gazetteer, subject)
        self.country_cases = gazetteer_table(gazetteer, _country_cases)
        # a French place written as another language names a country ("Mexico", the city; the
        # country is "Mexique" in French): the matcher cannot block a name it also holds
        self.places = frozenset(gazetteer.place_names("fr"))

    def find(self, text: str) -> list[NameMatch]:
        cited = goals(self.gazetteer, text, GOALS)
        matches = [m for m in self.matcher.find(text) if not _before_numbers(m, cited)
                   and not (m.entity.kind == "Country" and (not self._cased_as_written(m.text) or m.text in self.places))] + cited
        matches = named_by_acronym(text, matches, NAME_BEFORE_ACRONYM)
        matches += [m for m in self._resolutions(text) if not overlaps(m, matches)]
        matches += pattern_matches(SUBJECT, text, self.subject, matches)
        matches += pattern_matches(HOST, text, self.host, matches)
        matches += bodies_of_named_instruments(text, matches, self.matcher, INSTRUMENT_HEADS)
        matches += [m for m in self._adjectives(text) if not overlaps(m, matches)]
        # a place closing an unknown name is part of it
        unknown = self._unknown(text, matches + unresolved_subject(SUBJECT, text, self.subject, matches))
        matches = [m for m in matches if not any(u.start <= m.start and m.end <= u.end and not (
            m.entity.kind == "Country" and GOVERNMENT_BODY.match(u.text)) for u in unknown)]
        matches += [m for m in unknown if not overlaps(m, [k for k in matches if k.entity.kind != "Country"])]
        kept = (m for m in matches
                if not organ_of_another(m, matches, text, ORGAN, OF_BODY) and not _word_in_capitals(m, text))
        return sorted(kept, key=lambda m: m.start)

    def _cased_as_written(self, text: str) -> bool:
        """A country is written with its capitals after the first word: `La Réunion`, not
        `La réunion a permis…` (the meeting)."""
        written = self.country_cases.get(spaced(text))
        if written is None:
            return True
        words = re.findall(r"[^\W\d_]+", written)
        return not any(name[:1].isupper() and seen[:1].islower() and not (i == 0 and name.lower() in ARTICLES)
                       for i, (name, seen) in enumerate(zip(words, re.findall(r"[^\W\d_]+", text))))

    def _resolutions(self, text: str) -> list[NameMatch]:
        return cited_resolutions(self.gazetteer, text, SC_RESOLUTION, GA_RESOLUTION, RESOLUTION_GAP)

    def _adjectives(self, text: str) -> list[NameMatch]:
        """`le Gouvernement mongol` is Mongolia; `groupe de réflexion français` names France."""
        government, actor, table = demonyms()
        out = []
        for found in government.finditer(text):
            country = self.gazetteer.get("Country", table[found.group(1).lower()])
            if country:
                out.append(NameMatch(found.start(), found.end(), country, found.group(0)))
        for found in actor.finditer(text):
            listed = [(found.start(1), found.end(1), found.group(1))] + coordinated(text, found.end(1), table, "et|ou")
            for start, end, form in listed:
                country = self.gazetteer.get("Country", table[form.lower()])
                if country and not overlaps_span((start, end), out):
                    out.append(NameMatch(start, end, country, text[start:end]))
        return out

    def _unknown(self, text: str, known: list[NameMatch]) -> list[NameMatch]:
        out: list[NameMatch] = []
        for pattern in (QUOTED_BEFORE, QUOTED_AFTER):
            for found in pattern.finditer(text):
                name = found.group(1).strip(" ,")
                if self.gazetteer.lookup(name) is None and not overlaps_span(found.span(1), known + out):
                    out.append(NameMatch(found.start(1), found.start(1) + len(name), org_from_text(name, CODE), name))
        for found in APPOSITIVE.finditer(blank_out(text, known + out)):  # "par X, coalition de …"
            self._add(out, found.start("name"), found.group("name"))
        masked = blank_out(text, known + out)
        for found in LISTED_AFTER.finditer(masked):
            for part in re.finditer(rf"{_CAP}(?:\s+{_CAP})*", found.group(1)):
                self._add(out, found.start(1) + part.start(), part.group(0))
        for found in ORG_START.finditer(masked):
            length = self._name_length(masked, found.start(), known)
            if length:
                self._add(out, found.start(), text[found.start():found.start() + length])
        return out

    def _name_length(self, masked: str, start: int, known: list[NameMatch]) -> int:
        """The length of the organisation's name that opens at `start`: its words up to a
        clause, a known name or punctuation; a country closing it (`… du Togo`) is part of it."""
        words = list(re.finditer(r"[\w-]+|['’]|\u2588+|\S", masked[start:start + 160]))
        end = 0
        for i, word in enumerate(words[:24]):
            token = word.group(0)
            if token in ("'", "’") or (i and token.lower() in CONNECTORS):
                continue
            if token == "," and ENUMERATION.match(masked, start + word.start()):
                continue  # "… services de sécurité, des armes, des munitions et des explosifs"
            if token.lower() == "à" and re.match(r"\s+[a-zé][a-zé]+\b(?<!\bla)(?<!\ble)(?<!\bles)",
                                                  masked[start + word.end():]):
                continue  # "à usage civil", "à feu"
            if token.startswith("\u2588"):
                place = next((m for m in known if m.start == start + word.start()
                              and m.entity.kind in ("Country", "Region")), None)
                before = masked[start + end:start + word.start()].strip().lower()
                if place and before in ("du", "de", "de la", "de l'", "de l’", "des", "d'", "d’"):
                    end = word.end()
                break
            if (i and token.lower() in NAME_STOP) or not re.match(r"[^\W\d_]", token):
                break
            end = word.end()
        return end if len(masked[start:start + end].split()) >= 2 else 0

    def _add(self, out: list[NameMatch], start: int, name: str) -> None:
        name = name.split("\t")[0].strip(" .,")  # a name ends at a table's cell: the next cell is another
        words = re.findall(r"[\w-]+", name.casefold())
        while words and words[-1] in CONNECTORS:  # "Commission nationale de" -> "Commission nationale"
            name = re.sub(r"\s*\S*$", "", name) if not re.search(r"['’]$", name) else name[:-2]
            words = re.findall(r"[\w-]+", name.casefold())
        generic = all(word in GENERIC_WORDS for word in words)
        if (name in NOT_NAMES or generic or len(name) < 3 or self.gazetteer.lookup(name) is not None
                or any(start < m.end and m.start < start + len(name) for m in out)):
            return
        out.append(NameMatch(start, start + len(name), org_from_text(name, CODE), name))


def _before_numbers(match: NameMatch, cited: list[NameMatch]) -> bool:
    """The umbrella name right before goal numbers ("objectifs 5 et 16") gives way to the goals."""
    return any(c.start - 3 <= match.end and match.start < c.end for c in cited)


# "l'Assemblée générale de l'OEA": the assembly of another body, not the UN's (organ_of_another)
ORGAN = re.compile(r"(?:l['’])?Assemblée générale", re.I)
OF_BODY = re.compile(r"\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+)")


# "AU 31 DÉCEMBRE 1995" in a heading in capitals: the French word, not an acronym (the African
# Union is "UA" in French)
CAPITAL_WORDS = {"AU", "DU", "DES", "LES", "ET", "EN", "PAR", "POUR", "SUR"}
NEXT_IN_CAPITALS = re.compile(r"\s+(?:\d|[A-ZÀÂÇÉÈÊÎÔÛ]{2,}\b)")


def _word_in_capitals(match: NameMatch, text: str) -> bool:
    return match.text in CAPITAL_WORDS and bool(NEXT_IN_CAPITALS.match(text, match.end))
