"""Words and patterns of Spanish reports, for the shared activity reader
(kg/extract/activities.py). Names are blanked before these patterns run, so `Organización` inside
`Organización para la Seguridad y la Cooperación en Europa` is no event and `Foro` inside a
forum's name is none either."""
from __future__ import annotations

import re

from kg.extract.es.dates import find_dates as _find_dates
from kg.extract.es.numbers import APPROXIMATE, WORD_NUMBER, number  # noqa: F401  (the reader calls lx.number)
from kg.extract.labels import QUOTE_OPENS, first_words

CODE = "es"

# activity nouns (singular, lower case) -> type; plurals are made by `plural`
ACTIVITY_NOUNS: dict[str, str] = {
    "seminario web": "Webinar", "webinario": "Webinar", "webinar": "Webinar", "seminario en línea": "Webinar",
    "seminario virtual": "Webinar", "taller virtual": "Webinar", "taller en línea": "Webinar",
    "videoconferencia": "Meeting", "reunión virtual": "Meeting", "reunión en línea": "Meeting",
    "reunión": "Meeting", "sesión informativa": "Meeting", "sesión de información": "Meeting",
    "sesión de trabajo": "Meeting", "sesión conmemorativa": "Meeting", "sesión especial": "Meeting",
    "sesión plenaria": "Meeting", "sesión solemne": "Meeting", "encuentro": "Meeting", "diálogo regional": "Meeting",
    "diálogo nacional": "Meeting", "diálogo subregional": "Meeting",
    # a body's session ("el período ordinario de sesiones de la CICAD"); "período de sesiones"
    # alone is also the Assembly's, named in every introduction
    "período ordinario de sesiones": "Meeting",
    "consulta interinstitucional": "Consultation", "consulta": "Consultation",
    "curso de capacitación": "Training", "curso de formación": "Training", "sesión de capacitación": "Training",
    "taller de capacitación": "Training", "programa de capacitación": "Training",
    "programa de formación": "Training", "capacitación": "Training", "formación": "Training",
    "curso": "Training", "adiestramiento": "Training", "entrenamiento": "Training",
    # a training told by its verb alone: "el Centro capacitó a 30 inspectores"
    "capacitó": "Training", "capacitaron": "Training", "se capacitó": "Training",
    "destruyó": "Other", "destruyeron": "Other", "se destruyeron": "Other",
    "taller de fomento de la capacidad": "Workshop", "taller": "Workshop", "seminario": "Workshop",
    "serie de conferencias": "Lecture", "ciclo de conferencias": "Lecture", "conferencia magistral": "Lecture",
    "charla": "Lecture", "clase magistral": "Lecture", "ponencia": "Lecture",
    "conferencia": "Conference", "simposio": "Conference", "conferencia de examen": "Conference",
    "congreso": "Conference",
    "mesa redonda": "Panel", "debate en panel": "Panel", "panel de expertos": "Panel", "panel": "Panel",
    "foro": "Forum",
    "ejercicio de simulación": "Exercise", "ejercicio de mesa": "Exercise", "ejercicio": "Exercise",
    "simulacro": "Exercise", "simulación": "Exercise",
    "campaña de sensibilización": "Campaign", "campaña": "Campaign",
    "ceremonia": "Other", "conmemoración": "Other", "exposición": "Other", "concurso": "Other",
    "acto de destrucción": "Other", "acto conmemorativo": "Other", "destrucción": "Other", "evento": "Other", "misión": "Other",
    "visita": "Other", "acto": "Other",
    # a technical assessment of a country's laboratories or stockpiles is work done on a date
    "evaluación técnica": "Other", "evaluaciones técnicas": "Other",
    # "el Centro prestó asistencia técnica a las autoridades de Guatemala del 5 al 9 de marzo"
    "asistencia técnica": "Other",
    # "los ministros … se reunieron en Lomé": a meeting told by its verb
    "se reunieron": "Meeting",
}
# nouns that name an event only when the sentence names no more precise one
GENERIC_NOUNS = {"asistencia técnica", "se reunieron"}
_INVARIANT = {"web", "de", "del", "en", "la", "el", "línea", "capacitación", "formación", "información",
              "trabajo", "simulación", "examen", "sensibilización", "expertos", "fomento",
              "capacidad", "conferencias", "destrucción"}


def plural(phrase: str) -> str:
    """`reunión virtual` -> `reuniones virtuales`, `seminario web` -> `seminarios web`: every word
    before the first preposition takes the plural, invariant words (web) do not."""
    words, out, tail = phrase.split(), [], False
    for word in words:
        tail = tail or word in ("de", "del", "en")
        if tail or word in _INVARIANT:
            out.append(word)
        elif word.endswith("ión"):
            out.append(word[:-3] + "iones")
        elif word.endswith("z"):
            out.append(word[:-1] + "ces")
        elif word[-1] in "aeiouáéó":
            out.append(word + "s")
        else:
            out.append(word + "es")
    return " ".join(out)


NOUN_FORMS = {form: kind for noun, kind in ACTIVITY_NOUNS.items() for form in (noun, plural(noun))}
# "una sesión del Consejo de Paz y Seguridad": a body's sitting; singular only, since "período de
# sesiones" is the Assembly's session, no event
NOUN_FORMS |= {"sesión": "Meeting", "sesión ordinaria": "Meeting", "sesión extraordinaria": "Meeting"}
# "por videoconferencia", "en formato de videoconferencia": how it was held, not the event
_HOW = r"(?<!por )(?<!mediante )(?<!vía )(?<!través de )(?<!formato de )(?<!modalidad de )"
# "las misiones permanentes": a State's delegation, not a mission
NOUN = re.compile(_HOW + r"\b(" + "|".join(sorted(map(re.escape, NOUN_FORMS), key=len, reverse=True)) + r")\b"
                  r"(?!\s+permanentes?\b)", re.I)

_PAST = r"(?:ó|aron)"  # organizó / organizaron
# "dictó un curso" holds one; "dictó una charla" gives a talk, as a guest does
_TALK = r" (?:una |la )?(?:charla|conferencia magistral|conferencia|ponencia|clase magistral|disertación)"
_NOT_TALK = r"(?!" + _TALK + r")"
HOLD_VERBS = (r"\b(?:coorganiz" + _PAST + r"|copatrocin" + _PAST + r"|organiz" + _PAST + r"|celebr" + _PAST +
              r"|convoc" + _PAST + r"|realiz" + _PAST + r"|llev" + _PAST + r" a cabo|acogi(?:ó|eron)|"
              r"impart(?:ió|ieron)|dict" + _PAST + _NOT_TALK + r"|ejecut" + _PAST + r"|facilit" + _PAST + r"|"
              r"puso en marcha|pusieron en marcha|lanz" + _PAST + r"|coordin" + _PAST + r"|dirigi(?:ó|eron)|"
              r"desarroll" + _PAST + r"|ofreci(?:ó|eron)|auspici" + _PAST + r"|destruy(?:ó|eron)|capacit" + _PAST + r"|"
              r"se (?:celebr|organiz|realiz|llev|impart|convoc|dict|desarroll)(?:ó|aron)(?: a cabo)?|tuvo lugar|"
              r"tuvieron lugar)\b")
TAKE_PART = (r"\b(?:particip" + _PAST + r"|tom" + _PAST + r" parte|asisti(?:ó|eron)|interv(?:ino|inieron)|"
             r"pronunci" + _PAST + r"|present" + _PAST + r"|contribuy(?:ó|eron)|hizo una (?:presentación|exposición)|"
             r"formul" + _PAST + r"|expuso|moder" + _PAST + r"|fue invitad[oa]|actu" + _PAST + r" como|"
             r"prest" + _PAST + r" apoyo|dict" + _PAST + _TALK + r")\b")
EVENT_VERB = re.compile(r"\b(?:se celebr|se organiz|se llev|se realiz|se impart|tuvo lugar|tuvieron lugar|celebr|"
                        r"organiz|particip|asisti)\w*\b", re.I)
# "el Centro brindó asistencia técnica al Gobierno de Malí en la preparación de una conferencia
# …, celebrada en Bamako": the verb of assisting is the sentence's, its subject the one who assisted
ASSIST_VERBS = (r"\b(?:prest|brind|proporcion|ofreci|facilit)(?:ó|aron)\s+(?:su\s+)?(?:asistencia|apoyo|ayuda)\b")
MAIN_VERB = re.compile(HOLD_VERBS + "|" + TAKE_PART + "|" + ASSIST_VERBS)
# a sentence that opens with the event names no organiser in its subject, whatever names the
# clauses after the event hold ("Un curso … de Guinea, Liberia y Sierra Leona, … se celebró");
# the noun in lower case, since "La Misión …" may open a body's name
EVENT_SUBJECT = re.compile(r"\s*(?:Un|Una|Unos|Unas|El|La|Los|Las)\s+(?:[a-záéíóúñ]+\s+){0,2}?(?:"
                           + "|".join(sorted(map(re.escape, NOUN_FORMS), key=len, reverse=True)) + r")\b")

_ART = r"(?:(?:el|la|los|las|al|del)\s+)?"
_ORGS = r"(?P<orgs>[^.;]{2,160}?)"
_UP = "A-ZÁÉÍÓÚÑ"
# a comma ends a list unless a name or an article follows it ("de Costa Rica, El Salvador y")
_EVENT_NOUNS = "|".join(sorted((re.escape(f) for f in NOUN_FORMS if f[0].isalpha() and not f.endswith(("ó", "ron"))),
                                key=len, reverse=True))
_END = (rf"(?=,(?=\s+(?:(?:el|la|los|las)\s+)?\u2588[\u2588\s]*\s(?:\w+\s+)?\w+(?:ó|aron|ió|ieron)\b)"
        rf"|,(?!\s*(?:y|e|la|el|los|las)\s|\s*\u2588)| a (?!cabo)| sobre | en (?![{_UP}])| para | desde | con | bajo "
        rf"| durante | el día | que | titulad| dedicad| destinad| dirigid|\.|;|$"
        rf"| [–—] "  # a dash closes an aside: "X – en colaboración con Y – realizó"
        rf"| y (?:fue |fueron )?(?:financiad|patrocinad|sufragad)"  # "… con X y financiado por Y": another role
        # "organizó conjuntamente con el Gobierno del Japón la Conferencia …": the event, the object
        rf"| (?:la|el|las|los|un|una) (?=(?i:{_EVENT_NOUNS})\b))")
# a list of names ends where a clause goes on: ", y fue financiado", ", que", a full stop
_LIST_END = (rf"(?=,(?!\s*(?:y|e|la|el|los|las)\s|\s*\u2588)|,?\s+(?:y\s+)?(?:que|quienes?|fue|fueron|es|son|había|ha|han|con|a|para|celebr\w*|organiz\w*|"
             rf"financi\w*|particip\w*|asisti\w*|en (?![{_UP}]))\b|[.;]|$)")
# "organizado en Ginebra el 8 de septiembre por": place and dates may come between, never a comma
# (", presidida por": another clause), a verb of paying ("organizado … y financiado por" names a
# funder) nor "por primera vez"
_BY = (r"(?:(?:(?!financi|patrocin|sufrag|costead|apoyad|respaldad)[^.;,]){0,100}?\s)?por\s+"
       r"(?!(?:primera|segunda|tercera|cuarta|quinta|vez|medio|conducto|videoconferencia|valor|un total|ciento)\b)" + _ART)
_HOSTED_BY = r"\b(?:co)?(?:organizad|acogid|convocad|celebrad|auspiciad|patrocinad)[oa]s?\s+" + _BY
# the Centre at someone else's event: "participó en un seminario organizado por X", "intervino en
# el foro que organizó X", and with the subject after its verb: "En el taller, organizado por X,
# participó el Centro Regional"
EXTERNAL = re.compile(r"(?:" + TAKE_PART + r"[^.;]{0,320}?(?:" + _HOSTED_BY + r"|\b(?:que|el cual|la cual)\s+(?:co)?"
                      r"(?:organiz|convoc|acogi|auspici)(?:ó|aron|eron)\s+" + _ART
                      # "participó en la Conferencia Ministerial de la OUA": the meeting of a body is that body's
                      + r"|(?![^.;]*" + _HOSTED_BY + r")\b(?i:conferencia|reunión|período (?:ordinario |extraordinario )?de sesiones|sesión|asamblea|"
                      r"foro|cumbre|congreso|taller|seminario|mesa redonda|debate)s?(?:\s+(?!(?i:grupo|comité|subcomité)\b)[A-Za-záéíóú]+){0,2}\s+"
                      r"(?:de la|del|de los|de las|de)\s+"
                      # "la reunión del Grupo de Expertos sobre armas de fuego de la CICAD": the body's group
                      r"(?:(?i:grupo|comité|subcomité)\s+de\s+(?i:expertos|trabajo)[^.;,\u2588]{0,60}?\s+(?:de la|del|de los|de las|de)\s+)?"
                      + r")|" + _HOSTED_BY
                      + r"(?=[^.;]{0,250}?\b(?:participó|asistió|intervino|tomó parte)\b[^.;]{0,12}?\u2588))"
                      + _ORGS + _END)
EXTERNAL_CUT = re.compile(r"\bpara\b|\ben nombre de\b|\bcon el apoyo\b")
CO_ORGANISER = re.compile(r"(?i:\b(?:en (?:estrecha )?(?:cooperación|colaboración|asociación|coordinación|alianza) con|"
                          r"(?:colabor|cooper|trabaj|asoci)\w* (?:estrechamente |activamente )?con|"
                          r"conjuntamente con|junto con|(?:coorganizad|organizad)[oa]s? (?:conjuntamente )?con|"
                          r"co-?organiz(?:ó|aron)\b[^.;,]{0,80}?\bcon|"
                          r"se organizó (?:conjuntamente )?con|con la colaboración de|"
                          # "prestó asistencia a la Comisión Nacional … en la organización de un taller"
                          r"(?:prest|brind)\w* (?:su )?(?:asistencia|apoyo)(?: técnic[oa])? (?:a|al)(?=[^.;]{0,200}?\ben la organización\b)|"
                          # "puso en marcha, con la Universidad para la Paz, un curso": one body between commas
                          # (not after an infinitive: "para estudiar, con las autoridades malienses, …")
                          r"(?<=,\s)(?<!ar,\s)(?<!er,\s)(?<!ir,\s)con(?=\s+(?:(?:el|la|los|las)\s+)?\u2588[\u2588\s]*,)))\s+"
                          + _ART + _ORGS + _END)
PASSIVE_ORGANISER = re.compile(r"(?:\b(?:fue|fueron|ha sido|han sido)?\s*(?:[Cc]o)?(?:[Oo]rganizad|[Aa]cogid|[Cc]onvocad|[Aa]uspiciad)"
                               r"[oa]s?\s+" + _BY + r"|\ba cargo (?:de\s+|del\s+)" + _ART
                               # "se celebró … por iniciativa del Centro y de la Comisión": who held it
                               + r"|\b(?i:por|a) iniciativa (?:conjunta )?(?:de\s+|del\s+)" + _ART + r")" + _ORGS + _END)
ORGANISER_IS = re.compile(r"\b(?:los\s+)?(?:coorganizadores|organizadores|anfitriones)\s+(?:fueron|eran|incluyeron)\s+"
                          + _ORGS + _END)
_FUND_END = _END.replace(r"| con ", "")
FUNDING = re.compile(
    r"\b(?:financiad|sufragad|patrocinad|costead)[oa]s?\s+(?:conjuntamente\s+)?(?:por|con (?:fondos|cargo a|recursos) de)\s+"
    + _ART + r"(?P<a>[^.;]{2,160}?)" + _FUND_END +
    r"|\b(?i:con|gracias al?|mediante)\s+(?:el|la|las|los|un|una|unas)?\s*(?:generos[oa]s?\s+)?(?:apoyo financiero|financiación|"
    r"financiamiento|fondos|contribuci(?:ón|ones)(?: financieras?)?|aportaci(?:ón|ones)|donaci(?:ón|ones)|respaldo financiero|"
    r"recursos)\s+(?:generos[oa]s?\s+)?(?:de|del|aportad[oa]s? por|proporcionad[oa]s? por)\s+"
    + _ART + r"(?P<b>[^.;]{2,160}?)" + _END +
    r"|\bse financi(?:ó|aron)\s+con\s+(?:fondos|recursos|contribuciones)(?:\s+voluntarias|\s+financieras)?\s+(?:de|del)\s+"
    + _ART
    + r"(?P<c>[^.;]{2,160}?)" + _END)
FUNDING_PLURAL = re.compile(r"\b(?:Estas|Esas|Ambas|Las dos|Las tres|Todas (?:estas|esas|ellas)|Dichas|Tales)\s+"
                            r"(?:actividades|reuniones|sesiones|capacitaciones|iniciativas|"
                            r"eventos|cursos|talleres|seminarios(?: web)?)\b"
                            r"|\b(?:Estos|Esos|Ambos|Los dos|Los tres|Todos (?:estos|esos|ellos)|Dichos)\s+"
                            r"(?:eventos|cursos|talleres|seminarios(?: web)?|webinarios|encuentros|foros)\b", re.I)
PROJECT = re.compile(r"\bproyecto\b", re.I)
# for whom: "destinado a oficiales de la Policía Nacional" (bodies and countries), "para el Perú"
# (countries only: "para la Conferencia de las Naciones Unidas" names an event, not a beneficiary)
BENEFICIARY = re.compile(r"\b(?:destinad[oa]s? a|dirigid[oa]s? a|en beneficio de|los beneficiarios fueron)\s+"
                         r"(?:el\s+|la\s+|los\s+|las\s+)?(?:Gobiernos? (?:de|del)\s+(?:la\s+|el\s+)?)?" + _ORGS + _END)
BENEFICIARY_KINDS = {"Country", "Organization"}  # "un curso destinado a oficiales de la Policía Nacional"
ASSISTED = re.compile(r"\b(?:ayudar|asistir|apoyar|ayudando|asistiendo|apoyando|prestar asistencia|prestando asistencia|"
                      r"(?:prestó|prestaron|presta|prestan|brindó|brindaron|brinda|brindan|proporcionó|proporcionaron|"
                      r"ofreció|ofrecieron|facilitó|facilitaron|dio|dieron) (?:asistencia|apoyo)(?: técnica| técnico)?|ayudó|ayudaron|"
                      r"(?i:a) (?:solicitud|petición|pedido) del?|previa solicitud del?|en respuesta a una solicitud del?)\s+"
                      r"(?:a\s+)?(?:al\s+|el\s+|la\s+|los\s+|las\s+|del\s+)?(?:Gobiernos? (?:de|del)\s+(?:la\s+|el\s+)?)?"
                      + _ORGS + _LIST_END)
TARGETED = re.compile(r"\bpara\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:Gobiernos? (?:de|del)\s+(?:la\s+|el\s+)?)?"
                      + _ORGS + _END)
# people who come from a country, or whose nationality follows them ("30 estudiantes
# universitarios nepaleses": the name finder reads the adjective as the country)
COME_FROM = re.compile(r"(?:\b(?:procedentes|provenientes|venidos|llegados) de\s+" + _ART + r"|\b(?:estudiantes|"
                       r"funcionari[oa]s|oficiales|expert[oa]s|diplomátic[oa]s|parlamentari[oa]s|jóvenes|mujeres|"
                       r"participantes|agentes|policías|representantes)(?:\s+[a-záéíóúñ]+){0,2}?\s+(?=\u2588))"
                       + _ORGS + _LIST_END)
LISTED = re.compile(r"\b(?:países|Estados|naciones)(?:\s+[\w-]+){0,4}?\s*\((?:a saber,?\s+|es decir,?\s+)?"
                    r"(?P<orgs>[^)]{2,400})\)")
PERSONNEL_OF = LISTED  # "de ocho Estados del Caribe (Barbados, Granada …)"
# "mujeres de organizaciones de la sociedad civil de Côte d’Ivoire, Ghana y Liberia"
PERSONNEL = re.compile(r"\b(?:funcionari[oa]s|oficiales|agentes|policías|efectivos|diplomátic[oa]s|"
                       r"parlamentari[oa]s|expert[oa]s|representantes|participantes|mujeres|jóvenes|estudiantes|"
                       r"periodistas|miembros|integrantes)\s+(?:(?:de|[ye]\s+de)\s+(?:la\s+|las\s+|los\s+)?"  # "de aduanas y de policía de"
                       # "miembros de las fuerzas de defensa y seguridad de Côte d'Ivoire, Ghana y el Togo"
                       r"(?:policía|aduanas|fuerzas armadas|fuerzas de (?:defensa y )?seguridad|fuerzas de defensa|"
                       r"gobiernos?|organizaciones(?: de la sociedad civil| no "
                       r"gubernamentales)?|(?:la )?sociedad civil|ministerios?)\s+){0,3}(?:de|del)\s+" + _ART
                       + r"(?P<orgs>(?:\u2588+(?:,\s*|\s+y\s+|\s+e\s+)?(?:(?:la|el|los|las)\s+)?){1,20})(?=[\s.;,]|$)")
CENTRE_TOOK_PART = re.compile(TAKE_PART)
# a guest's host named only as who invited it: "invitado por el Gobierno de Costa Rica a participar"
INVITER = re.compile(r"\b(?:[Aa] invitación del?|[Ii]nvitad[oa]s? por)\s+" + _ART
                     + r"(?:Gobiernos? (?:de|del)\s+(?:la\s+|el\s+)?)?" + _ORGS + _END)
# "Indian" comes after its noun in Spanish and is read by the name finder (`centro de estudios
# francés`); a country right before another capitalised name (`de la India Shanti Trust`) only
# says where that body is.
COUNTRY_QUALIFIER = re.compile(rf"^\s+(?!(?:Y|E|El|La|Los|Las|En)\b)[{_UP}][a-záéíóúñ]")
PLACE_BEFORE = re.compile(r"(?:\ben\s+(?:el\s+|la\s+|los\s+|las\s+)?|\w\s\()$")
ADVERBIAL = re.compile(r"^\s*(?:con el (?:apoyo|respaldo|concurso|auspicio)|con la (?:asistencia|ayuda|colaboración)|"
                       r"bajo (?:los|el) auspicios?)\b", re.I)
NOT_PLACE_AFTER = re.compile(r"(?!x)x")
FOOTNOTE_BENEFICIARY = re.compile(r"\bbeneficiari|\bdestinatari|\breceptor", re.I)
ONLY_NAMES = re.compile(r"^(?:[\s,]|\u2588|\b(?:el|la|los|las|y|e|al|del)\b)+$")

# counts of people and countries: "un"/"una" is an article far more often than a count, except
# before a round count ("una veintena de expertos")
_N = r"(\d{1,3}(?:[.\s]\d{3})+|\d+|" + APPROXIMATE + r"|(?!(?:un|una|uno)\b)" + WORD_NUMBER + r")"
_PEOPLE = (r"(?:participantes|funcionari[oa]s|oficiales|representantes|expert[oa]s|estudiantes|delegad[oa]s|"
           r"diplomátic[oa]s|parlamentari[oa]s|alumn[oa]s|asistentes|personas|profesionales|miembros|"
           r"mujeres|jóvenes|periodistas|académic[oa]s|instructores|cadetes|agentes|policías|efectivos|"
           r"fiscales|jueces|operadores|diputad[oa]s|legisladores|senadores|docentes|maestr[oa]s|"
           r"investigador(?:es|as)|inspectores|técnic[oa]s|soldados|militares|guardias|observadores|educadores|"
           r"analistas|asesor(?:es|as)|ministr[oa]s|guardacostas|aduaneros)")
_FILLER = r"(?:(?!Estados\b|países\b)[A-Za-záéíóúñÁÉÍÓÚÑ][\w-]*\s+)"
_COUNTRIES = r"(?:países|Estados Miembros|Estados|naciones)"
NOT_COUNTRIES = r"(?!\s+(?:instituciones|organismos|ministerios|entidades|autoridades))"
_ABOUT = r"(?:más de\s+|unos\s+|unas\s+|alrededor de\s+|cerca de\s+|aproximadamente\s+|un total de\s+)?"
COUNT_BOTH = re.compile(r"\b" + _ABOUT + r"(?P<people>" + _N[1:-1] + r")\s+" + _FILLER + r"{0,6}?" + _PEOPLE
                        + r"\b[^.;]{0,60}?\b(?:de|procedentes de|en representación de)\s+(?:los\s+|las\s+)?(?P<countries>"
                        + _N[1:-1] + r")\s+(?:[\w-]+\s+){0,3}?" + _COUNTRIES + r"\b" + NOT_COUNTRIES, re.I)
COUNT_PEOPLE = re.compile(r"\b" + _ABOUT + _N + r"\s+" + _FILLER + r"{0,5}?" + _PEOPLE + r"\b", re.I)
COUNT_NAMED_PEOPLE = re.compile(r"(?!x)x")
COUNT_COUNTRIES = re.compile(r"\b(?:de|procedentes de|en representación de)\s+(?:los\s+|las\s+)?" + _N
                             + r"\s+(?:[\w-]+\s+){0,3}?" + _COUNTRIES + r"\b" + NOT_COUNTRIES, re.I)
STATED_COUNTRIES = re.compile(r"^.*\b" + _N + r"\s+(?:[a-záéíóú-]+\s+){0,2}?" + _COUNTRIES
                              + r"\s*(?:[a-záéíóú]+\s*)?(?:de la región)?\s*$", re.I | re.S)

ONLINE = re.compile(r"\b(?:en línea|virtual(?:es|mente)?|seminarios? web|webinarios?|videoconferencias?|"
                    r"a distancia|formato digital|formatos digitales|plataforma digital|por vídeo|por video|"
                    r"teleconferencias?|Zoom|Microsoft Teams|Webex)\b", re.I)
HYBRID = re.compile(r"\bh[ií]brid[oa]s?\b|presencial y (?:en línea|virtual)|(?:en línea|virtual) y presencial", re.I)
IN_PERSON = re.compile(r"\bpresencial(?:es|mente)?\b|\ben persona\b|\bcara a cara\b|\bsobre el terreno\b", re.I)
HELD_IN = re.compile(rf"\b(?:celebrad[oa]s?\s+|se celebró\s+|tuvo lugar\s+|realizad[oa]s?\s+|organizad[oa]s?\s+)?en\s+"
                     rf"(?:la\s+|el\s+)?(?P<place>[{_UP}][\w'’-]+(?:\s+(?:de\s+)?[{_UP}][\w'’-]+)?)"
                     r"(?=[,.;(]|\s+D\.\s?C\.|\s+\d|\s+(?:para|sobre|del|de|con|y|por|el|los|la|las|un|una|a|dirigid\w*|destinad\w*)\b)"
                     # "celebraron conjuntamente en Shanghái (China) un seminario": after a verb of holding,
                     # a place with its country in brackets ("una Oficina en Hiroshima (Japón)" is no event's)
                     rf"|\b(?:celebr|organiz|realiz|impart)\w*\s+(?:conjuntamente\s+)?en\s+(?P<at>[{_UP}][\w'’-]+)(?=\s\()"
                     # "una misión del Centro visitó Bissau para …": a visit is in person
                     rf"|\b(?:visitó|visitaron|se trasladó a|se trasladaron a|viajó a|viajaron a)\s+"
                     rf"(?P<visited>[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+)?)(?=[,.;(]|\s+(?:para|y|con|del|de|en)\b)")
# "la"/"el" alone are no place; "La Paz", "El Cairo", "La Haya" are
NOT_A_PLACE = re.compile(r"^(?:el marco|el contexto|el curso|el período|el periodo|(?:la|el)\b(?!\s+(?-i:[A-ZÁÉÍÓÚÑ]))|línea|cooperación|"
                         r"colaboración|inglés|francés|español|árabe|ruso|chino|portugués|Asia|África|América|"
                         r"Europa|Oceanía|Caribe|Pacífico|Centroamérica|Sudamérica|Suramérica|Latinoamérica|"
                         r"Iberoamérica|Todos|Toda|Materia|Forma|Línea)", re.I)
# funders named in a later paragraph that points back: "el seminario mencionado en el párrafo 3
# supra fue financiado por el PNUD" (kg/extract/back_references.py)
# "Estos cursos fueron financiados por …" opening the paragraph after the one (or the table) that
# told them: group `this`
FUNDED_BY_REFERENCE = re.compile(
    r"(?:^(?P<this>Estos|Estas|Esos|Esas|Este|Esta|Ese|Esa|Dichos|Dichas|Ambos|Ambas)\s+(?:dos\s+|tres\s+|cuatro\s+)?|\b)"
    r"(?P<noun>seminario|taller|curso|capacitación|reunión|conferencia|actividad)(?:es|s)?\s+"
    r"(?:(?:mencionad[oa]s?|descrit[oa]s?|a\s+que\s+se\s+(?:hace\s+referencia|refiere))\s+en\s+el\s+párrafo\s+"
    r"(?P<number>\d{1,3})(?:\s+supra)?\s*,?\s+|(?(this)|(?!)))(?P<clause>(?:fue|fueron|había\s+sido)\s+(?:financiad[oa]s?|sufragad[oa]s?|"
    r"costead[oa]s?)\s+(?:por|con)\s+[^;.]{2,120})", re.I)

REPORT_ONLINE = re.compile(r"impidió (?:celebrar|organizar|realizar) (?:reuniones|actividades)[^.]{0,40}?presenciales|"
                           r"(?:todas )?(?:sus|las) actividades (?:se )?(?:celebraron|realizaron|llevaron a cabo|"
                           r"trasladaron)[^.]{0,40}?(?:en línea|virtual|por videoconferencia)|"
                           r"(?:adaptó|trasladó) sus (?:métodos de trabajo|actividades)[^.]{0,60}?(?:digital|en línea|virtual)|"
                           r"llevó a cabo sus actividades por videoconferencia", re.I)

QUOTED = re.compile(r"[“\"«][^”\"»]*[”\"»]")
CLAUSE_BREAK = re.compile(r"[,;]\s")
SUBJECT_STOP = re.compile(r",|\b(?:en|a|para|por|mediante|desde|durante|con|bajo|sobre)\b|" + HOLD_VERBS + "|" + TAKE_PART)


def find_dates(text, *, year=None, period=(None, None)):
    return _find_dates(text, year=year, period=period)


def after_lead(text: str, lead) -> int:
    """Where the sentence goes on after an opening date (`El 4 de abril de 2019, el Centro`)."""
    comma = text.find(",", lead.stop, lead.stop + 3)
    return comma + 1 if comma >= 0 else lead.stop


def adoption_date(text: str, span) -> bool:
    """`resolución 73/77, de 5 de diciembre de 2018`: the date a resolution or treaty was adopted."""
    # "la resolución 1540 (2004), se celebró en Lima el …": a clause between, the date is an event's
    # a cited document's symbol in brackets: "Declaración de la Presidencia (S/PRST/2002/31) de 31 de octubre"
    return bool(re.search(r"(?:resoluci[oó]n|decisión|aprobad[oa]|firmad[oa]|adoptad[oa])"
                          r"(?:(?!\b(?:se|fue|fueron|ha|han|tuvo|tuvieron)\b)[^.;]){0,25}?,?\s*(?:de|el)\s+$"
                          r"|\([A-Z]{1,2}/[\w./-]{3,30}\)\s*,?\s*(?:de|del|con fecha(?: de)?)\s+$",
                          text[max(0, span.offset - 40):span.offset]))


def _type(noun: str) -> str:
    return NOUN_FORMS.get(noun.lower(), "Other")


# "la ceremonia de apertura del seminario": the event is the seminar
OPENING_OF = re.compile(r"\s+de\s+(?:apertura|clausura|inauguración)\s+(?:del|de la|de los|de las)\s", re.I)


# "presentó una ponencia en el seminario organizado por X": the talk is the guest's part, the
# event is the seminar named after it
TALKS = {"ponencia", "ponencias", "charla", "charlas"}
AT_EVENT = re.compile(r"\b(?:en|durante|ante)\s+(?:el|la|los|las|un|una)\s+$", re.I)


# "Al margen de la Conferencia, … organizó una mesa redonda": the event named after it is the one told
SIDELINES = re.compile(r"\b(?:al margen|en el marco|con ocasión)\s+(?:de\s+la|del|de\s+los|de\s+las|de)\s+$", re.I)


def _first_event(masked: str) -> re.Match[str] | None:
    nouns = [found for found in NOUN.finditer(masked)
             if not (found.group(1).lower() in ("ceremonia", "sesión", "acto") and OPENING_OF.match(masked, found.end()))]
    nouns = [n for n in nouns if not SIDELINES.search(masked, max(0, n.start() - 25), n.start())] or nouns
    precise = [n for n in nouns if n.group(1).lower() not in GENERIC_NOUNS]
    nouns = precise or nouns
    if nouns and nouns[0].group(1).lower() in TALKS:
        at = next((n for n in nouns[1:] if AT_EVENT.search(masked[max(0, n.start() - 12):n.start()])), None)
        return at or nouns[0]
    return nouns[0] if nouns else None


def activity_noun(masked: str, text: str) -> tuple[str, str] | None:
    """(type, label) of the first event the sentence names."""
    found = _first_event(masked)
    if not found:
        return None
    # Spanish qualifies after the noun: "seminario web regional sobre el Código de Conducta"
    words = re.split(r"[,;.]", text[found.start():found.start() + 90])[0].split()
    if QUOTE_OPENS.search(" ".join(words[:9])):  # a quoted title: read on to its end
        words = re.split(r"[,;.]", text[found.start():found.start() + 180])[0].split()
    return _type(found.group(1)), first_words(words, 9)


def activity_types(masked: str) -> set[str]:
    return {_type(found.group(1)) for found in NOUN.finditer(masked)}

# an event the text says was not held: no activity ("так и не была проведена", "was not held")
NOT_HELD = re.compile(r"\bno\s+(?:se\s+)?(?:celebró|celebraron|llegó\s+a\s+celebrarse|se\s+llevó\s+a\s+cabo|tuvo\s+lugar)\b|\bfue\s+cancelad[oa]\b")

# a block of a web page that opens by pointing at the event before it: read with that event;
# with a demonstrative (group `this`: "Cette formation, qui dure jusqu'au 27 avril") its dates are that event's too
EVENT_REFERENCE = re.compile(r"\s*(?:(?P<this>Este|Esta|Estos|Estas|Dicho|Dicha)|El|La|Los|Las)\s+(?:taller|curso|capacitación|formación|seminario|reunión|conferencia|mesa redonda|foro|ejercicio|campaña|evento|actividad|encuentro)(?:es|s)?\b", re.I)

# a table of activities: its header cells for the head counts and for the places
TABLE_PEOPLE = re.compile(r"(?:número de )?participantes|asistentes|personas", re.I)
TABLE_PLACE = re.compile(r"lugar(?:es)?|sede|ciudad", re.I)
TABLE_DATE = re.compile(r"fechas?|períodos?", re.I)
TABLE_COUNTRY = re.compile(r"país(?:es)?(?: beneficiarios?)?", re.I)
TABLE_FUNDER = re.compile(r"^(?:donantes?|financiad[oa]s? por|financiamiento|financiación|fuente de (?:financiación|financiamiento|fondos))$", re.I)
# a national event ("taller nacional", "curso nacional de capacitación"): for the one country the
# row or sentence names
NATIONAL = re.compile(r"\b(?:taller(?:es)?|seminarios?|cursos?|capacitación|capacitaciones|reunión|reuniones|consultas?"
                      r"|mesas? redondas?|foros?|diálogos?|conferencias?)\s+nacional(?:es)?\b", re.I)

# a State's body named without its State, and the words naming a Government before its country
STATE_BODY = re.compile(r"(?:Ministerio|Viceministerio|Secretaría de Estado|Cancillería)\b")
GOVERNMENT_OF = re.compile(r"\bGobiernos?\s+(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+)?$|^Gobiernos?\s+\S+\s$")

# the weekday's names, Monday 0: a news item dates an event by its weekday against its date line
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "sabado": 5,
            "domingo": 6}
