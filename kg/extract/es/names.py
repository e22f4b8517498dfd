"""Names in Spanish text: the gazetteer's, "el Centro", resolutions and goals cited by number,
nationality adjectives after an actor (`centro de estudios francés`), and organisations the
gazetteer lacks (a name before ", una coalición de", names listed after "organizaciones",
capitalised names holding Instituto/Fundación/Comisión/Red/Universidad...)."""
from __future__ import annotations

import re
from functools import lru_cache


from kg.extract.anaphora import bodies_of_named_instruments
from kg.extract.entities import (blank_out, cited_resolutions, coordinated, goals, host_of, named_by_acronym, organ_of_another,
                                 org_from_text, overlaps, overlaps_span, pattern_matches, unresolved_subject)
from kg.extract.facts import Entity
from kg.paths import DATA
from kg.reference.compiled import read_yaml
from kg.reference import Gazetteer, NameMatch, matcher_for
from kg.reference.gazetteer import minted

_UP = "A-ZÁÉÍÓÚÑ"
SUBJECT = re.compile(r"\b(?:[Ee]l\s+)?Centro(?:\s+Regional)?\b(?!\s+(?:de|del|para|sobre|Internacional|Nacional)\b)")
GOALS = re.compile(r"\bObjetivos?(?:\s+de\s+Desarrollo\s+Sostenible)?\s+(?:n\.?º\s*)?"
                   r"(?P<numbers>\d{1,2}(?:\s*(?:,|y|e)\s*\d{1,2})*)\b")
HOST = re.compile(r"\b(?:el\s+|al\s+|del\s+)?(?:país|Gobierno|Estado)\s+anfitri[oó]n\b(?!,?\s+(?:el\s+|la\s+)?[" + _UP + "])")
# head words of instrument names: "la Secretaría del Tratado" after the treaty's whole name
INSTRUMENT_HEADS = tuple(re.compile(rf"\b{word}\b") for word in ("Tratado", "Convención", "Protocolo"))
GA_RESOLUTION = re.compile(r"\bresoluci(?:ón|ones)\s+(\d{1,2})\s*/\s*(\d{1,3})(?:\s*([A-Z])\b)?")
# between two resolutions of a list: "43/78 H y 43/85, de 7 de diciembre de 1988, 44/21, de 15 de …"
RESOLUTION_GAP = re.compile(r"(?:\s*,?\s*de\s+\d{1,2}\s*[º°o]?\s+de\s+[^\W\d_]+\s+de\s+\d{4})?"
                            r"\s*(?:,\s*(?:[ye]\s+)?|\s+[ye]\s+)(?:(?:sus|su|la|las)\s+)?(?:resoluci(?:ón|ones)\s+)?")
SC_RESOLUTION = re.compile(r"\bresoluci(?:ón|ones)\s+(\d{3,4})\s*\(\s*(\d{4})\s*\)")
_KIND_OF_BODY = (r"(?:coalición|red|alianza|organización|centro de estudios|centro de investigación|grupo|"
                 r"fundación|plataforma|ONG|asociación|iniciativa|movimiento|instituto)")
QUOTED_AFTER = re.compile(r"\b" + _KIND_OF_BODY + r"\s*,?\s*(?:denominad[oa]\s+|llamad[oa]\s+|conocid[oa] como\s+)?"
                          r"[“\"«]([^”\"»]{2,50})[”\"»]")
ORG_WORDS = (r"Instituto|Fundación|Centro|Red|Foro|Comité|Comisión|Consejo|Asociación|Sociedad|Universidad|"
             r"Agencia|Oficina|Policía|Ministerio|Viceministerio|Academia|Alianza|Coalición|Federación|"
             r"Secretaría|Servicio|Dirección|Autoridad|Escuela|Colegio|Unidad|Superintendencia|Fiscalía|"
             r"Procuraduría|Defensoría|Observatorio|Movimiento|Corporación|Cámara|Departamento|Grupo|"
             r"Parlamento|Congreso|Senado|Ejército|Armada|Gendarmería|Guardia|Aduana|Aduanas|Organización|"
             r"Unión|Facultad|Programa Nacional|Sistema|Mecanismo|Consorcio|Trust|Institute|Foundation|"
             r"Network|Fondation|Institut")
_WORD = rf"[{_UP}](?:[\w'’&-]|\.(?=\w))*"  # "S.A." holds points; a sentence's full stop ends it
_LINK = r"(?:de|del|la|las|los|el|y|e|para|sobre|contra|en|a|al|por|d['’]|da|do|dos|das)"
CAPITALISED = re.compile(rf"(?<![\w\u2588])({_WORD}(?:\s+(?:{_WORD}|{_LINK}))*\s+{_WORD}|{_WORD})")
APPOSITIVE = re.compile(rf"\b(?:por|con|y|de|entre)\s+(?:el\s+|la\s+)?(?P<name>[{_UP}][^.;\u2588\"“”«»]{{1,50}}?),\s+"
                        r"(?:un|una)\s+(?:[a-záéíóúñ-]+\s+){0,3}?" + _KIND_OF_BODY + r"\b")
# "el segundo Foro Internacional de Dakar", "la III Conferencia": a numbered event, no body
NUMBERED_EVENT = re.compile(r"\b(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|"
                            r"octav[oa]|noven[oa]|d[eé]cim[oa]|\d+\.?[ºª]|[IVX]+)\s+$", re.I)
# "y Policía": one name; "el Ministerio … y la Policía", "del Departamento … y al Gobierno de Canadá": two
# "organizada en Beijing por el Instituto Chino …": the place, then who acted (a name never goes on
# with "por el" before a body's word)
TWO_BODIES = re.compile(rf"\s+(?:y|e)\s+(?:la|el|los|las|al|a la|a los|del|de la)\s+(?=(?:{ORG_WORDS}|Gobierno)\b)"
                        rf"|\s+por\s+(?:la|el|los|las)\s+(?=(?:{ORG_WORDS})\b)")
# a body of the State keeps the country that closes its name as an actor ("Policía Nacional Civil
# de El Salvador"); a university or foundation only says where it is
GOVERNMENT_BODY = re.compile(r"^(?:Ministerio|Viceministerio|Policía|Superintendencia|Dirección|Fiscalía|Procuraduría|"
                             r"Defensoría|Fuerzas?|Ejército|Armada|Gendarmería|Guardia|Aduanas?|Agencia|Autoridad|"
                             r"Comisión Nacional|Consejo Nacional|Secretaría|Servicio|Oficina Nacional|Congreso|"
                             r"Parlamento|Senado|Asamblea Nacional|Cámara|Gobierno|Departamento)\b")
# an unknown body named in full with its acronym in brackets; commas may list its fields
# a body's name ending where the bracket of its acronym opens: "Agencia de Ejecución … de la CARICOM ("
NAME_BEFORE_ACRONYM = re.compile(rf"(?<![\w\u2588])(?P<name>(?:{ORG_WORDS})(?:\s+(?:{_WORD}|{_LINK}))*\s+{_WORD})\s*$")
WITH_ACRONYM = re.compile(rf"(?<![\w\u2588])(?P<name>(?:{ORG_WORDS})(?:\s+(?:{_WORD}|{_LINK})|,\s+{_WORD})*\s+{_WORD})"
                          r"\s*\((?P<acronym>[A-Z][A-Z0-9-]{1,11})\)")
LISTED_AFTER = re.compile(r"\b(?:organizaciones|ONG|centros de estudios|asociados|instituciones|grupos|entidades|"
                          r"organización|centro de estudios|institución|asociado|entidad)"
                          r"(?:\s+(?:de la sociedad civil|no gubernamentales?|juveniles|de mujeres|locales|nacionales|"
                          r"regionales|asociad[oa]s))?(?:\s+(?:de|del)\s+(?:la\s+|el\s+)?\u2588+(?:\s\u2588+)*)?"
                          rf"\s+((?:{_WORD}(?:\s+{_WORD})*)(?:\s*(?:,|\by\b|\be\b)\s*(?:{_WORD}(?:\s+{_WORD})*))*)")
GENERIC_WORDS = {"expertos", "expertas", "trabajo",  # "Grupo de Expertos": a body's kind, not its name
                 "fondo", "fiduciario", "voluntario", "nacional", "regional", "comisión", "comité", "centro",
                 "oficina", "secretaría", "gobierno", "ministerio", "programa", "servicio", "servicios", "consejo",
                 "agencia", "instituto", "foro", "red", "grupo", "de", "del", "la", "el", "los", "las", "y", "para",
                 "naciones", "unidas", "organización", "unión", "autoridad", "policía", "universidad", "generales",
                 "estados", "miembros", "general", "regionales", "nacionales",
                 # "Comité Consultivo", "Secretaría Técnica": a body's kind, named in full only with its parent
                 "consultivo", "consultiva", "asesor", "asesora", "directivo", "directiva", "ejecutivo", "ejecutiva",
                 "técnico", "técnica", "permanente", "especial", "mixto", "mixta"}
# phrases holding a name that are not that name (places such as "Ciudad de Panamá": kg/data/places.yaml)
BLOCKERS = (  # "Reunión" is also the island of Réunion: a meeting's name is not the island
            "Reunión de", "Reunión del", "Reunión Bienal", "Reunión Regional", "Reunión Subregional",
            "Reunión Ministerial", "Reunión Anual", "Reunión Nacional", "Reunión Consultiva",
            "Reunión Preparatoria", "Reunión Técnica", "Reunión Interinstitucional", "Reunión Plenaria",
            "Reunión Conjunta", "Reunión Extraordinaria", "Reunión Internacional", "Reunión Virtual",
            # a currency, not the United States
            "dólares de los Estados Unidos", "dólar de los Estados Unidos", "dólares de los EE.UU.",
            "dólares de los EE. UU.")
NOT_NAMES = {"Secretario General", "Servicios Generales", "Cuadro de Servicios Generales", "Estados Miembros",
             "Estados", "Gobierno", "Gobiernos", "Resumen", "Anexo", "Introducción", "Conclusiones",
             "Centro Regional", "Centro", "COVID-19", "Naciones Unidas", "Oficial", "Director"}
_LEADING = re.compile(r"^(?:(?:El|La|Los|Las|Un|Una|En|Con|Por|Para|Del|Al|De|A|Durante|Desde|Según|Mediante|"
                      r"Entre|Tras|Asimismo|Además|Gracias)\s+)+")

ACTOR_NOUN = (r"(?:centros? de (?:estudios|investigación|pensamiento)|organizaci(?:ón|ones)(?: de la sociedad civil|"
              r" no gubernamental(?:es)?)?|ONG|institutos?|fundaci(?:ón|ones)|universidad(?:es)?|expert[oa]s|"
              r"funcionari[oa]s|autoridades|diplomátic[oa]s|parlamentari[oa]s|delegaci(?:ón|ones)|"
              r"grupos? de reflexión|sociedad civil|empresas?|policía|Gobierno|Ministerio|"
              r"estudiantes(?: universitari[oa]s)?|jóvenes|mujeres|oficiales|funcionarias|participantes|"
              r"fuerzas armadas|autoridades nacionales)")


def demonym_forms(adjective: str) -> list[str]:
    """francés -> francesa, franceses, francesas; peruano -> peruana, peruanos, peruanas;
    estadounidense -> estadounidenses; marroquí -> marroquíes; alemán -> alemana, alemanes."""
    plain = adjective.translate(str.maketrans("áéíóú", "aeiou"))
    if adjective.endswith("o"):
        stem = adjective[:-1]
        return [adjective, stem + "a", stem + "os", stem + "as"]
    if adjective.endswith(("és", "án", "ín", "ón")):
        stem = plain
        return [adjective, stem + "a", stem + "es", stem + "as"]
    if adjective.endswith("ol"):
        return [adjective, adjective + "a", adjective + "es", adjective + "as"]
    if adjective.endswith(("í", "ú")):
        return [adjective, adjective + "es", adjective + "s"]
    if adjective.endswith(("e", "a")):
        return [adjective, adjective + "s"]
    return [adjective, adjective + "es"]


@lru_cache(maxsize=1)
def demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """"centro de estudios francés" names France; the adjectives live in kg/data/demonyms.es.yaml."""
    table = read_yaml(DATA / "demonyms.es.yaml")
    forms = {form: iso for adjective, iso in table.items() for form in demonym_forms(adjective)}
    words = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"\b{ACTOR_NOUN}\s+(?P<adjective>{words})\b"), forms


class SpanishNames:
    """Finds every entity named in a piece of Spanish text."""

    def __init__(self, gazetteer: Gazetteer, subject: Entity | None) -> None:
        self.gazetteer = gazetteer
        self.matcher = matcher_for(gazetteer, BLOCKERS + gazetteer.place_names("es"))
        self.subject = subject
        self.host = host_of(gazetteer, subject)

    def find(self, text: str) -> list[NameMatch]:
        cited = goals(self.gazetteer, text, GOALS)
        matches = [m for m in self.matcher.find(text) if not _before_numbers(m, cited) and _proper(m)] + cited
        matches = named_by_acronym(text, matches, NAME_BEFORE_ACRONYM)
        matches += [m for m in self._resolutions(text) if not overlaps(m, matches)]
        matches += pattern_matches(SUBJECT, text, self.subject, matches)
        matches += pattern_matches(HOST, text, self.host, matches)
        matches += bodies_of_named_instruments(text, matches, self.matcher, INSTRUMENT_HEADS)
        pattern, table = demonyms()
        for found in pattern.finditer(text):
            listed = [(*found.span("adjective"), found.group("adjective"))]
            listed += coordinated(text, found.end("adjective"), table, "y|e|o")  # "togoleses, benineses y burkineses"
            for start, end, form in listed:
                country = self.gazetteer.get("Country", table[form])
                if country and not overlaps_span((start, end), matches):
                    matches.append(NameMatch(start, end, country, text[start:end]))
        # a place closing an unknown name is part of it
        unknown = self._unknown(text, matches + unresolved_subject(SUBJECT, text, self.subject, matches))
        matches = [m for m in matches if not any(u.start <= m.start and m.end <= u.end and not (
            m.entity.kind == "Country" and GOVERNMENT_BODY.match(u.text)) for u in unknown)]
        matches += [m for m in unknown if not overlaps(m, [k for k in matches if k.entity.kind != "Country"])]
        return sorted((m for m in matches if not organ_of_another(m, matches, text, ORGAN, OF_BODY)),
                      key=lambda m: m.start)

    def _resolutions(self, text: str) -> list[NameMatch]:
        return cited_resolutions(self.gazetteer, text, SC_RESOLUTION, GA_RESOLUTION, RESOLUTION_GAP)

    def _unknown(self, text: str, known: list[NameMatch]) -> list[NameMatch]:
        out: list[NameMatch] = []
        for found in QUOTED_AFTER.finditer(text):
            name = found.group(1).strip(" ,")
            if self.gazetteer.lookup(name) is None and not overlaps_span(found.span(1), known):
                out.append(NameMatch(found.start(1), found.start(1) + len(name), org_from_text(name, "es"), name))
        for found in APPOSITIVE.finditer(blank_out(text, known + out)):  # "por X, una coalición de …"
            self._add(out, found.start("name"), found.group("name"))
        masked = blank_out(text, known + out)
        for found in WITH_ACRONYM.finditer(masked):  # "Superintendencia …, Armas, Municiones … (SUCAMEC)"
            name, acronym = found.group("name"), found.group("acronym")
            if self.gazetteer.lookup(acronym) is None and self.gazetteer.lookup(name) is None:
                out.append(NameMatch(found.start("name"), found.end("acronym") + 1, minted(
                    "Organization", acronym, None, None, labels=(("es", name),)), found.group(0)))
        masked = blank_out(text, known + out)
        for found in LISTED_AFTER.finditer(masked):
            for part in re.finditer(rf"{_WORD}(?:\s+{_WORD})*", found.group(1)):
                self._add(out, found.start(1) + part.start(), part.group(0))
        # a country inside a body's name belongs to it ("Comisión Nacional de Guinea sobre Armas
        # Pequeñas"): countries stand as a capitalised word, every other known name is blanked
        countries = [m for m in known if m.entity.kind == "Country"]
        chains = _as_word(blank_out(text, [m for m in known if m.entity.kind != "Country"] + out), countries)
        for found in CAPITALISED.finditer(chains):
            chain_start = found.start(1)
            for piece in TWO_BODIES.split(found.group(1)):  # "el Ministerio … y la Policía …": two bodies
                offset = chain_start + found.group(1).find(piece)
                self._capitalised(out, text, offset, piece, known)
        return out

    def _capitalised(self, out: list[NameMatch], text: str, offset: int, piece: str,
                     known: list[NameMatch]) -> None:
        piece = re.sub(r"\s+(?:de|del|de la|de los|en)?\s*Q\u01eb*$", "", piece)  # a closing country: below
        lead = re.match(r"^(?:(?:Q\u01eb*|[a-z]+)\s+)+", piece)  # "de la India Shanti Trust": not the India's
        if lead:
            offset, piece = offset + lead.end(), piece[lead.end():]
        name = _LEADING.sub("", piece)
        name = re.sub(rf"(?:\s+{_LINK})+$", "", name)
        if not re.search(rf"\b(?:{ORG_WORDS})\b", name) or len(name.split()) < 2:
            return
        start = offset + len(piece) - len(_LEADING.sub("", piece))
        end = start + len(name)
        place = next((m for m in known if m.entity.kind in ("Country", "Region")
                      and re.fullmatch(r"\s+(?:de|del|de la|de los|de las|en)\s+", text[end:m.start])), None)
        if place:  # "Comité Directivo de Jóvenes" + "de Asia Nororiental": the place is part of the name
            end = place.end
        if not _part_of_known(text, end, known) and not NUMBERED_EVENT.search(text[max(0, start - 14):start]):
            self._add(out, start, text[start:end])

    def _add(self, out: list[NameMatch], start: int, name: str) -> None:
        name = name.split("\t")[0].strip(" .,")  # a name ends at a table's cell: the next cell is another
        generic = all(word.casefold() in GENERIC_WORDS for word in name.split())
        if (name in NOT_NAMES or generic or len(name) < 3 or self.gazetteer.lookup(name) is not None
                or any(start < m.end and m.start < start + len(name) for m in out)):
            return
        out.append(NameMatch(start, start + len(name), org_from_text(name, "es"), name))


PART_OF = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:del|de la|de los|de las|de)\s+")


def _as_word(text: str, countries: list[NameMatch]) -> str:
    """`text` with each country written as one capitalised word of its length (Qǫǫǫ)."""
    chars = list(text)
    for m in countries:
        chars[m.start:m.end] = "Q" + "\u01eb" * (m.end - m.start - 1)
    return "".join(chars)


def _part_of_known(text: str, end: int, known: list[NameMatch]) -> bool:
    """"Oficina en Hiroshima (Japón) del Instituto …": an office or group of a known body is
    that body, not another organisation."""
    found = PART_OF.match(text, end)
    return bool(found) and any(m.start == found.end() and m.entity.kind == "Organization" for m in known)


def _proper(match: NameMatch) -> bool:
    """Spanish writes the names of countries with a capital: "la reunión" is no Réunion."""
    return match.entity.kind != "Country" or not match.text[:1].islower()


def _before_numbers(match: NameMatch, cited: list[NameMatch]) -> bool:
    """The umbrella name right before goal numbers ("Objetivos de Desarrollo Sostenible 5 y 16")
    gives way to the goals."""
    return any(c.start - 3 <= match.end and match.start < c.end for c in cited)


# "la Asamblea General de la OEA": the assembly of another body, not the UN's (organ_of_another)
ORGAN = re.compile(r"(?:la\s+)?Asamblea General", re.I)
OF_BODY = re.compile(r"\s+(?:de\s+la\s+|del\s+|de\s+los\s+)")
